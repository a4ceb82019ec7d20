//! Application frameworks and app servers: their own error pages and headers.

use crate::attribution::product::{generated, Layer, Matcher::*, Product};

/// Every product in this file.
pub static ALL: &[&Product] = &[&EXPRESS, &SPRING_BOOT, &ASPNET_CORE, &PHP];

pub static EXPRESS: Product = Product {
    id: "express",
    name: "Express",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderIs("x-powered-by", "Express"),
            0.6,
            "expressjs/express lib/application.js (x-powered-by enabled by default)",
        ),
        generated(
            Body("<title>Error</title>\n</head>\n<body>\n<pre>"),
            0.7,
            "pillarjs/finalhandler index.js (createHtmlDocument)",
        ),
    ],
};

pub static SPRING_BOOT: Product = Product {
    id: "spring-boot",
    name: "Spring Boot",
    layer: Layer::App,
    signals: &[generated(Body("Whitelabel Error Page"), 0.98, "spring-projects/spring-boot ErrorMvcAutoConfiguration.java (StaticView, the Whitelabel error page)")],
};

pub static ASPNET_CORE: Product = Product {
    id: "aspnet-core",
    name: "ASP.NET Core",
    layer: Layer::App,
    signals: &[generated(
        HeaderIs("server", "Kestrel"),
        0.6,
        "dotnet/aspnetcore src/Servers/Kestrel (Server: Kestrel unless AddServerHeader is off)",
    )],
};

pub static PHP: Product = Product {
    id: "php",
    name: "PHP",
    layer: Layer::App,
    signals: &[generated(
        HeaderPrefix("x-powered-by", "PHP/"),
        0.55,
        "php/php-src main/SAPI.c (X-Powered-By: PHP/<version> when expose_php is on)",
    )],
};
