<?php
// PHP's file_get_contents on an error status: its warning, then the head PHP kept in
// $http_response_header, dumped. usage: php file_get_contents.php URL
$body = file_get_contents($argv[1]);
var_dump($http_response_header);
