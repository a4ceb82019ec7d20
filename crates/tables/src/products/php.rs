//! PHP: the language's own error output and servers (php -S, PHP-FPM), frameworks (Laravel, Symfony, Slim) and applications (WordPress, MediaWiki, Wordfence).
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &LARAVEL,
    &PHP,
    &WORDFENCE,
    &MEDIAWIKI,
    &PHP_BUILTIN_SERVER,
    &PHP_FPM,
    &WORDPRESS,
    &SYMFONY,
    &SLIM,
];

const LARAVEL_LAB: &str = "captured locally from Laravel 8.83.26 (Debian php-laravel-framework 8.83.26+dfsg-2) (lab/recipes/php-laravel.sh)";

const LARAVEL: Product = Product {
    id: "laravel",
    name: "Laravel",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/message", "/errors"]),
            0.3,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (invalidJson: message, errors)",
        ),
        generated(
            Body(" more error)"),
            0.75,
            "laravel/framework src/Illuminate/Validation/ValidationException.php (summarize: '(and :count more error)')",
        ),
        generated(
            Body(" more errors)"),
            0.75,
            "laravel/framework src/Illuminate/Validation/ValidationException.php (summarize: '(and :count more errors)')",
        ),
        generated(
            Body("\"message\":\"The given data was invalid.\""),
            0.9,
            "laravel/framework 5.5-8.x src/Illuminate/Validation/ValidationException.php",
        ),
        generated(
            Body("{\"message\":\"Unauthenticated.\"}"),
            0.85,
            "laravel/framework src/Illuminate/Auth/AuthenticationException.php (default message)",
        ),
        generated(
            Body("{\"message\":\"Server Error\"}"),
            0.7,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, debug off)",
        ),
        generated(
            Body("CSRF token mismatch."),
            0.9,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException -> 419)",
        ),
        generated(
            Body("No query results for model ["),
            0.95,
            "laravel/framework src/Illuminate/Database/Eloquent/ModelNotFoundException.php",
        ),
        generated(
            Body("\"message\":\"Too Many Attempts.\""),
            0.9,
            "laravel/framework src/Illuminate/Http/Exceptions/ThrottleRequestsException.php",
        ),
        generated(
            JsonKeys(&["/message", "/exception", "/file", "/line", "/trace"]),
            0.9,
            "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, debug on)",
        ),
        generated(
            HeaderContains("set-cookie", "laravel_session="),
            0.7,
            "laravel/laravel config/session.php (cookie name Str::slug(APP_NAME).'_session', laravel_session by default)",
        ),
    // The framework's error views, minimal layout (laravel-404-lab-not-found, -500-lab-server-error,
    // -503-lab-abort); 7.x-8.x. Laravel 9+ renamed the classes; these are for 6-8.
    generated(
        Body("text-lg text-gray-500 border-r border-gray-400 tracking-wider"),
        0.95,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    generated(
        Body("ml-4 text-lg text-gray-500 uppercase tracking-wider"),
        0.9,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework 8.x src/Illuminate/Foundation/Exceptions/views/minimal.blade.php",
    ),
    // JSON errors are pretty-printed in 8.x (`{\n    "message": "Server Error"\n}`), which the
    // existing Body("{\"message\":\"Server Error\"}") does not match (laravel-500-lab-server-error-json).
    generated(
        All(&[JsonIs("/message", "Server Error"), HeaderIs("cache-control", "no-cache, private")]),
        0.85,
        "captured locally from Laravel 8.83.26 (lab/recipes/php-laravel.sh); laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php (convertExceptionToArray, prepareJsonResponse JSON_PRETTY_PRINT)",
    ),
    // The router's 404 as JSON has an empty message (laravel-404-lab-not-found-json).
    generated(
        All(&[JsonIs("/message", ""), HeaderIs("cache-control", "no-cache, private")]),
        0.75,
        LARAVEL_LAB,
    ),
    // Lowercase `date` after `Cache-Control` on Laravel's HTML error responses
    // (laravel-404-lab-not-found, -500-lab-server-error, -503-lab-abort, -405-lab-wrong-method,
    // -500-lab-exception-debug); Symfony alone writes `Date` (symfony-*-lab-*).
    generated(NamesInOrder(&["Cache-Control", "date"]), 0.6, LARAVEL_LAB),
    // Debug HTML without Ignition is Symfony's exception page; the trace names Illuminate's
    // classes (laravel-500-lab-exception-debug), which outweighs the Symfony markers.
    generated(Body("Illuminate\\Routing\\"), 0.97, LARAVEL_LAB),
],
};

