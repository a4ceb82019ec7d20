//! Who generated the response: the fingerprint tables matched in one pass, evidence with byte
//! ranges, and a score per product that decides `origin`.
//!
//! Invariants: matching is linear in the input (one scan over the body; each signal evaluated at
//! most once); the tables are `static` data, prepared once per process.
//! A weak or conflicting picture gives `unknown`, never a confident guess.

pub(crate) mod matching;

use crate::report::{BodyKind, Evidence, Header, Origin, OriginKind, Relay, Span};
use matching::{collect_evidence, index};
use resplain_tables::product::Product;
use resplain_tables::products;

/// What attribution looks at: the final response.
pub(crate) struct Subject<'a> {
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

    /// Being on the path strengthens a product in proportion to its own evidence of generating the
    /// response (a weak body marker plus relay headers may reach the threshold, a trace may not),
    /// and never makes a generator on its own.
    fn score(self) -> f32 {
        let g = self.generated;
        g + (1.0 - g) * 0.5 * self.on_path * g
    }
}

/// Swaps the best product for a product built on it (`products::REFINES`) when the response also
/// shows a mark of the derived product's own (a signal the base product does not share): istio's
/// `server: istio-envoy` on an Envoy local reply. The derived product inherits the base's evidence
/// of generating the response, so its table need not repeat the base's signals. Among several
/// derived candidates, the one with the strongest own mark wins.
fn refine(
    best: (&'static Product, f32),
    tallies: &[(&'static Product, Tally)],
    evidence: &[Evidence],
) -> (&'static Product, f32) {
    let (base, base_score) = best;
    let base_signals: Vec<&str> = evidence
        .iter()
        .filter(|e| e.product == base.id)
        .map(|e| e.signal.as_str())
        .collect();
    let own_mark = |derived: &str| {
        evidence
            .iter()
            .filter(|e| e.product == derived && !base_signals.contains(&e.signal.as_str()))
            .map(|e| e.weight)
            .fold(0.0f32, f32::max)
    };
    tallies
        .iter()
        .filter(|(derived, _)| products::REFINES.contains(&(derived.id, base.id)))
        .map(|&(derived, tally)| (derived, tally, own_mark(derived.id)))
        .filter(|&(_, _, mark)| mark > 0.0)
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .map_or(best, |(derived, tally, _)| {
            (derived, tally.score().max(base_score))
        })
}

/// The layers the response shows it passed through, outermost (nearest the client) first.
///
/// Each header line stands for one hop: when several products claim the same line (`Via: 1.1
/// google` fits Google's front end, its load balancer and Cloud Run), the generator or the
/// best-supported claimant keeps it. A product refined by another present in the chain (envoy under
/// istio) is the same hop and is dropped. Order: edge, then gateways, then proxies; within a layer,
/// the order of the `Via` header (whose last entry is nearest the client).
fn relay_chain(
    generator: Option<&'static Product>,
    tallies: &[(&'static Product, Tally)],
    evidence: &[Evidence],
    headers: &[Header],
) -> Vec<Relay> {
    let score = |id: &str| {
        tallies
            .iter()
            .find(|(p, _)| p.id == id)
            .map_or(0.0, |(_, t)| t.score())
    };
    let claim_strength = |e: &Evidence| {
        let is_generator = generator.is_some_and(|g| g.id == e.product);
        (is_generator, score(e.product), e.weight)
    };
    let mut hops: Vec<&'static Product> = Vec::new();
    for e in evidence.iter().filter(|e| !e.generated) {
        let Some(&(product, _)) = tallies.iter().find(|(p, _)| p.id == e.product) else {
            continue;
        };
        let owner = evidence
            .iter()
            .filter(|other| !other.generated && other.span == e.span)
            .max_by(|a, b| {
                claim_strength(a)
                    .partial_cmp(&claim_strength(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if !product.is_app() && owner.is_some_and(|o| o.product == product.id) {
            hops.push(product);
        }
    }
    hops.extend(generator.filter(|g| !g.is_app()));
    hops.dedup_by_key(|p| p.id);
    let present: Vec<&str> = hops.iter().map(|p| p.id).collect();
    hops.retain(|p| {
        !products::REFINES
            .iter()
            .any(|(derived, base)| *base == p.id && present.contains(derived))
    });
    let mut unique: Vec<&'static Product> = Vec::new();
    for p in hops {
        if !unique.iter().any(|q| q.id == p.id) {
            unique.push(p);
        }
    }

    let via_rank = |product: &Product| -> usize {
        // Entries in order, earliest (nearest the origin) first.
        let entries: Vec<String> = headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("via"))
            .flat_map(|h| h.value.split(','))
            .map(|entry| entry.trim().to_ascii_lowercase())
            .collect();
        let mentioned = evidence.iter().filter(|e| e.product == product.id);
        entries
            .iter()
            .rposition(|entry| {
                mentioned
                    .clone()
                    .any(|e| crate::search::contains(&e.signal.to_ascii_lowercase(), entry))
            })
            .map_or(0, |i| entries.len() - i)
    };
    // Outer layers first; within a layer, the hop the Via list names first.
    crate::sort::by_key(&mut unique, |p| {
        let rank = u32::try_from(via_rank(p)).unwrap_or(u32::MAX);
        ((p.layer as u64) << 32) | u64::from(u32::MAX - rank)
    });
    unique
        .into_iter()
        .map(|p| Relay {
            product: p.id,
            name: p.name,
            kind: OriginKind::Proxy,
        })
        .collect()
}

/// Below this, a product's evidence is not enough to name it.
const DECIDE: f32 = 0.5;
/// An app framework whose evidence is below `DECIDE` but at least this is still named, when no
/// proxy has evidence of generating the response (frameworks often leave few marks).
const NAME_APP: f32 = 0.4;

pub(crate) fn attribute(subject: &Subject) -> Origin {
    let evidence = collect_evidence(subject);
    let mut tallies: Vec<(&'static Product, Tally)> = Vec::new();
    for e in &evidence {
        let Some(product) = index().products.iter().find(|p| p.id == e.product) else {
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
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|best| refine(best, &tallies, &evidence));

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
        // Below the threshold, an app product is named only with fair evidence of its own.
        Some((product, score)) if product.is_app() && score >= NAME_APP => {
            (OriginKind::App, Some(product), score)
        }
        // Bodies no table marks as a proxy's own reply. Proxies answer with pages and messages the
        // tables know; an unmarked JSON or plain-text error is most likely the application's, and
        // so is an empty 4xx (a verdict on the request). An unmarked empty 5xx or HTML page could
        // be anyone's.
        _ if app_body => (OriginKind::App, None, 0.55),
        _ if subject.body_kind == BodyKind::Text => (OriginKind::App, None, 0.45),
        _ if subject.body_kind == BodyKind::Empty
            && subject.code.is_some_and(|c| (400..500).contains(&c)) =>
        {
            (OriginKind::App, None, 0.4)
        }
        _ => (OriginKind::Unknown, None, 0.0),
    };

    let relays = relay_chain(generator, &tallies, &evidence, subject.headers);
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
