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
