//! Public APIs and API error conventions: the error shapes and headers a known API (or a
//! convention such as GraphQL) writes itself. All are the application layer.
//!
//! A convention that many frameworks emit and that names no one generator (RFC 9457 problem
//! details) is `on_path` only: it shows up as evidence without naming a generator.

use crate::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub(super) const ALL: &[&Product] = &[
    &GITHUB_API,
    &STRIPE_API,
    &OPENAI_API,
    &GOOGLE_API,
    &AWS_API,
    &SLACK_API,
    &GRAPHQL,
    &JSON_API,
    &PROBLEM_DETAILS,
    &POSTGREST,
    &HASURA,
    &ANTHROPIC_API,
    &GITLAB_API,
    &TWILIO_API,
    &SHOPIFY_API,
    &ELASTICSEARCH,
    &ATLASSIAN_API,
    &SALESFORCE_API,
    &DISCORD_API,
    &TELEGRAM_BOT_API,
    &SENDGRID_API,
    &PAYPAL_API,
    &SQUARE_API,
    &OKTA_API,
    &AUTH0_API,
    &FIREBASE_RTDB,
    &DIGITALOCEAN_API,
    &CLOUDFLARE_API,
    &AZURE_ARM_API,
    &MICROSOFT_GRAPH_API,
];

const GITHUB_API: Product = Product {
    id: "github-api",
    name: "GitHub REST API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/message", "/documentation_url"]),
            0.9,
            "docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api (error body message + documentation_url)",
        ),
        generated(
            Header("x-github-media-type"),
            0.9,
            "docs.github.com/en/rest/using-the-rest-api/media-types (X-GitHub-Media-Type on API responses)",
        ),
        generated(
            Header("x-github-request-id"),
            0.6,
            "docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api (X-GitHub-Request-Id)",
        ),
        on_path(
            Header("x-ratelimit-resource"),
            0.5,
            "docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (x-ratelimit-resource)",
        ),
    ],
};

const STRIPE_API: Product = Product {
    id: "stripe-api",
    name: "Stripe API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonIs("/error/type", "card_error"),
            0.85,
            "docs.stripe.com/api/errors (type card_error)",
        ),
        generated(
            JsonKeys(&["/error/decline_code"]),
            0.85,
            "docs.stripe.com/api/errors (decline_code on card errors)",
        ),
        generated(
            JsonKeys(&["/error/request_log_url"]),
            0.9,
            "docs.stripe.com/api/errors (request_log_url)",
        ),
        generated(
            Body("https://stripe.com/docs/error-codes"),
            0.9,
            "docs.stripe.com/api/errors (doc_url links to stripe.com/docs/error-codes)",
        ),
        generated(
            JsonIs("/error/type", "invalid_request_error"),
            0.3,
            "docs.stripe.com/api/errors (type invalid_request_error; OpenAI and others use the same value)",
        ),
        generated(
            Header("stripe-version"),
            0.9,
            "docs.stripe.com/api/versioning (Stripe-Version response header)",
        ),
        generated(
            Header("stripe-should-retry"),
            0.9,
            "stripe/stripe-node src/RequestSender.ts (reads the Stripe-Should-Retry response header)",
        ),
    ],
};

const OPENAI_API: Product = Product {
    id: "openai-api",
    name: "OpenAI API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/error/message", "/error/type", "/error/param", "/error/code"]),
            0.75,
            "platform.openai.com/docs/guides/error-codes (error object message, type, param, code); openai/openai-python _exceptions.py",
        ),
        generated(
            Body("platform.openai.com/"),
            0.7,
            "platform.openai.com/docs/guides/error-codes (messages link to platform.openai.com)",
        ),
        generated(
            Body("help.openai.com"),
            0.8,
            "platform.openai.com/docs/guides/error-codes (server_error message points to help.openai.com)",
        ),
        generated(
            Header("openai-processing-ms"),
            0.95,
            "platform.openai.com/docs/api-reference/debugging-requests (openai-processing-ms)",
        ),
        generated(
            Header("openai-organization"),
            0.9,
            "platform.openai.com/docs/api-reference/debugging-requests (openai-organization)",
        ),
        generated(
            Header("openai-version"),
            0.9,
            "platform.openai.com/docs/api-reference/debugging-requests (openai-version)",
        ),
    ],
};