const PHP: Product = Product {
    id: "php",
    name: "PHP",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("x-powered-by", "PHP/"),
            0.55,
            "php/php-src main/SAPI.c (X-Powered-By: PHP/<version> when expose_php is on)",
        ),
        generated(
            Body("<b>Fatal error</b>:  "),
            0.9,
            "php/php-src main/main.c (php_error_cb, html_errors format '%s<br />\\n<b>%s</b>:  %s in <b>%s</b> on line <b>%d</b>')",
        ),
        generated(
            Body("<b>Parse error</b>:  "),
            0.9,
            "php/php-src main/main.c (php_error_cb, html_errors format)",
        ),
        generated(
            Body("</b> on line <b>"),
            0.8,
            "php/php-src main/main.c (php_error_cb, html_errors format)",
        ),
        generated(
            Body("PHP Fatal error:  "),
            0.85,
            "php/php-src main/main.c (php_error_cb, plain-text format 'PHP %s:  %s in %s on line %d')",
        ),
        on_path(
            HeaderContains("set-cookie", "PHPSESSID="),
            0.4,
            "php/php-src ext/session/session.c (session.name default PHPSESSID)",
        ),
    // PHP's SAPI default header is spelled `Content-type` (lowercase t) and follows X-Powered-By;
    // it survives where the web server passes names through (php -S: php-200-lab-*-display-on,
    // php-500-lab-*-display-off; Slim keeps the spelling too). nginx and Apache rewrite it.
    generated(
        NamesInOrder(&["X-Powered-By", "Content-type"]),
        0.6,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src main/SAPI.c (sapi_send_headers default 'Content-type: %s')",
    ),
    // PHP's default Content-type header name spelling is lost (names are case-insensitive), but
    // the empty-500 pattern is not: display_errors off gives an empty 500 with X-Powered-By
    // (php-500-lab-fatal-display-off, php-500-lab-fatal-mod-php, php-500-lab-fatal-fpm-*).
    generated(
        All(&[Status(500, 500), BodyIs(""), HeaderPrefix("x-powered-by", "PHP/")]),
        0.8,
        "captured locally from PHP 8.2.36 (Debian php8.2) (lab/recipes/php-builtin.sh, php-mod-php.sh, php-fpm-nginx.sh); php/php-src main/main.c (php_error_cb: 500 on a fatal error, display_errors off)",
    ),
    // Memory / time limit fatals with display_errors on (php-200-lab-memory-display-on,
    // php-200-lab-timeout-display-on).
    generated(
        Body("</b>:  Allowed memory size of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_alloc.c (zend_mm_safe_error 'Allowed memory size of %zu bytes exhausted')",
    ),
    generated(
        Body("</b>:  Maximum execution time of "),
        0.9,
        "captured locally from PHP 8.2.36 (lab/recipes/php-builtin.sh); php/php-src Zend/zend_execute_API.c (zend_timeout 'Maximum execution time of %d second%s exceeded')",
    ),
],
};

/// WordPress plugin: runs inside the site's own PHP, so its block is the application's answer.
const WORDFENCE: Product = Product {
    id: "wordfence",
    name: "Wordfence (WordPress firewall plugin)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Generated by Wordfence"),
            0.95,
            "identYwaf data.json@009b16a7 'wordfence'; awesome-waf README; tool-derived",
        ),
        generated(
            Body("This response was generated by Wordfence"),
            0.97,
            "identYwaf data.json@009b16a7 'wordfence'; awesome-waf README; tool-derived",
        ),
        generated(
            Body("Your access to this site has been limited"),
            0.75,
            "awesome-waf README (Wordfence block page text); tool-derived",
        ),
        generated(
            Body("A potentially unsafe operation has been detected in your request to this site"),
            0.85,
            "awesome-waf README (Wordfence WAF block); tool-derived",
        ),
    ],
};

