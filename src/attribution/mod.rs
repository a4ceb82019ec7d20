//! Who generated the response: the fingerprint tables matched in one pass, evidence with byte
//! ranges, and a score per product that decides `origin`.
//!
//! Invariants: matching is linear in the input (one scan over the body; each signal evaluated at
//! most once); the tables are `static` data, prepared once per process.
//! A weak or conflicting picture gives `unknown`, never a confident guess.
//!
//! Lists are built by loops rather than `collect()`: a collect over its own iterator type is a
//! function of its own in the wasm module (about 200 bytes each, measured).

pub(crate) mod features;
pub(crate) mod matching;

use std::borrow::Cow;

use crate::body_scan::BodyScan;
use crate::report::{
    BodyKind, Evidence, Header, Origin, OriginKind, Reason, Relay, Span, StackSeen,
};
pub(crate) use matching::body_literals;
use matching::{collect, index, Matches};
use resplain_tables::product::{Layer, Product};
use resplain_tables::stacks::Stack;

/// What attribution looks at: the final response.
pub(crate) struct Subject<'a> {
    pub code: Option<u16>,
    pub reason: Option<&'a str>,
    /// The registered reason phrase of `code`.
    pub standard_reason: Option<&'a str>,
    /// `1.1`, `2`…
    pub version: Option<&'a str>,
    pub status_span: Option<Span>,
    pub headers: &'a [Header],
    pub body_span: Span,
    /// The body after de-chunking.
    pub body: &'a [u8],
    pub body_kind: BodyKind,
    /// The head announces a body the paste does not have (`curl -I`, a HEAD request, copied
    /// headers): what the body would show is unknown, not empty.
    pub body_missing: bool,
    /// The head is as the server wrote it: its names' case and order are evidence (false for a
    /// client library's printout, which lowercases and sorts them).
    pub head_as_sent: bool,
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
    let refines = crate::knowledge::get().refines;
    // A mark of its own: a signal whose words the base's evidence does not hold too.
    let shared = |e: &Evidence| {
        evidence
            .iter()
            .any(|b| b.product == base.id && b.signal == e.signal)
    };
    // The strongest own mark wins (the last of equals).
    let mut pick: Option<(&'static Product, Tally, f32)> = None;
    for &(derived, tally) in tallies {
        if !index().may_refine(derived) || !refines.contains(&(derived.id, base.id)) {
            continue;
        }
        let mark = evidence
            .iter()
            .filter(|e| e.product == derived.id && !shared(e))
            .map(|e| e.weight)
            .fold(0.0f32, f32::max);
        if mark > 0.0 && !pick.is_some_and(|(_, _, m)| m > mark) {
            pick = Some((derived, tally, mark));
        }
    }
    pick.map_or(best, |(derived, tally, _)| {
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
        // The strongest claimant of the line (the last of equals).
        let mut owner: Option<(&Evidence, (bool, f32, f32))> = None;
        for other in evidence.iter().filter(|o| !o.generated && o.span == e.span) {
            let strength = claim_strength(other);
            if !owner.is_some_and(|(_, best)| best > strength) {
                owner = Some((other, strength));
            }
        }
        let owner = owner.map(|(o, _)| o);
        if !product.is_app() && owner.is_some_and(|o| o.product == product.id) {
            hops.push(product);
        }
    }
    hops.extend(generator.filter(|g| !g.is_app()));
    // Each hop once, but a product refined by another present in the chain (the same hop).
    let refines = crate::knowledge::get().refines;
    // Natively sized once (the wasm module grows them, for its size).
    let mut unique: Vec<&'static Product> = match crate::FAST {
        true => Vec::with_capacity(hops.len()),
        false => Vec::new(),
    };
    for &p in &hops {
        // (Natively, most products are the base of no pair.)
        let refined = (!crate::FAST || index().may_be_refined(p))
            && refines
                .iter()
                .any(|(derived, base)| *base == p.id && hops.iter().any(|q| q.id == *derived));
        if !refined && !unique.iter().any(|q| q.id == p.id) {
            unique.push(p);
        }
    }
    // One hop has no order to find (and a chain of one is the usual case: its own function, which
    // V8 then does not compile).
    if unique.len() > 1 {
        order_hops(&mut unique, evidence, headers);
    }
    let mut relays = match crate::FAST {
        true => Vec::with_capacity(unique.len()),
        false => Vec::new(),
    };
    for p in unique {
        relays.push(Relay {
            product: p.id,
            name: p.name,
            kind: OriginKind::Proxy,
            layer: p.layer,
        });
    }
    relays
}

