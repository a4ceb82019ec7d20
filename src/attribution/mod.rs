//! Who generated the response: the fingerprint tables matched in one pass, evidence with byte
//! ranges, and a score per product that decides `origin`.
//!
//! Invariants: matching is linear in the input (one Aho-Corasick pass over the body, one table
//! lookup per header); the tables are `static` data, and the automaton is built once per process.
//! A weak or conflicting picture gives `unknown`, never a confident guess.

pub mod product;
pub mod products;

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::report::{BodyKind, Evidence, Header, Origin, OriginKind, Relay, Span};
use product::{Layer, Matcher, Product, Shows, Signal};

/// What attribution looks at: the final response.
pub struct Subject<'a> {
    pub input: &'a [u8],
    pub code: Option<u16>,
    pub reason: Option<&'a str>,
    pub status_span: Option<Span>,
    pub headers: &'a [Header],
    pub body_span: Span,
    /// The body after de-chunking.
    pub body: &'a [u8],
    pub body_kind: BodyKind,
}

/// JSON bodies larger than this are not parsed for their shape (error bodies are small).
const JSON_SHAPE_LIMIT: usize = 1 << 20;

/// A signal's place in the tables.
#[derive(Clone, Copy)]
struct SignalRef {
    product: usize,
    signal: usize,
}

struct Index {
    products: Vec<&'static Product>,
    /// None only if the automaton could not be built (it always can for literal patterns).
    body: Option<AhoCorasick>,
    body_signals: Vec<SignalRef>,
    /// Header signals by lowercase header name.
    header_signals: HashMap<String, Vec<SignalRef>>,
    status_signals: Vec<SignalRef>,
    json_signals: Vec<SignalRef>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut body_signals = Vec::new();
        let mut header_signals: HashMap<String, Vec<SignalRef>> = HashMap::new();
        let mut status_signals = Vec::new();
        let mut json_signals = Vec::new();
        let products: Vec<&'static Product> = products::all().collect();
        for (p, product) in products.iter().enumerate() {
            for (s, signal) in product.signals.iter().enumerate() {
                let at = SignalRef {
                    product: p,
                    signal: s,
                };
                match signal.matcher {
                    Matcher::Body(literal) => {
                        patterns.push(literal);
                        body_signals.push(at);
                    }
                    Matcher::Header(name)
                    | Matcher::HeaderIs(name, _)
                    | Matcher::HeaderPrefix(name, _)
                    | Matcher::HeaderContains(name, _) => header_signals
                        .entry(name.to_ascii_lowercase())
                        .or_default()
                        .push(at),
                    Matcher::Reason(_) | Matcher::Status(..) => status_signals.push(at),
                    Matcher::JsonKeys(_) | Matcher::JsonIs(..) => json_signals.push(at),
                }
            }
        }
        let body = AhoCorasick::new(&patterns).ok();
        Index {
            products,
            body,
            body_signals,
            header_signals,
            status_signals,
            json_signals,
        }
    })
}

fn signal(at: SignalRef) -> Option<(&'static Product, &'static Signal)> {
    let product = *index().products.get(at.product)?;
    Some((product, product.signals.get(at.signal)?))
}

/// Collects every matching signal as evidence, in input order.
fn collect_evidence(subject: &Subject) -> Vec<Evidence> {
    let index = index();
    let mut evidence = Vec::new();
    let mut push = |at: SignalRef, span: Span, signal_text: String| {
        if let Some((product, signal)) = signal(at) {
            evidence.push(Evidence {
                signal: signal_text,
                product: product.id,
                generated: signal.shows == Shows::Generated,
                weight: signal.weight,
                span,
                source: signal.source,
            });
        }
    };

    if let Some(span) = subject.status_span {
        for &at in &index.status_signals {
            let Some((_, s)) = signal(at) else { continue };
            match (s.matcher, subject.code, subject.reason) {
                (Matcher::Reason(r), _, Some(reason)) if r == reason => {
                    push(at, span, format!("reason phrase \"{reason}\""));
                }
                (Matcher::Status(lo, hi), Some(code), _) if (lo..=hi).contains(&code) => {
                    push(at, span, format!("status {code}"));
                }
                _ => {}
            }
        }
    }

    for header in subject.headers {
        let Some(refs) = index
            .header_signals
            .get(header.name.to_ascii_lowercase().as_str())
        else {
            continue;
        };
        for &at in refs {
            let Some((_, s)) = signal(at) else { continue };
            if header_matches(s.matcher, &header.value) {
                push(
                    at,
                    header.span,
                    format!("{}: {}", header.name, header.value),
                );
            }
        }
    }

    // One pass over the body; each pattern counts once (its first occurrence).
    let body = subject
        .input
        .get(subject.body_span.start..subject.body_span.end)
        .unwrap_or_default();
    let mut seen = vec![false; index.body_signals.len()];
    let matches = index
        .body
        .iter()
        .flat_map(|ac| ac.find_overlapping_iter(body));
    for found in matches {
        let i = found.pattern().as_usize();
        if seen.get(i).copied().unwrap_or(true) {
            continue;
        }
        if let Some(flag) = seen.get_mut(i) {
            *flag = true;
        }
        let Some(&at) = index.body_signals.get(i) else {
            continue;
        };
        let span = Span::new(
            subject.body_span.start + found.start(),
            subject.body_span.start + found.end(),
        );
        let text =
            String::from_utf8_lossy(body.get(found.start()..found.end()).unwrap_or_default());
        push(at, span, format!("body contains \"{text}\""));
    }

    if matches!(subject.body_kind, BodyKind::Json | BodyKind::ProblemJson)
        && subject.body.len() <= JSON_SHAPE_LIMIT
    {
        if let Ok(json) = serde_json::from_slice::<serde_json::Value>(subject.body) {
            for &at in &index.json_signals {
                let Some((_, s)) = signal(at) else { continue };
                if let Some(text) = json_matches(s.matcher, &json) {
                    push(at, subject.body_span, text);
                }
            }
        }
    }
    evidence.sort_by_key(|e| e.span.start);
    evidence
}