const GOOGLE_API: Product = Product {
    id: "google-api",
    name: "Google APIs",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/error/code", "/error/message", "/error/status"]),
            0.85,
            "cloud.google.com/apis/design/errors (HTTP mapping: {\"error\": {code, message, status, details}})",
        ),
        generated(
            JsonKeys(&["/error/errors/0/domain", "/error/errors/0/reason"]),
            0.8,
            "cloud.google.com/apis/design/errors (v1 legacy errors[] with domain and reason)",
        ),
        generated(
            JsonKeys(&["/error/details/0/@type"]),
            0.7,
            "cloud.google.com/apis/design/errors (details as google.protobuf.Any, @type type.googleapis.com/google.rpc.*)",
        ),
    ],
};

const AWS_API: Product = Product {
    id: "aws-api",
    name: "AWS service API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/__type"]),
            0.8,
            "smithy-lang awsJson1_0/awsJson1_1 protocols (error type in __type); aws/aws-sdk-go private/protocol/jsonrpc",
        ),
        generated(
            HeaderPrefix("content-type", "application/x-amz-json-"),
            0.85,
            "smithy-lang awsJson1_0/awsJson1_1 protocols (Content-Type application/x-amz-json-1.0 / 1.1)",
        ),
        generated(
            Header("x-amz-crc32"),
            0.6,
            "docs.aws.amazon.com/amazondynamodb (DynamoDB X-Amz-Crc32 response checksum)",
        ),
        generated(
            Header("x-amzn-query-error"),
            0.85,
            "smithy-lang awsQueryCompatible trait (x-amzn-query-error header)",
        ),
        generated(
            Body(".amazonaws.com/doc/"),
            0.8,
            "smithy-lang awsQuery protocol (<ErrorResponse xmlns=\"https://<service>.amazonaws.com/doc/<version>/\">)",
        ),
        on_path(
            Header("x-amzn-requestid"),
            0.4,
            "AWS JSON/REST protocols (x-amzn-RequestId; API Gateway sends it too)",
        ),
    generated(Body("</RequestId><HostId>"), 0.85, "S3 REST error XML <Error><Code>..</Code><Message>..</Message>...<RequestId>..</RequestId><HostId>..</HostId></Error> (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html)"),
    on_path(Header("x-amz-id-2"), 0.6, "docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html (x-amz-id-2, x-amz-request-id)"),
],
};

const SLACK_API: Product = Product {
    id: "slack-api",
    name: "Slack Web API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/ok", "/error"]),
            0.5,
            "api.slack.com/web#evaluating_responses ({\"ok\": false, \"error\": \"...\"})",
        ),
        generated(
            JsonIs("/ok", "false"),
            0.5,
            "api.slack.com/web#evaluating_responses (ok: false on errors)",
        ),
        generated(
            Header("x-slack-req-id"),
            0.9,
            "slackapi/python-slack-sdk (x-slack-req-id response header on Web API calls)",
        ),
    ],
};

const GRAPHQL: Product = Product {
    id: "graphql",
    name: "GraphQL server",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/errors/0/message"]),
            0.5,
            "spec.graphql.org/October2021/#sec-Errors (errors: list of {message, locations, path, extensions})",
        ),
        generated(
            JsonKeys(&["/errors/0/message", "/errors/0/locations"]),
            0.8,
            "spec.graphql.org/October2021/#sec-Errors (locations)",
        ),
        generated(
            JsonKeys(&["/errors/0/message", "/errors/0/extensions/code"]),
            0.7,
            "apollographql/apollo-server packages/server/src/errors (extensions.code)",
        ),
        generated(
            Body("GRAPHQL_PARSE_FAILED"),
            0.9,
            "apollographql/apollo-server packages/server/src/errors/index.ts (ApolloServerErrorCode)",
        ),
        generated(
            Body("GRAPHQL_VALIDATION_FAILED"),
            0.9,
            "apollographql/apollo-server packages/server/src/errors/index.ts (ApolloServerErrorCode)",
        ),
        generated(
            HeaderPrefix("content-type", "application/graphql-response+json"),
            0.9,
            "graphql/graphql-over-http spec (application/graphql-response+json)",
        ),
    generated(Body("This operation has been blocked as a potential Cross-Site Request Forgery (CSRF)."), 0.9, "apollographql/apollo-server packages/server/src/preventCsrf.ts (400 when no preflight-forcing header)"),
    generated(Body("PERSISTED_QUERY_NOT_FOUND"), 0.85, "apollographql/apollo-server packages/server/src/errors (PersistedQueryNotFoundError)"),
],
};