/// Outer layers first; within a layer, the hop the Via list names first.
#[inline(never)]
fn order_hops(unique: &mut Vec<&'static Product>, evidence: &[Evidence], headers: &[Header]) {
    // Via entries in order, earliest (nearest the origin) first.
    let mut entries: Vec<&str> = Vec::new();
    for h in headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("via"))
    {
        for entry in h.value.split(',') {
            entries.push(entry.trim());
        }
    }
    // The signal's words hold the entry, ASCII case aside.
    let holds = |signal: &str, entry: &str| {
        entry.is_empty()
            || signal
                .as_bytes()
                .windows(entry.len())
                .any(|w| w.eq_ignore_ascii_case(entry.as_bytes()))
    };
    let via_rank = |product: &Product| -> usize {
        let mentioned = evidence.iter().filter(|e| e.product == product.id);
        entries
            .iter()
            .rposition(|entry| mentioned.clone().any(|e| holds(&e.signal, entry)))
            .map_or(0, |i| entries.len() - i)
    };
    crate::sort::by_key(unique, |p| {
        let rank = u32::try_from(via_rank(p)).unwrap_or(u32::MAX);
        ((p.layer as u64) << 32) | u64::from(u32::MAX - rank)
    });
}

/// A fingerprint of a framework that products of the other layer are built on never claims more
/// than this (below `SURE`): see `built_on_across_layers`.
const SHARED_FRAMEWORK_MAX: f32 = 0.75;
/// Below this, a product's evidence is not enough to name it.
const DECIDE: f32 = 0.5;
/// A fingerprint this strong names its product whatever else the response shows.
const SURE_FINGERPRINT: f32 = 0.75;
/// A product whose evidence is below `DECIDE` but at least this still speaks for its layer.
const WEAK: f32 = 0.25;
/// Log-odds of the layer cues needed to commit to a layer without a product (P ≈ 0.82).
const COMMIT: f32 = 1.5;
/// Log-odds below which the cues lean nowhere.
const LEAN: f32 = 0.4;
/// A verdict from layer cues alone never claims more than this.
const OPEN_WORLD_MAX: f32 = 0.9;

