<?php
// Guzzle (Debian's php-guzzlehttp-guzzle) with its default http_errors: the uncaught
// ServerException names the status and the first 120 bytes of the body. usage: php guzzle.php URL
require '/usr/share/php/GuzzleHttp/autoload.php';
(new GuzzleHttp\Client())->request('GET', $argv[1]);