const JSON_API: Product = Product {
    id: "json-api",
    name: "JSON:API",
    layer: Layer::App,
    signals: &[
        generated(
            JsonKeys(&["/errors/0/status", "/errors/0/title"]),
            0.55,
            "jsonapi.org/format/#error-objects (errors[] with status, title, detail, source)",
        ),
        generated(
            HeaderPrefix("content-type", "application/vnd.api+json"),
            0.8,
            "jsonapi.org/format/#content-negotiation (media type application/vnd.api+json)",
        ),
    ],
};

const PROBLEM_DETAILS: Product = Product {
    id: "problem-details",
    name: "RFC 9457 problem details",
    layer: Layer::App,
    signals: &[
        on_path(
            HeaderPrefix("content-type", "application/problem+json"),
            0.4,
            "RFC 9457 section 3 (media type application/problem+json)",
        ),
        on_path(
            JsonKeys(&["/type", "/title", "/status"]),
            0.3,
            "RFC 9457 section 3.1 (members type, title, status, detail, instance)",
        ),
    ],
};

const POSTGREST: Product = Product {
    id: "postgrest",
    name: "PostgREST",
    layer: Layer::App,
    signals: &[
        generated(HeaderPrefix("proxy-status", "PostgREST"), 0.97, "PostgREST src/PostgREST/Error.hs proxyStatusHeader ('Proxy-Status: PostgREST; error=<code>' on every error, v11+); HTTP/2 401 paste find_string id 27210183345 (fixture postgrest-401-permission-denied); live ids 61649672895, 59705111656, 301549818"),
        generated(JsonKeys(&["/code", "/details", "/hint", "/message"]), 0.85, "PostgREST error body {code, details, hint, message} (paste find_string id 27210183345)"),
        generated(Body("\"code\":\"PGRST"), 0.95, "PostgREST error codes PGRSTnnn (docs, Errors; reimplementation id 56147945899)"),
    ],
};

const HASURA: Product = Product {
    id: "hasura",
    name: "Hasura GraphQL Engine",
    layer: Layer::App,
    signals: &[
        generated(JsonIs("/errors/0/extensions/path", "$"), 0.85, "Hasura GraphQL errors {\"errors\":[{\"extensions\":{\"path\":\"$\",\"code\":\"...\"},\"message\":...}]} (live probe find_string id 61589369938; dumps 65802733536, 67231164516)"),
        generated(Body("{\"extensions\":{\"path\":\"$"), 0.85, "Hasura engine key order (extensions first) as sent (find_string ids 61589369938, 67231164516)"),
        generated(Body("in JWT authentication mode"), 0.9, "Hasura 'Missing 'Authorization' or 'Cookie' header in JWT authentication mode' (live probe find_string id 61589369938)"),
        generated(All(&[JsonIs("/path", "$"), JsonKeys(&["/error", "/code"])]), 0.85, "Hasura v1 metadata/query API errors {\"path\":\"$\",\"error\":...,\"code\":...} (Hasura docs, API reference error format)"),
    ],
};

const ANTHROPIC_API: Product = Product {
    id: "anthropic-api",
    name: "Anthropic API",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/type", "error"), JsonKeys(&["/error/type", "/error/message"])]), 0.85, "docs.claude.com/en/api/errors (errors: {\"type\":\"error\",\"error\":{\"type\",\"message\"},\"request_id\"}); corpus passthrough-cloudflare-529-app-json; SSE/HTTP copies find_string ids 71416990265, 58873530380"),
        generated(JsonIs("/error/type", "overloaded_error"), 0.9, "docs.claude.com/en/api/errors (529 overloaded_error)"),
        generated(Status(529, 529), 0.5, "docs.claude.com/en/api/errors (529 is Anthropic's overload status)"),
        generated(HeaderPrefix("request-id", "req_"), 0.5, "docs.claude.com/en/api/errors (request-id: req_018EeWyXxfu5pfWkrYcMdjWG; Stripe uses Request-Id: req_ too)"),
        generated(Header("anthropic-ratelimit-requests-limit"), 0.95, "docs.claude.com/en/api/rate-limits (anthropic-ratelimit-* response headers)"),
        generated(Header("anthropic-organization-id"), 0.95, "Anthropic API responses carry anthropic-organization-id (docs, API overview / request ids)"),
        generated(HeaderIs("x-should-retry", "true"), 0.4, "corpus passthrough-cloudflare-529-app-json (x-should-retry: true on the 529)"),
    ],
};