/// The evidence text when a JSON-shape matcher matches.
fn json_matches(matcher: Matcher, json: &serde_json::Value) -> Option<String> {
    match matcher {
        Matcher::JsonKeys(pointers) => pointers
            .iter()
            .all(|p| json.pointer(p).is_some())
            .then(|| format!("JSON body has {}", pointers.join(", "))),
        Matcher::JsonIs(pointer, expected) => {
            let value = json.pointer(pointer)?;
            let matches = match value {
                serde_json::Value::String(s) => s == expected,
                other => other.to_string().as_str() == expected,
            };
            matches.then(|| format!("JSON body has {pointer} = {expected}"))
        }
        _ => None,
    }
}

fn header_matches(matcher: Matcher, value: &str) -> bool {
    let value = value.trim();
    match matcher {
        Matcher::Header(_) => true,
        Matcher::HeaderIs(_, expected) => value.eq_ignore_ascii_case(expected),
        Matcher::HeaderPrefix(_, prefix) => value
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix)),
        Matcher::HeaderContains(_, needle) => value
            .to_ascii_lowercase()
            .contains(&needle.to_ascii_lowercase()),
        Matcher::Body(_)
        | Matcher::Reason(_)
        | Matcher::Status(..)
        | Matcher::JsonKeys(_)
        | Matcher::JsonIs(..) => false,
    }
}

/// Per-product tally: independent signals combine as 1 - Π(1 - w).
#[derive(Default, Clone, Copy)]
struct Tally {
    generated: f32,
    on_path: f32,
}

impl Tally {
    fn add(&mut self, evidence: &Evidence) {
        let slot = if evidence.generated {
            &mut self.generated
        } else {
            &mut self.on_path
        };
        *slot = 1.0 - (1.0 - *slot) * (1.0 - evidence.weight.clamp(0.0, 1.0));
    }

    /// Being on the path strengthens a product that has evidence of generating the response,
    /// but never makes a generator on its own.
    fn score(self) -> f32 {
        if self.generated <= 0.0 {
            0.0
        } else {
            1.0 - (1.0 - self.generated) * (1.0 - 0.5 * self.on_path)
        }
    }
}

/// Below this, a product's evidence is not enough to name it.
const DECIDE: f32 = 0.5;

pub fn attribute(subject: &Subject) -> Origin {
    let evidence = collect_evidence(subject);
    let mut tallies: Vec<(&'static Product, Tally)> = Vec::new();
    for e in &evidence {
        let Some(product) = index().products.iter().copied().find(|p| p.id == e.product) else {
            continue;
        };
        match tallies.iter_mut().find(|(p, _)| p.id == product.id) {
            Some((_, tally)) => tally.add(e),
            None => {
                let mut tally = Tally::default();
                tally.add(e);
                tallies.push((product, tally));
            }
        }
    }

    let best = tallies
        .iter()
        .map(|&(p, t)| (p, t.score()))
        .filter(|&(_, score)| score > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1));

    let app_body = matches!(subject.body_kind, BodyKind::Json | BodyKind::ProblemJson);
    let (kind, generator, confidence): (OriginKind, Option<&'static Product>, f32) = match best {
        Some((product, score)) if score >= DECIDE => (
            if product.is_app() {
                OriginKind::App
            } else {
                OriginKind::Proxy
            },
            Some(product),
            score,
        ),
        // Some app evidence, no proxy page: the app, with the confidence it has.
        Some((product, score)) if product.is_app() => {
            (OriginKind::App, Some(product), score.max(0.4))
        }
        // A JSON error body with nothing that marks it as a proxy's own reply is the app's.
        _ if app_body => (OriginKind::App, None, 0.55),
        _ => (OriginKind::Unknown, None, 0.0),
    };

    let mut relays: Vec<Relay> = tallies
        .iter()
        .filter(|(p, _)| !p.is_app())
        .map(|&(p, _)| p)
        .chain(generator.filter(|g| !g.is_app()))
        .fold(Vec::<&'static Product>::new(), |mut seen, p| {
            if !seen.iter().any(|q| q.id == p.id) {
                seen.push(p);
            }
            seen
        })
        .into_iter()
        .map(|p| Relay {
            product: p.id,
            name: p.name,
            kind: OriginKind::Proxy,
        })
        .collect();
    relays.sort_by_key(|r| {
        index()
            .products
            .iter()
            .find(|p| p.id == r.product)
            .map_or(Layer::App, |p| p.layer)
    });

    Origin {
        kind,
        generator: match (kind, generator) {
            (_, Some(p)) => Some(p.id),
            (OriginKind::App, None) => Some("unknown-app"),
            _ => None,
        },
        generator_name: generator.map(|p| p.name),
        confidence: (confidence * 100.0).round() / 100.0,
        evidence,
        relays,
    }
}
