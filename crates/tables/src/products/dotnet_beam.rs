//! .NET (ASP.NET Core, classic ASP.NET) and the Erlang VM (Phoenix, inets httpd, Yaws).
//!
//! Each signal cites where its bytes come from: the product's source, its documentation, or a capture
//! of the lab (lab/recipes) whose bytes are in tests/fixtures.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[&ASPNET_CORE, &ASPNET, &PHOENIX, &INETS_HTTPD, &YAWS];

const ASPNET_CORE: Product = Product {
    id: "aspnet-core",
    name: "ASP.NET Core",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderIs("server", "Kestrel"),
            0.6,
            "dotnet/aspnetcore src/Servers/Kestrel (Server: Kestrel unless AddServerHeader is off)",
        ),
        generated(
            JsonKeys(&["/type", "/title", "/status", "/traceId"]),
            0.9,
            "dotnet/aspnetcore src/Mvc/Mvc.Core/src/Infrastructure/DefaultProblemDetailsFactory.cs (traceId extension)",
        ),
        generated(
            Body("\"traceId\":\"00-"),
            0.7,
            "dotnet/aspnetcore src/Http/Http.Extensions/src/ProblemDetailsDefaults.cs (traceId = Activity.Current.Id, W3C format)",
        ),
        generated(
            Body("https://tools.ietf.org/html/rfc7231#section-6."),
            0.6,
            "dotnet/aspnetcore src/Mvc/Mvc.Core/src/ApiBehaviorOptionsSetup.cs (ClientErrorMapping links)",
        ),
        generated(
            Body("https://tools.ietf.org/html/rfc9110#section-15."),
            0.6,
            "dotnet/aspnetcore src/Http/Http.Extensions/src/ProblemDetailsDefaults.cs (Defaults links)",
        ),
        generated(
            Body("One or more validation errors occurred."),
            0.95,
            "dotnet/aspnetcore src/Http/Http.Abstractions/src/ProblemDetails/HttpValidationProblemDetails.cs (Title)",
        ),
    ],
};

const ASPNET: Product = Product {
    id: "aspnet",
    name: "ASP.NET (Framework)",
    layer: Layer::App,
    signals: &[
        generated(
            Body("Server Error in '/"),
            0.95,
            "ASP.NET Framework System.Web error page (\"Server Error in '/' Application.\", the yellow screen)",
        ),
        generated(
            Header("x-aspnet-version"),
            0.7,
            "ASP.NET Framework System.Web HttpRuntime (X-AspNet-Version unless enableVersionHeader=false)",
        ),
        generated(
            Header("x-aspnetmvc-version"),
            0.7,
            "aspnet/AspNetWebStack src/System.Web.Mvc/MvcHandler.cs (X-AspNetMvc-Version)",
        ),
        on_path(
            HeaderIs("x-powered-by", "ASP.NET"),
            0.4,
            "IIS default custom header X-Powered-By: ASP.NET (applicationHost.config)",
        ),
    ],
};

const PHOENIX: Product = Product {
    id: "phoenix",
    name: "Phoenix",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/errors/detail"]),
            0.8,
            "phoenixframework/phoenix priv/templates/phx.gen.json and phx.new error_json.ex (%{errors: %{detail: ...}})",
        ),
        generated(
            Body("Phoenix.Router.NoRouteError"),
            0.95,
            "phoenixframework/phoenix lib/phoenix/router.ex (NoRouteError, shown on the debug page)",
        ),
        generated(
            Body("no route found for "),
            0.7,
            "phoenixframework/phoenix lib/phoenix/router.ex (NoRouteError message 'no route found for GET /x (Router)')",
        ),
        on_path(
            HeaderIs("cache-control", "max-age=0, private, must-revalidate"),
            0.3,
            "elixir-plug/plug lib/plug/conn.ex (default resp_headers cache-control)",
        ),
    ],
};

const INETS_HTTPD: Product = Product {
    id: "inets-httpd",
    name: "Erlang/OTP inets httpd",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("server", "inets/"),
            0.95,
            "captured locally from inets 8.2.2 (OTP 25, Debian erlang-inets 1:25.2.3+dfsg-1+deb12u4; lab/recipes/erlang-inets.sh, every inets-httpd-*-lab-* fixture); erlang/otp lib/inets/src/http_server/httpd_util.erl (server_tokens default -> \"inets/<vsn>\")",
        ),
        generated(
            Reason("Object Not Found"),
            0.7,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh, inets-httpd-404-lab-not-found: 'HTTP/1.1 404 Object Not Found'); erlang/otp lib/inets/src/http_server/httpd_util.erl (reason_phrase(404))",
        ),
        generated(
            Body("</BODY>\n      </HTML>"),
            0.85,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh: the indented upper-case template of every error page); erlang/otp lib/inets/src/http_server/httpd_util.erl (message/3 page template)",
        ),
        generated(
            Body("unreasonably long"),
            0.8,
            "captured locally from inets 8.2.2 (lab/recipes/erlang-inets.sh, inets-httpd-413-lab-header-too-large 'Entity: Headers unreasonably long', inets-httpd-414-lab-uri-too-long 'Message URI unreasonably long.'); erlang/otp lib/inets/src/http_server/httpd_request.erl (parse_headers: {size_error, Max, 413, \"Headers unreasonably long\"}; parse_uri: \"URI unreasonably long\")",
        ),
    ],
};

const YAWS: Product = Product {
    id: "yaws",
    name: "Yaws",
    layer: Layer::App,
    signals: &[
        generated(
            HeaderPrefix("server", "Yaws"),
            0.95,
            "captured locally from Yaws 2.1.1 (Debian yaws 2.1.1+dfsg-2; lab/recipes/erlang-yaws.sh, 'Server: Yaws 2.1.1' on every fixture); erlyaws/yaws src/yaws.erl (server header from the version)",
        ),
        generated(
            Body("<address> Yaws "),
            0.95,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-404-lab-not-found: '<address> Yaws 2.1.1 Server at lab:21210 </address>'); erlyaws/yaws src/yaws_404.erl (out404 / not_found_body: Apache-style page with yaws:address/2)",
        ),
        generated(
            Body("Internal error, yaws code crashed"),
            0.98,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-500-lab-yaws-page-crash); erlyaws/yaws src/yaws_server.erl (handle_crash) and the errormod_crash default's crashmsg/3 ({h2, [], \"Internal error, yaws code crashed\"})",
        ),
        generated(
            Body("<h1>401 authentication needed</h1>"),
            0.85,
            "captured locally from Yaws 2.1.1 (lab/recipes/erlang-yaws.sh, yaws-401-lab-auth-required); erlyaws/yaws src/yaws_server.erl",
        ),
    ],
};
