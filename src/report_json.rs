//! The Report as compact JSON text, written by hand: what the wasm module hands to JS
//! (`JSON.parse`). serde_json's serialiser, monomorphised for every field of the model, cost the
//! module about 6 KB brotli; this writer is one small function per type.
//!
//! The serde `Serialize` derives of `report.rs` stay the contract (the CLI's `--json`, the
//! snapshots); this writer writes exactly what `serde_json::to_string` writes for them — the
//! fields in declaration order, `Response` flattened into `Report`, `Header::value_span` left out,
//! `Diagnostic::detail` only when present — and the tests below hold it to that, byte for byte,
//! over every fixture and input of the test suites.

use std::borrow::Cow;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::report::*;

/// `serde_json::to_string(report)`, without serde.
pub(crate) fn to_string(report: &Report) -> String {
    let mut out = Out(String::with_capacity(4096));
    report.write(&mut out);
    out.0
}

/// A value that writes itself as JSON.
trait Json {
    fn write(&self, out: &mut Out);

    /// Whether the field holding it is left out (serde's `skip_serializing_if`).
    fn omitted(&self) -> bool {
        false
    }
}

struct Out(String);

impl Out {
    /// An object: `names` (comma-separated) paired with `values`, in order.
    fn object(&mut self, names: &str, values: &[&dyn Json]) {
        self.0.push('{');
        let mut first = true;
        for (name, value) in names.split(',').zip(values) {
            if value.omitted() {
                continue;
            }
            if !first {
                self.0.push(',');
            }
            first = false;
            self.string(name);
            self.0.push(':');
            value.write(self);
        }
        self.0.push('}');
    }

    fn string(&mut self, text: &str) {
        crate::json::write_string(&mut self.0, text);
    }

    /// Ends a list whose items were each followed by a comma.
    fn close_list(&mut self) {
        if self.0.ends_with(',') {
            self.0.pop();
        }
        self.0.push(']');
    }

    fn uint(&mut self, n: u64) {
        if n >= 10 {
            self.uint(n / 10);
        }
        self.0
            .push(char::from(b'0' + u8::try_from(n % 10).unwrap_or_default()));
    }
}

impl Json for &str {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for String {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for Cow<'_, str> {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Out) {
        out.0.push_str(if *self { "true" } else { "false" });
    }
}

impl Json for u16 {
    fn write(&self, out: &mut Out) {
        out.uint(u64::from(*self));
    }
}

impl Json for u64 {
    fn write(&self, out: &mut Out) {
        out.uint(*self);
    }
}

impl Json for usize {
    fn write(&self, out: &mut Out) {
        out.uint(*self as u64);
    }
}

/// Weights and confidences with three decimals, as their `Serialize` (`three_decimals`) has
/// serde_json write them: `0.7`, `1.0`, `-0.25`.
impl Json for f32 {
    fn write(&self, out: &mut Out) {
        let k = crate::report::thousandths(*self);
        if k < 0 {
            out.0.push('-');
        }
        let k = u64::from(k.unsigned_abs());
        out.uint(k / 1000);
        out.0.push('.');
        // Three digits, trailing zeros dropped but the first kept (0.05, 0.7, 1.0).
        let digits = [k / 100 % 10, k / 10 % 10, k % 10];
        let kept = digits.iter().rposition(|&d| d != 0).unwrap_or(0);
        for &d in digits.iter().take(kept + 1) {
            out.0
                .push(char::from(b'0' + u8::try_from(d).unwrap_or_default()));
        }
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Out) {
        match self {
            Some(value) => value.write(out),
            None => out.0.push_str("null"),
        }
    }
}

impl<T: Json> Json for Box<T> {
    fn write(&self, out: &mut Out) {
        (**self).write(out);
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Out) {
        // Each item followed by a comma, the last one replaced by the bracket: the least code
        // per item type.
        out.0.push('[');
        for item in self {
            item.write(out);
            out.0.push(',');
        }
        out.close_list();
    }
}

/// `Diagnostic::detail`: left out when absent.
struct Omitted<'a>(&'a Option<String>);

impl Json for Omitted<'_> {
    fn write(&self, out: &mut Out) {
        self.0.write(out);
    }
    fn omitted(&self) -> bool {
        self.0.is_none()
    }
}

/// The enums serialise as their names (`as_str`, shared with their `Serialize` impls).
macro_rules! by_name {
    ($($ty:ty),*) => {$(
        impl Json for $ty {
            fn write(&self, out: &mut Out) {
                out.string(self.as_str());
            }
        }
    )*};
}

by_name!(
    InputFormat,
    BodyKind,
    Framing,
    OriginKind,
    Layer,
    Code,
    Severity
);

impl Json for RetryAdvice {
    fn write(&self, out: &mut Out) {
        out.string(self.id());
    }
}

/// An object of a struct's fields, named as serde names them (their identifiers).
macro_rules! object {
    ($ty:ty { $($field:ident),* }) => {
        impl Json for $ty {
            fn write(&self, out: &mut Out) {
                out.object(concat!($(stringify!($field), ","),*), &[$(&self.$field),*]);
            }
        }
    };
}