const GITLAB_API: Product = Product {
    id: "gitlab-api",
    name: "GitLab REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonIs("/message", "401 Unauthorized"), 0.8, "GitLab docs, REST API status codes ({\"message\":\"401 Unauthorized\"}); live CLI output find_string id 69503530549"),
        generated(Body("\"message\":\"404 Project Not Found\""), 0.9, "GitLab docs, REST API ({\"message\":\"404 Project Not Found\"}, lib/api/helpers.rb not_found!(resource))"),
        generated(Body("\"message\":\"404 Not found\""), 0.6, "gitlab lib/api/helpers.rb (not_found! without a resource: '404 Not found')"),
        generated(Header("x-gitlab-meta"), 0.95, "GitLab responses carry X-Gitlab-Meta: {\"correlation_id\":...,\"version\":\"1\"} (gitlab lib/gitlab/middleware/...; docs, correlation ID)"),
    ],
};

const TWILIO_API: Product = Product {
    id: "twilio-api",
    name: "Twilio REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/code", "/message", "/more_info", "/status"]), 0.9, "twilio.com/docs/usage/twilios-response (error: code, message, more_info, status); twilio-ruby lib/twilio-ruby/framework/rest/error.rb reads code/message/more_info/details"),
        generated(Body("https://www.twilio.com/docs/errors/"), 0.9, "twilio.com/docs/errors (more_info links)"),
        generated(Body("https://www.twilio.com/docs/api/errors/"), 0.9, "Twilio product APIs errors[].infoUrl (twilio.com/docs/bulk-messaging/api/seek-message-resource)"),
        generated(Header("twilio-request-id"), 0.95, "twilio.com/docs/usage/twilios-response (Twilio-Request-Id header)"),
    ],
};

const SHOPIFY_API: Product = Product {
    id: "shopify-api",
    name: "Shopify Admin API",
    layer: Layer::App,
    signals: &[
        generated(Body("[API] Invalid API key or access token"), 0.97, "Shopify Admin API 401 {\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}; real copies find_string ids 54185100484, 55253676245, 34094526889"),
        generated(Header("x-shopify-api-version"), 0.9, "shopify.dev/docs/api/usage/versioning (X-Shopify-API-Version response header)"),
        generated(Header("x-shopify-stage"), 0.8, "Shopify API responses carry X-Shopify-Stage (public curl output)"),
        generated(Header("x-shopid"), 0.7, "Shopify API responses carry X-ShopId (public curl output)"),
    ],
};

const ELASTICSEARCH: Product = Product {
    id: "elasticsearch",
    name: "Elasticsearch / OpenSearch",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/error/root_cause/0/type", "/error/type", "/error/reason", "/status"]), 0.9, "Elasticsearch REST error body {\"error\":{\"root_cause\":[...],\"type\",\"reason\"},\"status\":N} (curl output gist.github.com/renatocron/50ba89168d214e21c49d; ES 8 401 find_string id 44793567020); OpenSearch keeps the same shape"),
        generated(Body("_exception\",\"reason\":"), 0.7, "Elasticsearch exception types end in _exception (index_not_found_exception, security_exception, ...)"),
        // ES 7.14+ only; OpenSearch never sends it (find_string id 60130277030).
        generated(HeaderIs("x-elastic-product", "Elasticsearch"), 0.9, "elastic/elasticsearch 7.14+ product header X-elastic-product: Elasticsearch (curl -I find_string ids 44793567020, 20616100041)"),
    ],
};

const ATLASSIAN_API: Product = Product {
    id: "atlassian-api",
    name: "Atlassian Jira / Confluence REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errorMessages", "/errors"]), 0.85, "Jira REST ErrorCollection {errorMessages: [...], errors: {...}} (Jira Cloud OpenAPI ErrorCollection, docs.atlassian.com JiraCopiedRestErrorCollection)"),
        generated(Body("Issue does not exist or you do not have permission to see it."), 0.95, "Jira REST 404 errorMessages text (Jira Cloud REST docs)"),
        generated(Header("x-arequestid"), 0.85, "Atlassian products set X-AREQUESTID on responses (Jira/Confluence server request id)"),
        generated(Header("atl-traceid"), 0.8, "Atlassian Cloud responses carry ATL-TraceId"),
        generated(Header("x-seraph-loginreason"), 0.85, "Atlassian Seraph auth header X-Seraph-LoginReason (AUTHENTICATED_FAILED, AUTHENTICATION_DENIED) on Jira/Confluence 401/403"),
    ],
};

