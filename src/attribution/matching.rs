//! Matching the fingerprint tables against one response: every signal evaluated once, body
//! literals found in a single Aho-Corasick pass, header signals looked up by header name.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::product::{Matcher, Product, Shows};
use super::products;
use super::Subject;
use crate::report::{BodyKind, Evidence, Header, Span};

/// JSON bodies larger than this are not parsed for their shape (error bodies are small).
const JSON_SHAPE_LIMIT: usize = 1 << 20;

/// The tables, prepared once per process.
pub struct Index {
    pub products: Vec<&'static Product>,
    /// Every distinct body literal (top-level or inside `All`), in one automaton.
    literals: Vec<&'static str>,
    literal_ids: HashMap<&'static str, usize>,
    automaton: Option<AhoCorasick>,
}

pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let products: Vec<&'static Product> = products::all().collect();
        let mut literals = Vec::new();
        let mut literal_ids = HashMap::new();
        let mut add = |literal: &'static str| {
            literal_ids.entry(literal).or_insert_with(|| {
                literals.push(literal);
                literals.len() - 1
            });
        };
        for product in &products {
            for signal in product.signals {
                for_each_body_literal(&signal.matcher, &mut add);
            }
        }
        // Literal patterns always build; `None` would only skip body matching.
        let automaton = AhoCorasick::new(&literals).ok();
        Index {
            products,
            literals,
            literal_ids,
            automaton,
        }
    })
}

fn for_each_body_literal(matcher: &Matcher, add: &mut impl FnMut(&'static str)) {
    match matcher {
        Matcher::Body(literal) => add(literal),
        Matcher::All(all) => all.iter().for_each(|m| for_each_body_literal(m, add)),
        _ => {}
    }
}

/// What one response offers to the matchers, computed once.
struct Context<'a> {
    subject: &'a Subject<'a>,
    /// First occurrence of each literal in the body, by literal id.
    body_hits: Vec<Option<Span>>,
    json: Option<serde_json::Value>,
    trimmed_body: &'a [u8],
}

/// A matched signal: where, and what it was in words.
struct Hit {
    span: Span,
    text: String,
}

/// Every signal of every product that matches, as evidence in input order.
pub fn collect_evidence(subject: &Subject) -> Vec<Evidence> {
    let index = index();
    let cx = Context {
        subject,
        body_hits: body_hits(index, subject),
        json: parse_json(subject),
        trimmed_body: crate::http::line::trim(subject.body),
    };
    let mut evidence = Vec::new();
    for product in &index.products {
        for signal in product.signals {
            if let Some(hit) = eval(&signal.matcher, &cx, index) {
                evidence.push(Evidence {
                    signal: hit.text,
                    product: product.id,
                    generated: signal.shows == Shows::Generated,
                    weight: signal.weight,
                    span: hit.span,
                    source: signal.source,
                });
            }
        }
    }
    evidence.sort_by_key(|e| e.span.start);
    evidence
}

/// One pass over the raw body bytes; each literal's first occurrence is kept.
fn body_hits(index: &Index, subject: &Subject) -> Vec<Option<Span>> {
    let mut hits = vec![None; index.literals.len()];
    let raw = subject
        .input
        .get(subject.body_span.start..subject.body_span.end)
        .unwrap_or_default();
    let found = index
        .automaton
        .iter()
        .flat_map(|ac| ac.find_overlapping_iter(raw));
    for m in found {
        if let Some(slot @ None) = hits.get_mut(m.pattern().as_usize()) {
            *slot = Some(Span::new(
                subject.body_span.start + m.start(),
                subject.body_span.start + m.end(),
            ));
        }
    }
    hits
}

fn parse_json(subject: &Subject) -> Option<serde_json::Value> {
    let json_kind = matches!(subject.body_kind, BodyKind::Json | BodyKind::ProblemJson);
    (json_kind && subject.body.len() <= JSON_SHAPE_LIMIT)
        .then(|| serde_json::from_slice(subject.body).ok())
        .flatten()
}

fn eval(matcher: &Matcher, cx: &Context, index: &Index) -> Option<Hit> {
    let subject = cx.subject;
    match *matcher {
        Matcher::Header(name) => header_hit(subject.headers, name, |_| true),
        Matcher::HeaderIs(name, expected) => {
            header_hit(subject.headers, name, |v| v.eq_ignore_ascii_case(expected))
        }
        Matcher::HeaderPrefix(name, prefix) => header_hit(subject.headers, name, |v| {
            v.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        }),
        Matcher::HeaderContains(name, needle) => header_hit(subject.headers, name, |v| {
            v.to_ascii_lowercase()
                .contains(&needle.to_ascii_lowercase())
        }),
        Matcher::Body(literal) => {
            let id = *index.literal_ids.get(literal)?;
            let span = (*cx.body_hits.get(id)?)?;
            Some(Hit {
                span,
                text: format!("body contains \"{literal}\""),
            })
        }
        Matcher::BodyIs(expected) => (cx.trimmed_body == expected.as_bytes()).then(|| Hit {
            span: subject.body_span,
            text: if expected.is_empty() {
                "empty body".to_owned()
            } else {
                format!("body is exactly \"{expected}\"")
            },
        }),
        Matcher::Reason(expected) => {
            let reason = subject.reason?;
            (reason == expected).then(|| Hit {
                span: subject.status_span.unwrap_or_default(),
                text: format!("reason phrase \"{reason}\""),
            })
        }
        Matcher::Status(lo, hi) => {
            let code = subject.code?;
            (lo..=hi).contains(&code).then(|| Hit {
                span: subject.status_span.unwrap_or_default(),
                text: format!("status {code}"),
            })
        }
        Matcher::JsonKeys(pointers) => {
            let json = cx.json.as_ref()?;
            pointers
                .iter()
                .all(|p| json.pointer(p).is_some())
                .then(|| Hit {
                    span: subject.body_span,
                    text: format!("JSON body has {}", pointers.join(", ")),
                })
        }
        Matcher::JsonIs(pointer, expected) => {
            let value = cx.json.as_ref()?.pointer(pointer)?;
            let equal = match value {
                serde_json::Value::String(s) => s == expected,
                other => other.to_string().as_str() == expected,
            };
            equal.then(|| Hit {
                span: subject.body_span,
                text: format!("JSON body has {pointer} = {expected}"),
            })
        }
        Matcher::All(all) => {
            let mut hits = Vec::with_capacity(all.len());
            for m in all {
                hits.push(eval(m, cx, index)?);
            }
            let first = hits.first()?;
            Some(Hit {
                span: first.span,
                text: hits
                    .iter()
                    .map(|h| h.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" and "),
            })
        }
    }
}

/// The first header named `name` whose trimmed value satisfies `accept`.
fn header_hit(headers: &[Header], name: &str, accept: impl Fn(&str) -> bool) -> Option<Hit> {
    let header = headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name) && accept(h.value.trim()))?;
    Some(Hit {
        span: header.span,
        text: format!("{}: {}", header.name, header.value),
    })
}