/// `response` flattened into the top level, as `#[serde(flatten)]` writes it.
impl Json for Report {
    fn write(&self, out: &mut Out) {
        let r = &self.response;
        out.object(
            "format,input_length,reconstructed,request,transport,secrets,paste_secrets,\
             span,status,headers,body,\
             origin,explanation,diagnostics,previous,entries",
            &[
                &self.format,
                &self.input_length,
                &self.reconstructed,
                &self.request,
                &self.transport,
                &self.secrets,
                &self.paste_secrets,
                &r.span,
                &r.status,
                &r.headers,
                &r.body,
                &self.origin,
                &self.explanation,
                &self.diagnostics,
                &self.previous,
                &self.entries,
            ],
        );
    }
}

object!(Span { start, end });

object!(Request {
    method,
    url,
    host,
    idempotent,
    headers,
    span
});

object!(TransportNote {
    message,
    meaning,
    error,
    span
});

object!(Entry {
    index,
    method,
    url,
    status,
    failing,
    report
});

object!(Response {
    span,
    status,
    headers,
    body
});

object!(Status {
    code,
    reason,
    version,
    standard_reason,
    span
});

object!(Header { name, value, span });

object!(Body {
    kind,
    declared_kind,
    sniffed_kind,
    media_type,
    encoding,
    framing,
    span,
    length,
    declared_length,
    chunked
});

object!(ChunkedInfo {
    chunks,
    extensions,
    trailers,
    complete,
    data
});

object!(Origin {
    kind,
    generator,
    generator_name,
    known,
    confidence,
    verdict,
    sure,
    likely,
    basis,
    server,
    stack,
    reasons,
    evidence,
    relays
});

object!(StackSeen { id, name, evidence });

object!(Reason {
    says,
    toward,
    weight,
    span,
    cite
});

object!(Evidence {
    signal,
    product,
    generated,
    weight,
    span,
    cite
});

object!(Relay {
    product,
    name,
    kind,
    layer
});

object!(HeaderNote { name, note, cite });

object!(Explanation {
    summary,
    meaning,
    causes,
    checks,
    retry,
    ids,
    class,
    ruled_out,
    message,
    insights,
    cites,
    sources,
    header_notes
});

object!(ErrorMessage {
    text,
    shape,
    code,
    span
});

object!(Insight {
    header,
    value,
    kind,
    note,
    span,
    cite,
    source
});

object!(Retry {
    advice,
    detail,
    after_seconds,
    after,
    idempotent,
    rate_limit
});

object!(RetryAfter { raw, date, span });

object!(RateLimit {
    limit,
    remaining,
    reset,
    reset_seconds,
    policy
});

object!(Identifier { name, value, span });

/// `detail` only when there is one (`skip_serializing_if`).
impl Json for Diagnostic {
    fn write(&self, out: &mut Out) {
        out.object(
            "code,severity,message,detail,span",
            &[
                &self.code,
                &self.severity,
                &self.message,
                &Omitted(&self.detail),
                &self.span,
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde(report: &Report) -> String {
        serde_json::to_string(report).unwrap()
    }

    /// Every paste of the test suites: real responses, tool outputs and printouts, HAR files,
    /// parser edge cases.
    #[test]
    fn writes_what_serde_json_writes_for_every_test_paste() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut checked = 0;
        for dir in ["fixtures", "inputs", "parser"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                let ext = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .unwrap_or_default();
                if !matches!(ext, "http" | "txt" | "har") {
                    continue;
                }
                let report = crate::inspect(&std::fs::read(&path).unwrap());
                assert_eq!(to_string(&report), serde(&report), "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked > 500, "only {checked} pastes found");
    }

    #[test]
    fn writes_parts_and_escapes_as_serde_json_does() {
        let parts = crate::Parts {
            status: 503,
            status_text: "Service \"Unavailable\"".into(),
            headers: vec![
                ("x-control".into(), "a\u{1}b\u{7f}\u{8}\u{c}\t\\c".into()),
                ("x-unicode".into(), "é — ☃ \u{10ffff}".into()),
            ],
            body: b"{\"detail\":\"line\\nbreak\"}".to_vec(),
            url: Some("https://user:secret@example.com/a?b=\"c\"".into()),
            method: Some("POST".into()),
        };
        let report = crate::inspect_parts(&parts);
        assert_eq!(to_string(&report), serde(&report));
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        #[derive(serde::Serialize)]
        struct Weight(#[serde(serialize_with = "crate::report::three_decimals")] f32);

        let mut out = Out(String::new());
        let mut serde = String::new();
        for n in [0, 7, 10, 99, 1_000, u64::MAX] {
            out.uint(n);
            out.0.push(' ');
            serde.push_str(&serde_json::to_string(&n).unwrap());
            serde.push(' ');
        }
        let mut weights = vec![
            0.0f32,
            -0.0,
            1.0,
            0.9,
            0.1 + 0.2,
            0.70000005,
            0.05,
            -0.25,
            1e-7,
            3.4e38,
            -3.4e38,
            f32::NAN,
            f32::INFINITY,
        ];
        // Every thousandth from -10 to 10, and each a hair off.
        for k in -10_000..=10_000_i16 {
            let w = f32::from(k) / 1000.0;
            weights.extend([w, w + 0.000_4, w - 0.000_4]);
        }
        for w in weights {
            w.write(&mut out);
            out.0.push(' ');
            serde.push_str(&serde_json::to_string(&Weight(w)).unwrap());
            serde.push(' ');
        }
        assert_eq!(out.0, serde);
    }
}
