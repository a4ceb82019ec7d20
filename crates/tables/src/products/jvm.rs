//! Java: Spring Boot, Armeria, Tomcat, Jetty and the JDK's own HttpServer.
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &SPRING_BOOT,
    &ZIPKIN_ARMERIA,
    &TOMCAT,
    &JETTY,
    &JDK_HTTPSERVER,
];

const SPRING_BOOT: Product = Product {
    id: "spring-boot",
    name: "Spring Boot",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Whitelabel Error Page"),
            0.98,
            "spring-projects/spring-boot ErrorMvcAutoConfiguration.java (StaticView, the Whitelabel error page)",
        ),
        generated(
            JsonKeys(&["/timestamp", "/status", "/error", "/path"]),
            0.85,
            "spring-projects/spring-boot DefaultErrorAttributes.java (timestamp, status, error, path)",
        ),
        generated(
            HeaderPrefix("content-type", "application/vnd.spring-boot.actuator"),
            0.9,
            "spring-projects/spring-boot spring-boot-actuator ApiVersion.java (actuator media types)",
        ),
        generated(
            Body("No static resource "),
            0.8,
            "spring-projects/spring-framework NoResourceFoundException.java ('No static resource ' + path)",
        ),
        on_path(
            HeaderContains("vary", "Access-Control-Request-Method"),
            0.5,
            "spring-projects/spring-framework DefaultCorsProcessor.java (Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers)",
        ),
    ],
};

const ZIPKIN_ARMERIA: Product = Product {
    id: "zipkin-armeria",
    name: "Zipkin server (Armeria)",
    layer: Layer::App,
    signals: &[generated(
        JsonKeys(&["/status", "/zipkin/status"]),
        0.9,
        "openzipkin/zipkin zipkin-server ZipkinHealthController.java (/health: {status, zipkin: {status, details}})",
    )],
};