const SALESFORCE_API: Product = Product {
    id: "salesforce-api",
    name: "Salesforce REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/0/message", "/0/errorCode"]), 0.85, "developer.salesforce.com REST API status codes and error responses ([{\"message\":...,\"errorCode\":...}])"),
        generated(JsonIs("/0/errorCode", "INVALID_SESSION_ID"), 0.95, "Salesforce REST 401 [{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"),
        generated(Header("sforce-limit-info"), 0.95, "Salesforce REST responses carry Sforce-Limit-Info: api-usage=n/m"),
    ],
};

const DISCORD_API: Product = Product {
    id: "discord-api",
    name: "Discord API",
    layer: Layer::App,
    signals: &[
        generated(Body("You are being rate limited."), 0.85, "discord.com/developers/docs/topics/rate-limits (429 {\"message\":\"You are being rate limited.\",\"retry_after\":...,\"global\":...}); clients/tests find_string ids 57739568659, 69115825698, 58804262809"),
        generated(JsonKeys(&["/message", "/retry_after", "/global"]), 0.9, "discord.com/developers/docs/topics/rate-limits (rate limit response structure)"),
        generated(Header("x-ratelimit-bucket"), 0.85, "discord.com/developers/docs/topics/rate-limits (X-RateLimit-Bucket)"),
        generated(All(&[JsonKeys(&["/message", "/code"]), HeaderContains("via", "1.1 google")]), 0.5, "Discord JSON errors {\"message\":\"Unknown Channel\",\"code\":10003} served through Google's LB (Via: 1.1 google; find_string id 67116350463)"),
    ],
};

const TELEGRAM_BOT_API: Product = Product {
    id: "telegram-bot-api",
    name: "Telegram Bot API",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/ok", "false"), JsonKeys(&["/error_code", "/description"])]), 0.95, "core.telegram.org/bots/api#making-requests ({\"ok\":false,\"error_code\":N,\"description\":...}); real copies find_string ids 20196457034, 66308661645"),
    ],
};

const SENDGRID_API: Product = Product {
    id: "sendgrid-api",
    name: "Twilio SendGrid API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errors/0/message", "/errors/0/field", "/errors/0/help"]), 0.9, "docs.sendgrid.com API reference, errors ({\"errors\":[{\"message\",\"field\",\"help\"}]})"),
        generated(Body("The provided authorization grant is invalid, expired, or revoked"), 0.95, "SendGrid 401 message (docs.sendgrid.com, API keys / authentication)"),
    ],
};

const PAYPAL_API: Product = Product {
    id: "paypal-api",
    name: "PayPal REST API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/name", "/message", "/debug_id"]), 0.95, "developer.paypal.com/api/rest/responses (error: name, message, debug_id, details, links)"),
        generated(Header("paypal-debug-id"), 0.95, "developer.paypal.com/api/rest/responses (Paypal-Debug-Id response header)"),
        generated(Body("https://developer.paypal.com/docs/api/"), 0.6, "PayPal error links[].href to developer.paypal.com/docs/api/..."),
    ],
};

const SQUARE_API: Product = Product {
    id: "square-api",
    name: "Square API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errors/0/category", "/errors/0/code"]), 0.9, "developer.squareup.com/docs/build-basics/handling-errors ({\"errors\":[{\"category\",\"code\",\"detail\",\"field\"}]})"),
        generated(JsonIs("/errors/0/category", "AUTHENTICATION_ERROR"), 0.9, "developer.squareup.com error categories (AUTHENTICATION_ERROR, INVALID_REQUEST_ERROR, RATE_LIMIT_ERROR, API_ERROR)"),
        generated(JsonIs("/errors/0/category", "INVALID_REQUEST_ERROR"), 0.9, "developer.squareup.com error categories"),
    ],
};

const OKTA_API: Product = Product {
    id: "okta-api",
    name: "Okta API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/errorCode", "/errorSummary"]), 0.95, "developer.okta.com/docs/reference/error-codes ({errorCode, errorSummary, errorLink, errorId, errorCauses}); okta-signin-widget tests with the real body (find_string id 3587718405)"),
        generated(Body("\"errorCode\":\"E0000"), 0.95, "Okta error codes E0000xxx (developer.okta.com/docs/reference/error-codes)"),
    ],
};

