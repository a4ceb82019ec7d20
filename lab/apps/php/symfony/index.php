<?php
/*
 * A micro-application on Symfony's HttpKernel 5.4 (Debian php-symfony-*) for
 * lab/recipes/php-symfony.sh: Routing's UrlMatcher behind RouterListener, and the framework's
 * error path (ErrorListener -> ErrorController -> ErrorHandler's HtmlErrorRenderer), as the
 * FrameworkBundle wires it. APP_DEBUG=1 enables Debug::enable() and the debug exception page.
 * Front controller for `php -S` (every path goes through this file).
 */
require '/usr/share/php/Symfony/Component/HttpKernel/autoload.php';
require '/usr/share/php/Symfony/Component/Routing/autoload.php';
require '/usr/share/php/Symfony/Component/ErrorHandler/autoload.php';

use Symfony\Component\ErrorHandler\Debug;
use Symfony\Component\ErrorHandler\ErrorRenderer\HtmlErrorRenderer;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Controller\ArgumentResolver;
use Symfony\Component\HttpKernel\Controller\ControllerResolver;
use Symfony\Component\HttpKernel\Controller\ErrorController;
use Symfony\Component\HttpKernel\EventListener\ErrorListener;
use Symfony\Component\HttpKernel\EventListener\RouterListener;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\Routing\Matcher\UrlMatcher;
use Symfony\Component\Routing\RequestContext;
use Symfony\Component\Routing\Route;
use Symfony\Component\Routing\RouteCollection;

$debug = getenv('APP_DEBUG') === '1';
if ($debug) {
    Debug::enable();
}

$routes = new RouteCollection();
$routes->add('hello', new Route('/hello', ['_controller' => function () {
    return new Response("hello\n", 200, ['Content-Type' => 'text/plain']);
}], [], [], '', [], ['GET']));
$routes->add('boom', new Route('/boom', ['_controller' => function () {
    throw new \RuntimeException('lab: order service unavailable');
}]));
$routes->add('orders', new Route('/api/orders', ['_controller' => function (Request $request) {
    try {
        $data = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
    } catch (\JsonException $e) {
        throw new BadRequestHttpException('Invalid JSON body: ' . $e->getMessage(), $e);
    }
    return new JsonResponse(['order' => $data], 201);
}], [], [], '', [], ['POST']));

$requestStack = new RequestStack();
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new RouterListener(new UrlMatcher($routes, new RequestContext()), $requestStack));
$kernel = new HttpKernel($dispatcher, new ControllerResolver(), $requestStack, new ArgumentResolver());
$errorController = new ErrorController($kernel, null, new HtmlErrorRenderer($debug));
$dispatcher->addSubscriber(new ErrorListener($errorController, null, $debug));

$request = Request::createFromGlobals();
$response = $kernel->handle($request);
$response->send();
$kernel->terminate($request, $response);