const TOMCAT: Product = Product {
    id: "tomcat",
    name: "Apache Tomcat",
    layer: Layer::App,
    signals: &[
        generated(
            Body("h1, h2, h3, b {color:white;background-color:#525D76;}"),
            0.95,
            "apache/tomcat java/org/apache/catalina/util/TomcatCSS.java (ErrorReportValve page style)",
        ),
        generated(
            Body("H1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;"),
            0.9,
            "apache/tomcat 7.0 java/org/apache/catalina/util/TomcatCSS.java (older ErrorReportValve style)",
        ),
        generated(
            Body("<p><b>Type</b> Status Report</p>"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java",
        ),
        generated(
            Body("<p><b>Type</b> Exception Report</p>"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java",
        ),
        generated(
            Body("<h3>Apache Tomcat/"),
            0.9,
            "apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java (server info footer)",
        ),
    // NOTE: the `coyote` stack (stacks.rs, e811309) already scores the header order and the
    // charset spelling; the next two are for Tomcat-the-product when Feature("stack:coyote") is
    // not enough on its own (a HEAD, tomcat-404-lab-head). Drop them if the stack suffices.
    // Header-only evidence (HEAD, tomcat-404-lab-head; also every ErrorReportValve page):
    // `Content-Type: text/html;charset=utf-8` (no space) with `Content-Language: en` — the valve
    // sets the response locale. Plus the reason-less status line that only Tomcat 8.5+ sends.
    generated(
        All(&[
            HeaderIs("content-type", "text/html;charset=utf-8"),
            HeaderIs("content-language", "en"),
        ]),
        // Squid's error pages are written the same way: a mark, named with a second one.
        0.45,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/catalina/valves/ErrorReportValve.java (setContentType(\"text/html\"), setCharacterEncoding(\"utf-8\"), response locale)",
    ),
    generated(
        All(&[Reason(""), HeaderIs("content-language", "en")]),
        0.6,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); apache/tomcat java/org/apache/coyote/http11/Http11OutputBuffer.java (no reason phrase since 8.5)",
    ),
    // The title survives showReport=false/showServerInfo=false (tomcat-404-lab-no-context-hardened).
    generated(
        Body("<title>HTTP Status "),
        0.8,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); catalina.jar org/apache/catalina/valves/LocalStrings.properties (errorReportValve.statusHeader=HTTP Status {0} \\u2013 {1})",
    ),
    // Coyote's request-line rejection, rendered as an Exception Report (tomcat-400-lab-invalid-target).
    generated(
        Body("The valid characters are defined in RFC 7230 and RFC 3986"),
        0.9,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); tomcat-coyote.jar org/apache/coyote/http11/LocalStrings.properties (iib.invalidRequestTarget)",
    ),
    // The Manager app's 401/403 pages (tomcat-401-lab-manager-unauthorized,
    // tomcat-403-lab-manager-forbidden): the most common Tomcat pages on the public internet.
    generated(
        Body("<tt>conf/tomcat-users.xml</tt>"),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (Debian tomcat10-admin) (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/jsp/401.jsp, 403.jsp",
    ),
    generated(
        HeaderIs("www-authenticate", "Basic realm=\"Tomcat Manager Application\""),
        0.95,
        "captured locally from Tomcat 10.1.60 Manager (lab/recipes/java-tomcat.sh); apache/tomcat webapps/manager/WEB-INF/web.xml (login-config realm-name)",
    ),
    // HttpServlet's own 501 (tomcat-501-lab-unknown-method; Jakarta servlet-api LocalStrings).
    generated(
        Body("is not implemented by this Servlet for this URI"),
        0.85,
        "captured locally from Apache Tomcat 10.1.60 (lab/recipes/java-tomcat.sh); servlet-api.jar jakarta/servlet/http/LocalStrings.properties (http.method_not_implemented)",
    ),
],
};

const JETTY_LAB: &str = "captured locally from Jetty 9.4.57.v20241219 (Debian libjetty9-java 9.4.57-1.1~deb12u1) (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server";

const JETTY: Product = Product {
    id: "jetty",
    name: "Eclipse Jetty",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Powered by Jetty://"),
            0.95,
            "eclipse/jetty.project jetty-util Jetty.java (POWERED_BY) in ErrorHandler.writeErrorPage",
        ),
        generated(
            Body("<h2>HTTP ERROR"),
            0.85,
            "eclipse/jetty.project jetty-server ErrorHandler.java (writeErrorPageMessage)",
        ),
        generated(
            Body("<tr><th>URI:</th><td>"),
            0.8,
            "eclipse/jetty.project jetty-server ErrorHandler.java (htmlRow URI)",
        ),
        generated(
            JsonKeys(&["/servlet", "/message", "/url", "/status"]),
            0.9,
            "eclipse/jetty.project jetty-server ErrorHandler.java (writeErrorJson)",
        ),
        generated(
            HeaderPrefix("server", "Jetty("),
            0.6,
            "eclipse/jetty.project jetty-server HttpConfiguration (sendServerVersion: Server: Jetty(<version>))",
        ),
    // Parser-level errors (400/414/431): `<h1>Bad Message 400</h1><pre>reason: ...</pre>`
    // (jetty-400-lab-garbage-request, jetty-431-lab-header-too-large, jetty-414-lab-uri-too-long);
    // ErrorHandler.badMessageError.
    generated(Body("<h1>Bad Message "), 0.9, JETTY_LAB),
    // DefaultHandler's no-context page (jetty-404-lab-root-context-list); its footer is
    // "Powered by Eclipse Jetty:// Server", which the existing "Powered by Jetty://" misses.
    generated(
        Body("No context on this server matched or handled this request."),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    generated(
        Body("Powered by Eclipse Jetty:// Server"),
        0.95,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/DefaultHandler.java",
    ),
    // Header on every ErrorHandler page (no spaces after the commas): all jetty-*-lab-* HTML/JSON
    // error captures. Header-only evidence when Server is hidden.
    generated(
        HeaderIs("cache-control", "must-revalidate,no-cache,no-store"),
        0.65,
        "captured locally from Jetty 9.4.57 (lab/recipes/java-jetty.sh); eclipse/jetty.project jetty-server handler/ErrorHandler.java (handle: Cache-Control must-revalidate,no-cache,no-store)",
    ),
    // Jetty's reason phrase for 500 (jetty-500-lab-exception); others say "Internal Server Error".
    generated(Reason("Server Error"), 0.4, JETTY_LAB),
],
};

const JDK_LAB: &str = "captured locally from OpenJDK 17.0.15 com.sun.net.httpserver (lab/recipes/java-jdk-httpserver.sh); openjdk/jdk src/jdk.httpserver/share/classes/sun/net/httpserver/ServerImpl.java (Exchange.reject)";

const JDK_HTTPSERVER: Product = Product {
    id: "jdk-httpserver",
    name: "JDK HttpServer (com.sun.net.httpserver)",
    layer: Layer::App,
    signals: &[
        // jdk-httpserver-404-lab-no-context, jdk-httpserver-404-lab-head (the body comes even to HEAD).
        generated(
            BodyIs("<h1>404 Not Found</h1>No context found for request"),
            0.98,
            JDK_LAB,
        ),
        generated(Body("No context found for request"), 0.9, JDK_LAB),
        // jdk-httpserver-400-lab-bad-request-line / -bad-header / -bad-content-length.
        generated(
            Body("<h1>400 Bad Request</h1>Bad request line"),
            0.9,
            JDK_LAB,
        ),
        generated(
            Body("Header key contains illegal characters"),
            0.85,
            JDK_LAB,
        ),
        generated(
            BodyIs("<h1>400 Bad Request</h1>NumberFormatException thrown"),
            0.9,
            JDK_LAB,
        ),
    ],
};