const AUTH0_API: Product = Product {
    id: "auth0-api",
    name: "Auth0 Management API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/statusCode", "/error", "/message", "/errorCode"]), 0.85, "auth0.com/docs/api/management/v2 error responses ({statusCode, error, message, errorCode}, e.g. errorCode inexistent_user)"),
        generated(JsonKeys(&["/statusCode", "/error", "/message", "/attributes/error"]), 0.85, "Auth0 Management API 401 {\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Invalid token\",\"attributes\":{\"error\":\"Invalid token\"}}"),
    ],
};

const FIREBASE_RTDB: Product = Product {
    id: "firebase-api",
    name: "Firebase Realtime Database REST",
    layer: Layer::App,
    signals: &[
        // The Realtime Database pretty-prints: '{\n  "error" : "Permission denied"\n}'.
        generated(Body("\"error\" : \"Permission denied\""), 0.95, "firebase.google.com/docs/reference/rest/database (401 {\"error\" : \"Permission denied\"}, spaces around the colon)"),
        generated(Body("\"error\" : \""), 0.5, "Firebase Realtime Database REST error formatting (space before the colon)"),
    ],
};

const DIGITALOCEAN_API: Product = Product {
    id: "digitalocean-api",
    name: "DigitalOcean API",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/id", "/message", "/request_id"]), 0.85, "docs.digitalocean.com/reference/api (errors {\"id\":\"not_found\",\"message\":...,\"request_id\":...})"),
        generated(JsonIs("/id", "not_found"), 0.6, "docs.digitalocean.com/reference/api ('id': 'not_found', 'unauthorized', 'too_many_requests')"),
        generated(Body("The resource you were accessing could not be found."), 0.9, "DigitalOcean 404 message (docs.digitalocean.com/reference/api)"),
    ],
};

const CLOUDFLARE_API: Product = Product {
    id: "cloudflare-api",
    name: "Cloudflare API v4",
    layer: Layer::App,
    signals: &[
        generated(All(&[JsonIs("/success", "false"), JsonKeys(&["/errors/0/code", "/errors/0/message", "/messages", "/result"])]), 0.95, "Cloudflare API v4 envelope {success:false, errors:[{code,message}], messages, result:null} (Cloudflare OpenAPI api-response-common-failure schema; @cloudflare/test-www-api createApiResponse)"),
        generated(Body("\"code\":10000,\"message\":\"Authentication error\""), 0.9, "Cloudflare API 10000 Authentication error (developers.cloudflare.com/fundamentals/api/troubleshooting)"),
    ],
};

const AZURE_ARM_API: Product = Product {
    id: "azure-arm-api",
    name: "Azure Resource Manager",
    layer: Layer::App,
    signals: &[
        generated(Header("x-ms-routing-request-id"), 0.95, "learn.microsoft.com Azure Resource Manager request headers (x-ms-routing-request-id, x-ms-correlation-request-id, x-ms-ratelimit-remaining-subscription-reads)"),
        generated(Header("x-ms-ratelimit-remaining-subscription-reads"), 0.9, "learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling"),
        generated(Header("x-ms-failure-cause"), 0.85, "ARM x-ms-failure-cause: gateway / service on failed requests (learn.microsoft.com ARM troubleshooting)"),
        generated(JsonIs("/error/code", "AuthenticationFailed"), 0.6, "ARM error body {\"error\":{\"code\":\"AuthenticationFailed\",\"message\":...}}"),
        generated(JsonIs("/error/code", "InvalidAuthenticationToken"), 0.5, "ARM/Graph error code InvalidAuthenticationToken"),
    ],
};

const MICROSOFT_GRAPH_API: Product = Product {
    id: "microsoft-graph-api",
    name: "Microsoft Graph",
    layer: Layer::App,
    signals: &[
        generated(JsonKeys(&["/error/code", "/error/message", "/error/innerError/request-id", "/error/innerError/date"]), 0.97, "learn.microsoft.com/graph/errors (error.innerError {date, request-id, client-request-id}); real bodies find_string ids 27967356634, 66437400964, 60452230953"),
        generated(Header("x-ms-ags-diagnostic"), 0.95, "Microsoft Graph responses carry x-ms-ags-diagnostic (learn.microsoft.com/graph, response headers)"),
        generated(Header("client-request-id"), 0.5, "learn.microsoft.com/graph/errors (client-request-id echoed)"),
    ],
};
