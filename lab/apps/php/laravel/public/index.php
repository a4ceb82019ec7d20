<?php
/*
 * A minimal Laravel 8 application (Debian php-laravel-framework) for lab/recipes/php-laravel.sh:
 * the framework's HTTP kernel and its default exception handler
 * (Illuminate\Foundation\Exceptions\Handler) with the framework's own error views
 * (Illuminate/Foundation/Exceptions/views), as a `laravel new` app has them. No skeleton is
 * packaged, so the bootstrap that laravel/laravel's bootstrap/app.php and public/index.php do is
 * written here. APP_DEBUG comes from the environment; storage goes to LAB_STORAGE.
 * Front controller for `php -S`.
 */
require '/usr/share/php/Illuminate/autoload.php';

use Illuminate\Http\Request;

class LabHttpKernel extends Illuminate\Foundation\Http\Kernel
{
    protected $middleware = [];
}

$app = new Illuminate\Foundation\Application(dirname(__DIR__));
$app->useStoragePath(getenv('LAB_STORAGE'));
$app->singleton(Illuminate\Contracts\Http\Kernel::class, LabHttpKernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, Illuminate\Foundation\Exceptions\Handler::class);

$router = $app['router'];
$router->get('/hello', function () {
    return response("hello\n", 200, ['Content-Type' => 'text/plain']);
});
$router->get('/boom', function () {
    throw new RuntimeException('lab: order service unavailable');
});
$router->post('/api/orders', function (Request $request) {
    $request->validate(['email' => 'required|email', 'quantity' => 'required|integer|min:1']);
    return response()->json(['ok' => true], 201);
});
$router->get('/down', function () {
    abort(503);
});

$kernel = $app->make(Illuminate\Contracts\Http\Kernel::class);
$response = $kernel->handle($request = Request::capture());
$response->send();
$kernel->terminate($request, $response);