/// `body_scan`: the raw body's literals (`body_literals` among them).
pub(crate) fn attribute(subject: &Subject, body_scan: &BodyScan) -> Origin {
    let Matches {
        evidence,
        stack,
        cues,
        server,
    } = collect(subject, body_scan);
    // Natively room for the usual few (the wasm module grows them, for its size).
    let mut tallies: Vec<(&'static Product, Tally)> = match crate::FAST {
        true => Vec::with_capacity(4),
        false => Vec::new(),
    };
    for e in &evidence {
        // The products table is looked in once per product, not once per piece of evidence.
        // Evidence names its product by the table's own id: the same text at the same address.
        match tallies
            .iter_mut()
            .find(|(p, _)| (crate::FAST && std::ptr::eq(p.id, e.product)) || p.id == e.product)
        {
            Some((_, tally)) => tally.add(e),
            None => {
                let Some(product) = index().product(e.product) else {
                    continue;
                };
                let mut tally = Tally::default();
                tally.add(e);
                tallies.push((product, tally));
            }
        }
    }

    // The best-supported product (the last of equals).
    let mut best: Option<(&'static Product, f32)> = None;
    for &(p, t) in &tallies {
        let score = t.score();
        if score > 0.0 && !best.is_some_and(|(_, b)| b > score) {
            best = Some((p, score));
        }
    }
    let best = best.map(|best| refine(best, &tallies, &evidence));

    // What every response shows about its layer, whoever the product: the cues, the stack's
    // lean, and a product's evidence too weak to name it.
    let mut reasons: Vec<Reason> = cues;
    let stack_seen = stack.map(|(stack, evidence)| {
        if let Some((layer, weight)) = stack.lean {
            reasons.push(Reason {
                says: stack_says(stack, layer),
                toward: layer_kind(layer),
                weight,
                span: evidence.first().map(|e| e.span).unwrap_or_default(),
                cite: evidence.first().map(|e| e.cite),
            });
        }
        StackSeen {
            id: stack.id,
            name: stack.name,
            evidence,
        }
    });
    // The product a Server header names, when a product's signal claimed that header (every
    // product with evidence has its tally).
    let server_product = server.and_then(|h| {
        evidence
            .iter()
            .filter(|e| e.span == h.span)
            .find_map(|e| tallies.iter().find(|(p, _)| p.id == e.product))
            .map(|&(p, _)| p)
    });

    // A fingerprint short of sure does not name the product over a Server header that names
    // software the tables do not know: that server more likely wrote its own generic answer
    // (a Go proxy's "Bad Gateway" is Traefik's words too). Its marks still lean the layer.
    let server_unknown = server.is_some() && server_product.is_none();
    let contradicted = |score: f32| server_unknown && score < SURE_FINGERPRINT;
    if let Some((product, score)) = best.filter(|&(_, score)| {
        (WEAK..DECIDE).contains(&score) || (score >= DECIDE && contradicted(score))
    }) {
        reasons.push(weak_marks(product, score, &evidence));
    }
    // A Server header that names an application server or framework got through untouched: no
    // layer in front rewrote it, and the application's stack wrote this head.
    if let Some(app) = server_product.filter(|p| p.is_app()) {
        reasons.push(Reason {
            says: app_server_says(app),
            toward: OriginKind::App,
            weight: 1.0,
            span: server.map(|h| h.span).unwrap_or_default(),
            cite: None,
        });
    }
    crate::sort::by_key(&mut reasons, |r| {
        // Positive floats order as their bits do.
        u64::from(u32::MAX - r.weight.max(0.0).to_bits())
    });
    let logit: f32 = reasons
        .iter()
        .map(|r| {
            if r.toward == OriginKind::Proxy {
                r.weight
            } else {
                -r.weight
            }
        })
        .sum();

    let decided = best.filter(|&(_, score)| score >= DECIDE && !contradicted(score));
    let (kind, generator, confidence, basis): (OriginKind, Named, f32, &'static str) =
        if let Some((product, score)) = decided {
            (
                if product.is_app() {
                    OriginKind::App
                } else {
                    OriginKind::Proxy
                },
                Named::Product(product),
                if built_on_across_layers(product) {
                    score.min(SHARED_FRAMEWORK_MAX)
                } else {
                    score
                },
                "fingerprint",
            )
        } else if logit >= COMMIT {
            let named = match (server_product, server) {
                (Some(p), _) if !p.is_app() => Named::Product(p),
                (None, Some(h)) => Named::Token(h.value.trim()),
                _ => match best {
                    Some((p, score)) if !p.is_app() && score >= WEAK => Named::Product(p),
                    _ => Named::Nobody,
                },
            };
            let basis = if matches!(named, Named::Token(_)) {
                "server-token"
            } else {
                "layer-cues"
            };
            (
                OriginKind::Proxy,
                named,
                probability(logit).min(OPEN_WORLD_MAX),
                basis,
            )
        } else if logit <= -COMMIT {
            let named = match (best, server_product) {
                (Some((p, score)), _) if p.is_app() && score >= WEAK => Named::Product(p),
                (_, Some(p)) if p.is_app() => Named::Product(p),
                _ => Named::UnknownApp,
            };
            (
                OriginKind::App,
                named,
                probability(-logit).min(OPEN_WORLD_MAX),
                "layer-cues",
            )
        } else {
            (OriginKind::Unknown, Named::Nobody, 0.0, "none")
        };
    let likely = match kind {
        OriginKind::Unknown if logit >= LEAN => OriginKind::Proxy,
        OriginKind::Unknown if logit <= -LEAN => OriginKind::App,
        other => other,
    };

    let generator_product = match generator {
        Named::Product(p) => Some(p),
        _ => None,
    };
    let relays = relay_chain(generator_product, &tallies, &evidence, subject.headers);
    let (id, name, known) = match generator {
        Named::Product(p) => (Some(Cow::Borrowed(p.id)), Some(Cow::Borrowed(p.name)), true),
        Named::Token(token) => {
            let (id, name) = token_id(token);
            (Some(Cow::Owned(id)), Some(Cow::Owned(name)), false)
        }
        Named::UnknownApp => (Some(Cow::Borrowed("unknown-app")), None, false),
        Named::Nobody => (None, None, false),
    };
    // Sure or not by the confidence as shown (two decimals): "80% confidence" is never hedged.
    let confidence = (confidence * 100.0).round() / 100.0;
    let sure = basis == "fingerprint" && confidence >= SURE;
    let verdict = verdict(kind, likely, basis, sure, name.as_deref(), &reasons);
    Origin {
        kind,
        generator: id,
        generator_name: name,
        known,
        confidence,
        verdict,
        sure,
        likely,
        basis,
        server: server.map(|h| h.value.trim().to_owned()),
        stack: stack_seen,
        reasons,
        evidence,
        relays,
    }
}

/// What a stack's lean says: natively the words written once per stack, borrowed (the module
/// writes them for each response, for its size).
fn stack_says(stack: &'static Stack, layer: Layer) -> Cow<'static, str> {
    let says = |stack: &Stack, layer: Layer| {
        words(&[
            "the head is written the way ",
            stack.name,
            " writes it, which usually serves ",
            if layer == Layer::App {
                "the application"
            } else {
                "a proxy"
            },
        ])
    };
    if !crate::FAST {
        return Cow::Owned(says(stack, layer));
    }
    static SAYS: std::sync::OnceLock<Vec<Option<&'static str>>> = std::sync::OnceLock::new();
    let stacks = index().stacks;
    let all = SAYS.get_or_init(|| {
        let mut all = Vec::with_capacity(stacks.len());
        for s in stacks {
            all.push(s.lean.map(|(layer, _)| &*says(s, layer).leak()));
        }
        all
    });
    // The stack's place in the table, from its address (checked: the same stack, the same lean).
    let place = (stack as *const Stack as usize)
        .checked_sub(stacks.as_ptr() as usize)
        .map(|offset| offset / std::mem::size_of::<Stack>());
    let listed = place.and_then(|at| Some((stacks.get(at)?, all.get(at).copied()??)));
    match listed {
        Some((listed, said))
            if std::ptr::eq(listed, stack) && stack.lean.map(|l| l.0) == Some(layer) =>
        {
            Cow::Borrowed(said)
        }
        _ => Cow::Owned(says(stack, layer)),
    }
}

/// What a Server header naming application `app` says: natively the words written once per
/// product, borrowed (the module writes them for each response, for its size).
fn app_server_says(app: &'static Product) -> Cow<'static, str> {
    let says = |app: &Product| {
        words(&[
            "the Server header names ",
            app.name,
            ", an application server or framework",
        ])
    };
    if !crate::FAST {
        return Cow::Owned(says(app));
    }
    static SAYS: std::sync::OnceLock<Vec<Option<&'static str>>> = std::sync::OnceLock::new();
    let products = index().products;
    let all = SAYS.get_or_init(|| {
        let mut all = Vec::with_capacity(products.len());
        for p in products {
            all.push(p.is_app().then(|| &*says(p).leak()));
        }
        all
    });
    // The product's place in the table, from its address (checked: the same product).
    let place = (app as *const Product as usize)
        .checked_sub(products.as_ptr() as usize)
        .map(|offset| offset / std::mem::size_of::<Product>());
    let listed = place.and_then(|at| Some((products.get(at)?, all.get(at).copied()??)));
    match listed {
        Some((listed, said)) if std::ptr::eq(listed, app) => Cow::Borrowed(said),
        _ => Cow::Owned(says(app)),
    }
}

// The reasons below are functions of their own, out of `attribute`: V8 compiles a wasm function
// when it is first called, so a response that shows none of them does not compile them.

/// A product's marks, too weak to name it, as a reason for its layer.
#[inline(never)]
fn weak_marks(product: &Product, score: f32, evidence: &[Evidence]) -> Reason {
    Reason {
        says: Cow::Owned(words(&[
            "some marks of ",
            product.name,
            " (",
            if product.is_app() {
                "an application framework"
            } else {
                "a proxy"
            },
            "), too few to name it",
        ])),
        toward: if product.is_app() {
            OriginKind::App
        } else {
            OriginKind::Proxy
        },
        weight: 2.0 * score,
        span: evidence
            .iter()
            .find(|e| e.product == product.id)
            .map(|e| e.span)
            .unwrap_or_default(),
        cite: None,
    }
}

/// Below this, a verdict is worded as probable (`Origin::sure`).
const SURE: f32 = 0.8;

/// `pieces` one after another, in a string of their length: `format!`'s machinery costs more
/// than the words.
fn words(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    pieces.iter().for_each(|p| out.push_str(p));
    out
}

/// The verdict in one sentence, worded as sure as the evidence is. Out of line: the module is
/// smaller so (measured).
#[inline(never)]
fn verdict(
    kind: OriginKind,
    likely: OriginKind,
    basis: &str,
    sure: bool,
    name: Option<&str>,
    reasons: &[Reason],
) -> String {
    // The two strongest reasons for the layer decided (or leaned to), in words.
    let toward = if kind == OriginKind::Unknown {
        likely
    } else {
        kind
    };
    let mut said = reasons.iter().filter(|r| r.toward == toward);
    let first = said.next().map_or("", |r| &r.says);
    let (between, second) = said.next().map_or(("", ""), |r| ("; ", &r.says));
    match (kind, name) {
        (OriginKind::Proxy, Some(name)) if sure => {
            words(&["Generated by ", name, " (proxy) — not your app"])
        }
        (OriginKind::Proxy, Some(name)) if basis == "fingerprint" => {
            words(&["Probably generated by ", name, " (proxy), not your app"])
        }
        (OriginKind::Proxy, Some(name)) if basis == "server-token" => words(&[
            "Probably ",
            name,
            ", a server in front of your app that resplain does not know: ",
            first,
            between,
            second,
        ]),
        (OriginKind::Proxy, Some(name)) => words(&[
            "Probably ",
            name,
            ", in front of your app (not your app): ",
            first,
            between,
            second,
        ]),
        (OriginKind::Proxy, None) => words(&[
            "Probably a proxy or load balancer in front of your app: ",
            first,
            between,
            second,
        ]),
        (OriginKind::App, Some(name)) if sure => {
            words(&["Generated by the application (", name, ")"])
        }
        (OriginKind::App, Some(name)) if basis == "fingerprint" => {
            words(&["Probably generated by the application (", name, ")"])
        }
        (OriginKind::App, _) => words(&["Probably the application: ", first, between, second]),
        (OriginKind::Unknown, _) if likely != OriginKind::Unknown => words(&[
            "Not enough to tell which layer generated this; it leans to ",
            if likely == OriginKind::Proxy {
                "a proxy in front of the app"
            } else {
                "the application"
            },
            ": ",
            first,
            between,
            second,
        ]),
        (OriginKind::Unknown, _) => {
            words(&["Not enough to tell which layer generated this response"])
        }
    }
}

/// Whether a product of the other layer is built on `product` (`products::REFINES`: Express
/// Gateway and http-proxy-middleware, in front of an app, on Express). The framework's own pages
/// then come from either layer with the same bytes (Express Gateway's 404 is Express's
/// `Cannot GET`): its marks name the framework, not the layer, so the verdict stays probable.
/// A derived product's own marks name it instead (`refine`).
fn built_on_across_layers(product: &Product) -> bool {
    index().may_be_refined(product)
        && crate::knowledge::get()
            .refines
            .iter()
            .filter(|(_, base)| *base == product.id)
            .any(|(derived, _)| {
                index()
                    .product(derived)
                    .is_some_and(|d| d.is_app() != product.is_app())
            })
}

/// Who the verdict names.
#[derive(Clone, Copy)]
enum Named<'a> {
    Product(&'static Product),
    /// Software the tables do not know, named by its Server header.
    Token(&'a str),
    UnknownApp,
    Nobody,
}

fn layer_kind(layer: Layer) -> OriginKind {
    if layer == Layer::App {
        OriginKind::App
    } else {
        OriginKind::Proxy
    }
}

/// The logistic function, 1 / (1 + e^-logit). `e^x` is computed here (2^k times a Taylor series
/// for what remains, in f64: within 1e-12 of the exact value) because libm's `expf`, its only use,
/// is about 500 bytes of the wasm module (measured: −160 B brotli).
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "k + 1023 is a whole number in 13..=2033 (x is clamped), and the probability fits an f32"
)]
fn probability(logit: f32) -> f32 {
    let x = f64::from(-logit).clamp(-700.0, 700.0);
    let k = (x * std::f64::consts::LOG2_E + 0.5).floor();
    let r = x - k * std::f64::consts::LN_2;
    // |r| ≤ ln 2 / 2: ten terms leave an error below 1e-12.
    let (mut term, mut e_r) = (1.0, 1.0);
    for n in 1..=10 {
        term *= r / f64::from(n);
        e_r += term;
    }
    let two_k = f64::from_bits(((k + 1023.0) as u64) << 52);
    (1.0 / (1.0 + e_r * two_k)) as f32
}

/// A generator id and name from a Server header's first product token (`h2o/2.2.5` → `h2o`;
/// `Microsoft-HTTPAPI/2.0` → `microsoft-httpapi`): lowercase kebab-case, as the tables' ids.
#[inline(never)]
fn token_id(server: &str) -> (String, String) {
    // The first token between the separators, all ASCII: the slices fall on characters.
    let bytes = server.as_bytes();
    let separator = |b: &u8| matches!(b, b'/' | b' ' | b'(' | b';');
    let start = bytes.iter().position(|b| !separator(b));
    let name = start
        .and_then(|start| {
            let len = bytes.get(start..)?.iter().position(separator);
            server.get(start..len.map_or(server.len(), |len| start + len))
        })
        .unwrap_or(server);
    // Each run of other bytes than ASCII letters and digits (a character's bytes among them)
    // as one `-`.
    let mut id = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() {
            id.push(char::from(b.to_ascii_lowercase()));
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        id.push_str("unknown-server");
    }
    (id, name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Express has a gateway and a proxy built on it; nginx's derived products are proxies like
    /// itself; NestJS, built on Express, is an application like it.
    /// Within two f32 roundings of libm's, over the logits verdicts use and far beyond.
    #[test]
    fn probability_matches_libm() {
        for i in -4000..=4000 {
            let logit = i as f32 / 100.0;
            let libm = 1.0 / (1.0 + (-logit).exp());
            let ours = probability(logit);
            assert!(
                (ours - libm).abs() <= 2.0 * f32::EPSILON * libm,
                "{logit}: {ours} vs {libm}"
            );
        }
    }

    /// A Server header naming an application says, borrowed natively, what its words say.
    #[test]
    fn app_servers_say_their_words() {
        for app in index().products.iter().filter(|p| p.is_app()) {
            let words = words(&[
                "the Server header names ",
                app.name,
                ", an application server or framework",
            ]);
            assert_eq!(app_server_says(app), words, "{}", app.id);
        }
    }

    /// A stack's lean says, borrowed natively, what its words say.
    #[test]
    fn stacks_say_their_words() {
        for stack in index().stacks {
            for layer in [Layer::App, Layer::Proxy] {
                let words = words(&[
                    "the head is written the way ",
                    stack.name,
                    " writes it, which usually serves ",
                    if layer == Layer::App {
                        "the application"
                    } else {
                        "a proxy"
                    },
                ]);
                assert_eq!(stack_says(stack, layer), words, "{}", stack.id);
            }
        }
    }

    #[test]
    fn server_tokens_name_generators() {
        let token = |server: &str| {
            let (id, name) = token_id(server);
            (id.leak() as &str, name.leak() as &str)
        };
        assert_eq!(token("h2o/2.2.5"), ("h2o", "h2o"));
        assert_eq!(
            token("Microsoft-HTTPAPI/2.0"),
            ("microsoft-httpapi", "Microsoft-HTTPAPI")
        );
        assert_eq!(token(" (Ubuntu;x"), ("ubuntu", "Ubuntu"));
        assert_eq!(token("ÄBC-é x"), ("bc", "ÄBC-é"));
        assert_eq!(token("Ünï"), ("n", "Ünï"));
        assert_eq!(token("/;("), ("unknown-server", "/;("));
    }

    #[test]
    fn frameworks_built_on_across_layers() {
        let product = |id: &str| index().products.iter().find(|p| p.id == id).unwrap();
        assert!(built_on_across_layers(product("express")));
        assert!(!built_on_across_layers(product("nginx")));
        assert!(!built_on_across_layers(product("nestjs")));
        assert!(!built_on_across_layers(product("express-gateway")));
    }
}