const MEDIAWIKI: Product = Product {
    id: "mediawiki",
    name: "MediaWiki",
    layer: Layer::App,
    signals: &[
        // mediawiki-500-lab-db-down(-api): the i18n message dberr-problems.
        generated(
            Body("<h1>Sorry! This site is experiencing technical difficulties.</h1>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (Debian mediawiki) (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/exception/MWExceptionRenderer.php, languages/i18n/en.json (dberr-problems)",
        ),
        generated(
            Header("mediawiki-api-error"),
            0.97,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/api/ApiMain.php (MediaWiki-API-Error header)",
        ),
        // mediawiki-200-lab-not-installed.
        generated(
            Body("<p>LocalSettings.php not found.</p>"),
            0.95,
            "captured locally from MediaWiki 1.39.17 (lab/recipes/php-mediawiki.sh); wikimedia/mediawiki includes/templates/NoLocalSettings.mustache",
        ),
    ],
};

const PHPCLI_LAB: &str = "captured locally from PHP 8.2.36 built-in server (Debian php8.2-cli) (lab/recipes/php-builtin.sh); php/php-src sapi/cli/php_cli_server.c";

const PHP_BUILTIN_SERVER: Product = Product {
    id: "php-builtin-server",
    name: "PHP built-in web server (php -S)",
    layer: Layer::App,
    signals: &[
        // php-builtin-404-lab-not-found (strings in /usr/bin/php8.2).
        generated(
            Body("</code> was not found on this server.</p>"),
            0.9,
            PHPCLI_LAB,
        ),
        generated(Body("<code class=\"url\">"), 0.85, PHPCLI_LAB),
        // The cli-server echoes the request's Host as a response header, first, on everything it
        // sends (php-builtin-404-lab-head has nothing else to go on). Weight kept below the
        // frameworks' own page markers: a Symfony/Slim/Laravel page under php -S stays theirs.
        generated(Header("host"), 0.45, PHPCLI_LAB),
        // The same habit with its exact order and case: `Host`, `Date`, `Connection` first
        // (append_essential_headers), on every php-builtin/symfony/slim/laravel capture.
        generated(
            NamesInOrder(&["Host", "Date", "Connection"]),
            0.45,
            PHPCLI_LAB,
        ),
    ],
};

const FPM_LAB: &str = "captured locally from PHP-FPM 8.2.36 (Debian php8.2-fpm) behind nginx 1.22.1 and Apache 2.4.71 (lab/recipes/php-fpm-nginx.sh, php-fpm-apache.sh); php/php-src sapi/fpm/fpm/fpm_main.c";

const PHP_FPM: Product = Product {
    id: "php-fpm",
    name: "PHP-FPM",
    layer: Layer::App,
    signals: &[
        // php-fpm-404-lab-file-not-found-{nginx,apache}: 'File not found.' (log: Primary script unknown).
        generated(
            All(&[
                BodyIs("File not found."),
                HeaderPrefix("x-powered-by", "PHP/"),
            ]),
            0.97,
            FPM_LAB,
        ),
        generated(BodyIs("File not found."), 0.8, FPM_LAB),
        // php-fpm-403-lab-access-denied-nginx: outside security.limit_extensions.
        generated(
            All(&[
                BodyIs("Access denied."),
                HeaderPrefix("x-powered-by", "PHP/"),
            ]),
            0.95,
            FPM_LAB,
        ),
        generated(BodyIs("Access denied."), 0.5, FPM_LAB),
    ],
};

const WORDPRESS: Product = Product {
    id: "wordpress",
    name: "WordPress",
    layer: Layer::App,
    signals: &[
        // wordpress-500-lab-db-connection(-debug).
        generated(
            Body("<h1>Error establishing a database connection</h1>"),
            0.97,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (dead_db), src/wp-includes/class-wpdb.php (db_connect)",
        ),
        // Every wp_die() page.
        generated(
            Body("<div class=\"wp-die-message\">"),
            0.95,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        generated(
            Body("<body id=\"error-page\">"),
            0.8,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (_default_wp_die_handler)",
        ),
        // wp_get_nocache_headers(): WordPress's fixed Expires date, on wp_die pages and every
        // no-cache WordPress response.
        generated(
            HeaderIs("expires", "Wed, 11 Jan 1984 05:00:00 GMT"),
            0.85,
            "captured locally from WordPress 6.1.9 (lab/recipes/php-wordpress.sh); WordPress/wordpress-develop src/wp-includes/functions.php (wp_get_nocache_headers)",
        ),
        // Debian's packaged wp-config.php without a host config (wordpress-404-lab-debian-no-config).
        generated(
            Body("could be found. <br/> Ensure one of them exists, is readable by the webserver and contains the right password/username."),
            0.95,
            "captured locally from Debian wordpress 6.1.9+dfsg1-0+deb12u1 (lab/recipes/php-wordpress.sh); Debian /usr/share/wordpress/wp-config.php",
        ),
    ],
};

const SF_LAB: &str = "captured locally from Symfony 5.4.53 HttpKernel/ErrorHandler (Debian php-symfony-*) (lab/recipes/php-symfony.sh)";

const SYMFONY: Product = Product {
    id: "symfony",
    name: "Symfony",
    layer: Layer::App,
    signals: &[
        // symfony-{404,405,500,400}-lab-* (APP_DEBUG=0); also Laravel's fallback for statuses
        // without a view (laravel-405-lab-wrong-method: labelled laravel, reads as symfony).
        generated(
            Body("<h1>Oops! An Error Occurred</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        generated(
            Body("<h2>The server returned a \""),
            0.85,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/error.html.php",
        ),
        // Debug page (symfony-*-lab-*-debug).
        generated(
            Body(" Symfony Exception</h1>"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/Resources/views/exception_full.html.php",
        ),
        // Debug headers (symfony-*-lab-*-debug), URL-encoded message and file:line.
        generated(
            Header("x-debug-exception"),
            0.95,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/ErrorHandler/ErrorRenderer/HtmlErrorRenderer.php (X-Debug-Exception, X-Debug-Exception-File)",
        ),
        // HttpFoundation's default Cache-Control on every Symfony (and Laravel) response.
        on_path(
            HeaderIs("cache-control", "no-cache, private"),
            0.35,
            "captured locally from Symfony 5.4.53 (lab/recipes/php-symfony.sh); symfony/symfony src/Symfony/Component/HttpFoundation/ResponseHeaderBag.php (computeCacheControlValue)",
        ),
        // Router messages as HTML-escaped in the debug page (symfony-404-lab-no-route-debug, -405-).
        generated(Body("No route found for &quot;"), 0.85, SF_LAB),
    ],
};

const SLIM: Product = Product {
    id: "slim",
    name: "Slim Framework",
    layer: Layer::App,
    signals: &[
        // slim-500-lab-error, slim-500-lab-error-details.
        generated(
            Body("<title>Slim Application Error</title>"),
            0.97,
            "captured locally from Slim 3.12 (Debian php-slim 3.12.4-1) (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php",
        ),
        // slim-500-lab-error-json, slim-500-lab-error-details-json.
        generated(
            JsonIs("/message", "Slim Application Error"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/Error.php (renderJsonErrorMessage)",
        ),
        // slim-404-lab-not-found.
        generated(
            Body("The page you are looking for could not be found. Check the address bar"),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php",
        ),
        // slim-405-lab-not-allowed (HTML and JSON).
        generated(
            Body("Method not allowed. Must be one of: "),
            0.95,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotAllowed.php",
        ),
        // slim-404-lab-not-found-json: short and generic, so low.
        generated(
            BodyIs("{\"message\":\"Not found\"}"),
            0.5,
            "captured locally from Slim 3.12 (lab/recipes/php-slim.sh); slimphp/Slim 3.x Slim/Handlers/NotFound.php (renderJsonNotFoundOutput)",
        ),
    ],
};
