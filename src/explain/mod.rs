//! What the response means: the status table, who generated it, retry rules and the ids to quote.
//!
//! Invariant: always produces an explanation, whatever the input; wording comes from the tables.

pub mod status;

use crate::http::headers;
use crate::report::{
    Explanation, Header, Identifier, Origin, OriginKind, Retry, RetryAdvice, Status,
};

/// Headers that carry a request or trace id worth quoting to support.
const ID_HEADERS: &[&str] = &[
    "cf-ray",
    "x-amz-cf-id",
    "x-amzn-requestid",
    "x-amzn-request-id",
    "x-amz-request-id",
    "x-amzn-trace-id",
    "x-request-id",
    "request-id",
    "x-correlation-id",
    "traceparent",
    "x-vercel-id",
    "x-served-by",
    "x-varnish",
    "x-github-request-id",
    "x-cloud-trace-context",
    "x-ms-request-id",
    "x-azure-ref",
    "fly-request-id",
    "x-render-origin-server",
];

pub fn explain(status: &Status, headers: &[Header], origin: &Origin) -> Explanation {
    let entry = status
        .code
        .and_then(|code| status::lookup(code).or_else(|| status::class_entry(code)));
    let meaning = entry.map_or_else(
        || "No status code was found in the paste.".to_owned(),
        |e| e.meaning.to_owned(),
    );
    let who = match (origin.kind, origin.generator_name) {
        (OriginKind::Proxy, Some(name)) => {
            format!("{name} generated this response, not your application")
        }
        (OriginKind::Proxy, None) => {
            "a proxy generated this response, not your application".to_owned()
        }
        (OriginKind::App, Some(name)) => {
            format!("the application ({name}) generated this response")
        }
        (OriginKind::App, None) => {
            "the application behind any proxies generated this response".to_owned()
        }
        (OriginKind::Unknown, _) => {
            "the evidence does not show which layer generated this response".to_owned()
        }
    };
    let summary = match status.code {
        Some(code) => {
            let reason = status
                .standard_reason
                .or(entry.map(|e| e.reason))
                .unwrap_or("");
            format!("{code} {reason}: {who}. {meaning}")
        }
        None => format!("No status line: {who}."),
    };

    let mut causes = Vec::new();
    let mut checks = Vec::new();
    if let Some(code) = status.code {
        match (origin.kind, code / 100) {
            (OriginKind::Proxy, 5) => {
                causes.push(format!(
                    "{} could not get a usable answer from the server behind it.",
                    origin.generator_name.unwrap_or("The proxy")
                ));
                checks.push(format!(
                    "Read {}'s error log for this request: it names the upstream and the failure.",
                    origin.generator_name.unwrap_or("the proxy")
                ));
                checks.push(
                    "Check that the upstream application is running and reachable from the proxy."
                        .to_owned(),
                );
            }
            (OriginKind::App, 5) => {
                causes.push("The application failed while handling the request.".to_owned());
                checks.push(
                    "Read the application's logs around this time for an exception or stack trace."
                        .to_owned(),
                );
            }
            (_, 4) => {
                causes.push("The request itself was rejected; sending it again unchanged gets the same answer.".to_owned());
                checks.push("Compare the request (URL, method, headers, body) with what the endpoint expects.".to_owned());
            }
            _ => {}
        }
    }

    let retry = retry_advice(entry.map(|e| e.retry), headers);
    let ids = headers
        .iter()
        .filter(|h| ID_HEADERS.iter().any(|id| h.name.eq_ignore_ascii_case(id)))
        .map(|h| Identifier {
            name: h.name.clone(),
            value: h.value.clone(),
            span: h.span,
        })
        .collect();
    Explanation {
        summary,
        meaning,
        causes,
        checks,
        retry,
        ids,
    }
}

fn retry_advice(from_table: Option<RetryAdvice>, headers: &[Header]) -> Retry {
    let after_seconds =
        headers::first(headers, "retry-after").and_then(|h| h.value.trim().parse::<u64>().ok());
    let advice = from_table.unwrap_or(RetryAdvice::Maybe);
    let mut detail = match advice {
        RetryAdvice::Yes => "Retry with exponential backoff and jitter; the condition is usually temporary.".to_owned(),
        RetryAdvice::Maybe => "A retry may help for idempotent requests (GET, PUT, DELETE); back off and give up after a few tries.".to_owned(),
        RetryAdvice::No => "Do not retry unchanged: fix the request first.".to_owned(),
        RetryAdvice::NotNeeded => "Not an error: nothing to retry.".to_owned(),
    };
    if let Some(seconds) = after_seconds {
        detail.push_str(&format!(
            " The server asks to wait {seconds} s (Retry-After)."
        ));
    }
    Retry {
        advice,
        detail,
        after_seconds,
    }
}
