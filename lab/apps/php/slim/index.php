<?php
/*
 * A Slim 3 application (Debian php-slim) for lab/recipes/php-slim.sh with Slim's default
 * handlers (NotFound, NotAllowed, Error): their HTML, or JSON/XML by the Accept header.
 * LAB_SLIM_DEBUG=1 sets displayErrorDetails. Front controller for `php -S`.
 */
require '/usr/share/php/Slim/autoload.php';

$app = new \Slim\App(['settings' => ['displayErrorDetails' => getenv('LAB_SLIM_DEBUG') === '1']]);
$app->get('/hello', function ($request, $response) {
    return $response->write("hello\n");
});
$app->get('/boom', function () {
    throw new \RuntimeException('lab: order service unavailable');
});
$app->run();
