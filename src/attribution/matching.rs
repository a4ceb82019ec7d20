//! Matching the fingerprint tables against one response: body literals found in a single pass
//! (`scan`, a Wu–Manber scan that reports every literal's first occurrence), headers grouped by
//! name once, and only the signals whose literal, header or JSON body is present evaluated — in
//! table order, so the evidence is what evaluating every signal would give.
//!
//! Invariant: linear in the input. The scan moves at least one byte per step; each header is
//! looked up once; each signal is evaluated at most once and looks only at headers of its name.

use std::sync::OnceLock;

use super::features::{Feature, Features, DEBUG_HEAD, DEBUG_MARKERS};
use super::Subject;
use crate::body_scan::BodyScan;
use crate::json::Json;
use crate::report::{BodyKind, Evidence, Header, Span};
use crate::search::ids::Ids;
use crate::search::join;
use crate::search::wu_manber::Found;
use resplain_tables::cues::Cue;
use resplain_tables::product::{Matcher, Product, Shows, Signal};
use resplain_tables::stacks::Stack;

/// JSON bodies larger than this are not parsed for their shape (error bodies are small).
const JSON_SHAPE_LIMIT: usize = 1 << 20;

/// The tables, prepared once per process.
pub(crate) struct Index {
    pub products: &'static [Product],
    pub stacks: &'static [Stack],
    /// Every signal of every stack, with its stack's position; evaluated (those whose need is
    /// met) before products. Positions 0.. of the one numbering the groups below use.
    stack_signals: Vec<(usize, &'static Signal, Compiled)>,
    /// Every layer cue; evaluated (those whose need is met) after products, numbered after them.
    cues: Vec<(&'static Cue, Compiled)>,
    /// Every signal of every product, in table order, with its lookups resolved.
    signals: Vec<Entry>,
    /// Which signals (by position: stack signals, then product signals, then cues) can only
    /// match when a given literal is in the body, a header with a given name (or value) is
    /// present, the body is JSON, or a value of the response passes a gate; `always` are the rest.
    by_literal: Groups,
    by_header: Groups,
    /// Signals that need a header value to start with a given byte: grouped by the header's
    /// name id, each item the signal's position shifted left 8 bits, or'ed with that byte
    /// (ASCII-lowercased). A `Server` header then wakes the few signals expecting its first
    /// letter, not the dozens about any Server.
    by_value: Groups,
    json: Vec<usize>,
    /// JSON signals whose (first) pointer starts with a member name: grouped by that name's id
    /// in `json_keys`, woken by the members of a top-level object; all of them (`json_any`)
    /// when the body is another value.
    by_json_key: Groups,
    json_any: Vec<usize>,
    json_keys: Ids,
    gated: Vec<(Gate, usize)>,
    /// By position (stack signals, product signals, cues): an `All`'s other gate.
    gates: Vec<Option<Gate>>,
    always: Vec<usize>,
    /// Every distinct body literal (top-level or inside `All`): `body_scan` finds them all in one
    /// pass with the explanation's markers.
    literals: Vec<&'static str>,
    /// The literal ids of `features::DEBUG_MARKERS`, scanned with the rest.
    debug_ids: [usize; DEBUG_MARKERS.len()],
    /// Every header name a signal asks about, lowercase, by name id.
    header_names: Ids,
    /// Product ids, numbered as the products table.
    product_ids: Ids,
}

struct Entry {
    product: &'static Product,
    signal: &'static Signal,
    matcher: Compiled,
}

/// A matcher with its lookups resolved once: header names to ids, body literals to ids,
/// `HeaderContains` needles lowercased, JSON pointers split.
enum Compiled {
    Header(usize),
    /// The expected value borrowed as the table's one-element list, for `Trigger::Value`.
    HeaderIs(usize, &'static &'static str),
    HeaderPrefix(usize, &'static &'static str),
    HeaderContains(usize, Box<[u8]>),
    HeaderIn(usize, &'static [&'static str]),
    Body(usize, &'static str),
    JsonKeys(Vec<Pointer>, &'static [&'static str]),
    JsonIs(Pointer, &'static str, &'static str),
    All(Vec<Compiled>),
    /// With the id of the (lowercased) name a match needs present: the first, the last, the first.
    NamesInOrder(Option<usize>, &'static [&'static str]),
    NamesEnd(Option<usize>, &'static [&'static str]),
    NamesStart(Option<usize>, &'static [&'static str]),
    /// `None`: a name no code computes, which never matches.
    Feature(Option<Feature>, &'static str),
    /// `stack:<id>`, by position in the stacks table.
    Stack(Option<usize>, &'static str),
    /// Matchers that need no lookup, evaluated as written.
    Other(&'static Matcher),
}

/// What a signal needs to be able to match at all.
#[derive(Clone, Copy)]
enum Trigger {
    Literal(usize),
    Header(usize),
    /// A header of this name whose trimmed value starts (ASCII case aside) as one of the
    /// matcher's expected values: never an empty one, which any value starts with.
    Value(usize, &'static [&'static str]),
    /// A JSON body whose top-level object has a member of this name (by `json_keys` id).
    JsonKey(usize),
    Json,
    Gate(Gate),
    Always,
}

/// A value of the response a signal needs, checked in a few instructions before the signal is
/// evaluated (evaluating one costs about a hundred): most status, reason and whole-body signals
/// cannot match a given response.
#[derive(Clone, Copy)]
enum Gate {
    /// The status code in this range (`Matcher::Status`).
    Status(u16, u16),
    /// A reason phrase of this length (`Matcher::Reason`, which compares it whole).
    ReasonLength(usize),
    /// A trimmed body of this length (`Matcher::BodyIs`).
    BodyLength(usize),
}

impl Trigger {
    /// How few responses meet the need, roughly: a body literal is rarer than a header value,
    /// a header value than a JSON body or a header name, and those than a gate.
    fn rank(self) -> u8 {
        match self {
            Trigger::Literal(_) => 5,
            Trigger::Value(..) => 4,
            Trigger::JsonKey(_) => 4,
            Trigger::Json => 3,
            Trigger::Header(_) => 2,
            Trigger::Gate(_) => 1,
            Trigger::Always => 0,
        }
    }
}

impl Compiled {
    /// What the matcher is filed under, and for an `All`, a gate of another part, checked
    /// before it is evaluated: most `All`s woken by a header or a literal are about another
    /// status.
    fn needs(&self) -> (Trigger, Option<Gate>) {
        let trigger = self.trigger();
        let Compiled::All(all) = self else {
            return (trigger, None);
        };
        // The part filed under is the first of the best rank.
        let mut skip = Some(trigger.rank());
        for part in all.iter().map(Compiled::trigger) {
            if skip == Some(part.rank()) {
                skip = None;
            } else if let Trigger::Gate(gate) = part {
                return (trigger, Some(gate));
            }
        }
        (trigger, None)
    }

    fn trigger(&self) -> Trigger {
        fn value(name: usize, values: &'static [&'static str]) -> Trigger {
            if values.iter().any(|v| v.is_empty()) {
                Trigger::Header(name)
            } else {
                Trigger::Value(name, values)
            }
        }
        match self {
            Compiled::HeaderIs(name, expected) | Compiled::HeaderPrefix(name, expected) => {
                value(*name, std::slice::from_ref(*expected))
            }
            Compiled::HeaderIn(name, values) => value(*name, values),
            Compiled::Header(name) | Compiled::HeaderContains(name, _) => Trigger::Header(*name),
            Compiled::Body(id, _) => Trigger::Literal(*id),
            Compiled::JsonKeys(pointers, _) => pointers
                .first()
                .and_then(|p| p.first)
                .map_or(Trigger::Json, Trigger::JsonKey),
            Compiled::JsonIs(pointer, ..) => pointer.first.map_or(Trigger::Json, Trigger::JsonKey),
            // Every part must match, so any part's need is the whole's: the most selective.
            Compiled::All(all) => {
                let mut best = Trigger::Always;
                for part in all.iter().map(Compiled::trigger) {
                    if part.rank() > best.rank() {
                        best = part;
                    }
                }
                best
            }
            Compiled::NamesInOrder(Some(name), _)
            | Compiled::NamesEnd(Some(name), _)
            | Compiled::NamesStart(Some(name), _) => Trigger::Header(*name),
            Compiled::Other(Matcher::Status(lo, hi)) => Trigger::Gate(Gate::Status(*lo, *hi)),
            Compiled::Other(Matcher::Reason(reason)) => {
                Trigger::Gate(Gate::ReasonLength(reason.len()))
            }
            Compiled::Other(Matcher::BodyIs(body)) => Trigger::Gate(Gate::BodyLength(body.len())),
            Compiled::Other(_)
            | Compiled::NamesInOrder(..)
            | Compiled::NamesEnd(..)
            | Compiled::NamesStart(..)
            | Compiled::Feature(..)
            | Compiled::Stack(..) => Trigger::Always,
        }
    }
}

impl Index {
    /// The product of this id: a hash lookup, where a search of the table compared hundreds.
    pub(crate) fn product(&self, id: &str) -> Option<&'static Product> {
        let at = self.product_ids.get(id.as_bytes())?;
        self.products.get(at).filter(|p| p.id == id)
    }
}

pub(crate) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let knowledge = crate::knowledge::get();
        let products = knowledge.products;
        let mut builder = Builder {
            stacks: knowledge.stacks,
            ..Builder::default()
        };
        // One numbering for all: stack signals, then product signals, then cues, the order
        // they are evaluated in; each with its trigger and an `All`'s other gate.
        let mut needs: Vec<(Trigger, Option<Gate>)> = Vec::with_capacity(2048);
        let mut stack_signals = Vec::with_capacity(64);
        for (i, stack) in knowledge.stacks.iter().enumerate() {
            for signal in stack.signals {
                let matcher = builder.compile(&signal.matcher);
                needs.push(matcher.needs());
                stack_signals.push((i, signal, matcher));
            }
        }
        let mut signals: Vec<Entry> = Vec::with_capacity(products.len() * 8);
        for product in products {
            for signal in product.signals {
                let matcher = builder.compile(&signal.matcher);
                needs.push(matcher.needs());
                signals.push(Entry {
                    product,
                    signal,
                    matcher,
                });
            }
        }
        let mut cues = Vec::with_capacity(knowledge.cues.len());
        for cue in knowledge.cues {
            let matcher = builder.compile(&cue.matcher);
            needs.push(matcher.needs());
            cues.push((cue, matcher));
        }
        let mut gates = Vec::with_capacity(needs.len());
        let (mut literal_keys, mut header_keys, mut value_keys) =
            (Vec::new(), Vec::new(), Vec::new());
        let (mut json, mut gated, mut always) = (Vec::new(), Vec::new(), Vec::new());
        let (mut json_key_pairs, mut json_any) = (Vec::new(), Vec::new());
        for (i, &(trigger, gate)) in needs.iter().enumerate() {
            gates.push(gate);
            // Ids come from the builder, so they are in range; `always` is the safe default.
            match trigger {
                Trigger::Literal(id) if id < builder.literals.len() => literal_keys.push((id, i)),
                Trigger::Header(name) if name < builder.header_names.len() => {
                    header_keys.push((name, i));
                }
                Trigger::Value(name, values) if name < builder.header_names.len() => {
                    for v in values {
                        let first = v.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
                        value_keys.push((name, i << 8 | usize::from(first)));
                    }
                }
                Trigger::JsonKey(id) if id < builder.json_keys.len() => {
                    json_key_pairs.push((id, i));
                    json_any.push(i);
                }
                Trigger::Json => json.push(i),
                Trigger::Gate(gate) => gated.push((gate, i)),
                _ => always.push(i),
            }
        }
        // A loop, not `DEBUG_MARKERS.map`: an array's `map` is an instance of its own.
        let mut debug_ids = [0; DEBUG_MARKERS.len()];
        for (id, marker) in debug_ids.iter_mut().zip(DEBUG_MARKERS) {
            *id = builder.literal(marker);
        }
        let by_literal = Groups::new(builder.literals.len(), &literal_keys);
        let by_header = Groups::new(builder.header_names.len(), &header_keys);
        let by_value = Groups::new(builder.header_names.len(), &value_keys);
        let by_json_key = Groups::new(builder.json_keys.len(), &json_key_pairs);
        let mut product_ids = Ids::default();
        for p in products {
            product_ids.id(p.id.as_bytes());
        }
        Index {
            products,
            stacks: knowledge.stacks,
            stack_signals,
            cues,
            signals,
            by_literal,
            by_header,
            by_value,
            json,
            by_json_key,
            json_any,
            json_keys: builder.json_keys,
            gated,
            gates,
            always,
            literals: builder.literals,
            debug_ids,
            header_names: builder.header_names,
            product_ids,
        }
    })
}

#[derive(Default)]
struct Builder {
    stacks: &'static [Stack],
    literals: Vec<&'static str>,
    literal_ids: Ids,
    header_names: Ids,
    json_keys: Ids,
}

impl Builder {
    fn literal(&mut self, literal: &'static str) -> usize {
        let id = self.literal_ids.id(literal.as_bytes());
        if id == self.literals.len() {
            self.literals.push(literal);
        }
        id
    }

    fn header(&mut self, name: &'static str) -> usize {
        if !name.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.header_names.id(name.as_bytes());
        }
        // A name written with capitals is looked up lowercased on the stack; a copy is made
        // (and kept) only for a name not seen before.
        let mut buffer = [0u8; 64];
        let lower = buffer.get_mut(..name.len()).map(|lower| {
            lower.copy_from_slice(name.as_bytes());
            lower.make_ascii_lowercase();
            &*lower
        });
        match lower.and_then(|lower| self.header_names.get(lower)) {
            Some(id) => id,
            None => self
                .header_names
                .id(name.to_ascii_lowercase().into_bytes().leak()),
        }
    }

    /// A pointer, its first token numbered when it is a name as written.
    fn pointer(&mut self, pointer: &'static str) -> Pointer {
        let mut compiled = Pointer::new(pointer);
        if let Some(Token {
            key: std::borrow::Cow::Borrowed(key),
            ..
        }) = compiled.tokens.as_ref().and_then(|t| t.first())
        {
            compiled.first = Some(self.json_keys.id(key.as_bytes()));
        }
        compiled
    }

    fn compile(&mut self, matcher: &'static Matcher) -> Compiled {
        match matcher {
            Matcher::Header(name) => Compiled::Header(self.header(name)),
            Matcher::HeaderIs(name, value) => Compiled::HeaderIs(self.header(name), value),
            Matcher::HeaderPrefix(name, prefix) => {
                Compiled::HeaderPrefix(self.header(name), prefix)
            }
            Matcher::HeaderContains(name, needle) => Compiled::HeaderContains(
                self.header(name),
                needle.as_bytes().to_ascii_lowercase().into_boxed_slice(),
            ),
            Matcher::HeaderIn(name, values) => Compiled::HeaderIn(self.header(name), values),
            Matcher::Body(literal) => Compiled::Body(self.literal(literal), literal),
            Matcher::JsonKeys(pointers) => {
                let mut compiled = Vec::with_capacity(pointers.len());
                for p in *pointers {
                    compiled.push(self.pointer(p));
                }
                Compiled::JsonKeys(compiled, pointers)
            }
            Matcher::JsonIs(pointer, expected) => {
                Compiled::JsonIs(self.pointer(pointer), pointer, expected)
            }
            Matcher::All(all) => {
                let mut compiled = Vec::with_capacity(all.len());
                for m in *all {
                    compiled.push(self.compile(m));
                }
                Compiled::All(compiled)
            }
            Matcher::NamesInOrder(names) => {
                Compiled::NamesInOrder(names.first().map(|n| self.header(n)), names)
            }
            Matcher::NamesEnd(names) => {
                Compiled::NamesEnd(names.last().map(|n| self.header(n)), names)
            }
            Matcher::NamesStart(names) => {
                Compiled::NamesStart(names.first().map(|n| self.header(n)), names)
            }
            Matcher::Feature(name) => match name.strip_prefix("stack:") {
                Some(id) => Compiled::Stack(self.stacks.iter().position(|s| s.id == id), name),
                None => Compiled::Feature(Feature::named(name), name),
            },
            other => Compiled::Other(other),
        }
    }
}

/// A JSON pointer (RFC 6901) split into its tokens once.
struct Pointer {
    /// `None` for a pointer that does not start with `/` (and is not empty): it finds nothing.
    tokens: Option<Vec<Token>>,
    /// The first token's id in `Index::json_keys`, when it is borrowed from the table.
    first: Option<usize>,
}

struct Token {
    /// Borrowed from the table unless the token has an escape.
    key: std::borrow::Cow<'static, str>,
    /// The token as an array index (RFC 6901: no sign, no leading zero).
    index: Option<usize>,
}

impl Pointer {
    fn new(pointer: &'static str) -> Pointer {
        let Some(rest) = pointer.strip_prefix('/') else {
            // The empty pointer is the whole value; any other finds nothing.
            return Pointer {
                tokens: pointer.is_empty().then(Vec::new),
                first: None,
            };
        };
        // Split by hand, one token per `/` (`str::split` brings a char searcher along).
        let mut tokens = Vec::with_capacity(1 + rest.bytes().filter(|&b| b == b'/').count());
        let mut start = 0;
        for (at, b) in rest.bytes().enumerate().chain([(rest.len(), b'/')]) {
            if b != b'/' {
                continue;
            }
            let raw = rest.get(start..at).unwrap_or_default();
            start = at + 1;
            // RFC 6901 escapes; the tables' pointers seldom have one, so no search otherwise.
            let key: std::borrow::Cow<'static, str> = if crate::search::byte(raw, b'~').is_some() {
                crate::search::replace(&crate::search::replace(raw, "~1", "/"), "~0", "~").into()
            } else {
                raw.into()
            };
            let index = array_index(&key);
            tokens.push(Token { key, index });
        }
        Pointer {
            tokens: Some(tokens),
            first: None,
        }
    }

    fn get<'v, 'a>(&self, value: &'v Json<'a>) -> Option<&'v Json<'a>> {
        self.tokens
            .as_ref()?
            .iter()
            .try_fold(value, |target, token| match target {
                Json::Object(_) => target.get(&token.key),
                Json::Array(list) => token.index.and_then(|i| list.get(i)),
                _ => None,
            })
    }
}

/// A pointer's token as an array index (RFC 6901): decimal digits, no sign, no leading zero.
fn array_index(token: &str) -> Option<usize> {
    if token.len() > 1 && token.starts_with('0') {
        return None;
    }
    let mut index: Option<usize> = None;
    for b in token.bytes() {
        let digit = usize::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
        index = index.unwrap_or(0).checked_mul(10)?.checked_add(digit);
        index?;
    }
    index
}

/// What one response offers to the matchers, computed once.
struct Context<'a> {
    subject: &'a Subject<'a>,
    features: Features,
    /// The literals in the raw body, with where each first starts in it (offsets in the body).
    /// Ids past `Index::literals` are other stages' (`body_scan`): no signal is filed under them.
    body_hits: &'a Found,
    /// The headers with each signal header name, in input order, by header name id.
    /// Each header's name id (the names some signal asks about), in input order: a few
    /// headers, where a list per known name would be hundreds.
    /// With the first byte of the trimmed value, ASCII-lowercased (0 for an empty value).
    header_ids: Vec<(usize, u8, &'a Header)>,
    json: Option<Json<'a>>,
    trimmed_body: &'a [u8],
}

/// Whether the response passes `gate`.
fn open(gate: Gate, subject: &Subject, trimmed_body: &[u8]) -> bool {
    match gate {
        Gate::Status(lo, hi) => subject.code.is_some_and(|code| (lo..=hi).contains(&code)),
        Gate::ReasonLength(length) => subject.reason.is_some_and(|r| r.len() == length),
        Gate::BodyLength(length) => trimmed_body.len() == length,
    }
}

/// A matched signal: where, and what matched, put into words only for the evidence a Report
/// keeps (`What::text`): most evaluations fail, and those that succeed inside a failing `All`
/// are thrown away, so matching itself allocates nothing.
struct Hit<'a> {
    span: Span,
    what: What<'a>,
}

/// What a matcher matched, as much as its words need.
enum What<'a> {
    Header(&'a Header),
    Body(&'static str),
    BodyIs(&'static str),
    JsonKeys(&'static [&'static str]),
    JsonIs(&'static str, &'static str),
    Reason(&'a str),
    Status(u16),
    /// A phrase and the header names it is about.
    Names(&'static str, &'static [&'static str]),
    /// A feature or stack, by the name the table gives it.
    Named(&'static str),
    All(Vec<What<'a>>),
}

impl What<'_> {
    fn text(&self) -> String {
        let mut text = String::with_capacity(64);
        self.write(&mut text);
        text
    }

    /// The words appended piece by piece: `format!`'s machinery costs more than the evidence.
    fn write(&self, out: &mut String) {
        let push = |out: &mut String, pieces: &[&str]| pieces.iter().for_each(|p| out.push_str(p));
        match self {
            What::Header(h) => push(out, &[&h.name, ": ", &h.value]),
            What::Body(literal) => push(out, &["body contains \"", literal, "\""]),
            What::BodyIs("") => out.push_str("empty body"),
            What::BodyIs(literal) => push(out, &["body is exactly \"", literal, "\""]),
            What::JsonKeys(_) | What::Status(_) | What::Names(..) => self.write_listed(out),
            What::JsonIs(name, value) => push(out, &["JSON body has ", name, " = ", value]),
            What::Reason(reason) => push(out, &["reason phrase \"", reason, "\""]),
            What::Named(name) => out.push_str(name),
            What::All(parts) => {
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" and ");
                    }
                    part.write(out);
                }
            }
        }
    }

    /// The words of the kinds that join a list or write a number (out of `write`: V8 compiles
    /// it only for such evidence).
    #[inline(never)]
    fn write_listed(&self, out: &mut String) {
        let push = |out: &mut String, pieces: &[&str]| pieces.iter().for_each(|p| out.push_str(p));
        match self {
            What::JsonKeys(names) => {
                push(out, &["JSON body has ", &join(names.iter().copied(), ", ")])
            }
            What::Status(code) => push(out, &["status ", &format!("{}", u32::from(*code))]),
            What::Names(phrase, names) => {
                push(out, &[phrase, " ", &join(names.iter().copied(), ", ")]);
            }
            _ => {}
        }
    }
}

/// What matched one response: the products' evidence in input order, the stack recognised (with
/// its evidence) and the layer cues.
pub(crate) struct Matches {
    pub(crate) evidence: Vec<Evidence>,
    pub(crate) stack: Option<(&'static Stack, Vec<Evidence>)>,
    pub(crate) cues: Vec<(&'static Cue, Span)>,
}

/// A stack is recognised when its signals together reach this (1 − Π(1 − w)).
const STACK_DECIDE: f32 = 0.6;

/// Every table matched against one response: stacks first (products may name them), then every
/// product signal that can match, then the layer cues (which may name what products showed).
pub(crate) fn collect<'a>(subject: &'a Subject, body_scan: &'a BodyScan) -> Matches {
    let index = index();
    let json = parse_json(subject);
    let debug_scanned = debug_scanned(index, subject, body_scan);
    let mut cx = Context {
        subject,
        features: Features::observe(subject, json.as_ref(), debug_scanned),
        body_hits: &body_scan.found,
        header_ids: header_ids(index, subject.headers),
        json,
        trimmed_body: crate::http::line::trim(subject.body),
    };

    // Only the signals whose literal, header or JSON body is there can match; they are marked in
    // a bit set and evaluated in table order, as if every signal were: stack signals, product
    // signals, cues.
    let stacks_end = index.stack_signals.len();
    let products_end = stacks_end + index.signals.len();
    let mut marked = Marks::new(products_end + index.cues.len());
    index.always.iter().for_each(|&i| marked.set(i));
    for &(gate, i) in &index.gated {
        if open(gate, subject, cx.trimmed_body) {
            marked.set(i);
        }
    }
    for &(id, _) in &cx.body_hits.hits {
        index
            .by_literal
            .get(id)
            .iter()
            .for_each(|&i| marked.set(i as usize));
    }
    for &(name, first, _) in &cx.header_ids {
        index
            .by_header
            .get(name)
            .iter()
            .for_each(|&i| marked.set(i as usize));
        for &item in index.by_value.get(name) {
            if item & 0xff == u32::from(first) {
                marked.set((item >> 8) as usize);
            }
        }
    }
    if let Some(json) = &cx.json {
        mark_json(index, json, &mut marked);
    }

    // An `All` woken by one part whose gate is shut cannot match.
    let shut = |at: usize| {
        let gate = index.gates.get(at).copied().flatten();
        gate.is_some_and(|gate| !open(gate, subject, cx.trimmed_body))
    };
    // Built, not `vec![x; n]`: that clones a Vec of evidence, whose Clone is code of its own.
    let mut per_stack: Vec<(f32, Vec<_>)> = std::iter::repeat_with(|| (0.0f32, Vec::new()))
        .take(index.stacks.len())
        .collect();
    while let Some(at) = marked.next_below(stacks_end) {
        // A stack shows in the head it wrote; a client's printout of it shows the client's habits.
        let Some((i, signal, matcher)) = index.stack_signals.get(at) else {
            continue;
        };
        if !subject.head_as_sent || shut(at) {
            continue;
        }
        if let (Some(hit), Some((score, evidence))) = (eval(matcher, &cx), per_stack.get_mut(*i)) {
            *score = 1.0 - (1.0 - *score) * (1.0 - signal.weight);
            evidence.push(evidence_of(
                hit,
                index.stacks.get(*i).map_or("", |s| s.id),
                signal,
            ));
        }
    }
    let best = per_stack
        .iter()
        .enumerate()
        .filter(|(_, (score, _))| *score >= STACK_DECIDE)
        .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0))
        .map(|(i, _)| i);
    cx.features.stack = best;
    let stack = best.and_then(|i| {
        let evidence = std::mem::take(&mut per_stack.get_mut(i)?.1);
        Some((index.stacks.get(i)?, evidence))
    });

    let mut evidence = Vec::new();
    while let Some(at) = marked.next_below(products_end) {
        let Some(entry) = index.signals.get(at - stacks_end) else {
            continue;
        };
        if shut(at) {
            continue;
        }
        if let Some(hit) = eval(&entry.matcher, &cx) {
            evidence.push(evidence_of(hit, entry.product.id, entry.signal));
        }
    }
    crate::sort::by_key(&mut evidence, |e| e.span.start as u64);

    // A Server header no product's signal claimed names software the tables do not know.
    let server = subject
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("server") && !h.value.trim().is_empty());
    let unknown = server.is_some_and(|h| !evidence.iter().any(|e| e.span == h.span));
    cx.features.set(Feature::ServerUnknown, unknown);

    let mut cues = Vec::new();
    while let Some(at) = marked.next_below(usize::MAX) {
        let Some((cue, matcher)) = index.cues.get(at - products_end) else {
            continue;
        };
        if shut(at) {
            continue;
        }
        if let Some(hit) = eval(matcher, &cx) {
            cues.push((*cue, hit.span));
        }
    }
    Matches {
        evidence,
        stack,
        cues,
    }
}

/// Marks the signals a JSON body can meet (out of `collect`: V8 compiles it only for a JSON body).
#[inline(never)]
fn mark_json(index: &Index, json: &Json, marked: &mut Marks) {
    index.json.iter().for_each(|&i| marked.set(i));
    match json {
        Json::Object(members) => {
            for (key, _) in members {
                if let Some(id) = index.json_keys.get(key.as_bytes()) {
                    index
                        .by_json_key
                        .get(id)
                        .iter()
                        .for_each(|&i| marked.set(i as usize));
                }
            }
        }
        _ => index.json_any.iter().for_each(|&i| marked.set(i)),
    }
}

fn evidence_of(hit: Hit, owner: &'static str, signal: &'static Signal) -> Evidence {
    Evidence {
        signal: hit.what.text(),
        product: owner,
        generated: signal.shows == Shows::Generated,
        weight: signal.weight,
        span: hit.span,
        cite: resplain_tables::cite_number(signal.source).unwrap_or(u16::MAX),
    }
}

/// Signal positions grouped by a key (a literal id, a header name id), each group in increasing
/// order: two allocations for all of them, where a list per key was thousands at first use.
struct Groups {
    /// Where each key's group starts in `items`, and one more: where the last ends.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Groups {
    /// From `(key, position)` pairs in increasing position, every key below `keys`.
    fn new(keys: usize, pairs: &[(usize, usize)]) -> Groups {
        // A counting sort: `starts[k]` counts key `k`, then ends its group, then (filled from
        // the back) starts it.
        let mut starts = vec![0u32; keys + 1];
        for &(key, _) in pairs {
            if let Some(count) = starts.get_mut(key) {
                *count += 1;
            }
        }
        let mut total = 0;
        for slot in starts.iter_mut() {
            total += *slot;
            *slot = total;
        }
        let mut items = vec![0u32; pairs.len()];
        for &(key, position) in pairs.iter().rev() {
            if let Some(end) = starts.get_mut(key) {
                *end -= 1;
                if let Some(item) = items.get_mut(*end as usize) {
                    *item = u32::try_from(position).unwrap_or(u32::MAX);
                }
            }
        }
        Groups { starts, items }
    }

    fn get(&self, key: usize) -> &[u32] {
        let at = |k: usize| self.starts.get(k).map_or(0, |&s| s as usize);
        self.items.get(at(key)..at(key + 1)).unwrap_or_default()
    }
}

/// A set of signal positions, taken out in increasing order.
struct Marks {
    words: Vec<u64>,
    /// Every word before this one is empty.
    at: usize,
}

impl Marks {
    fn new(len: usize) -> Marks {
        Marks {
            words: vec![0; len.div_ceil(64)],
            at: 0,
        }
    }

    fn set(&mut self, i: usize) {
        if let Some(word) = self.words.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    /// Takes the smallest position out of the set, if it is below `end`.
    fn next_below(&mut self, end: usize) -> Option<usize> {
        while let Some(word) = self.words.get_mut(self.at) {
            if *word == 0 {
                self.at += 1;
                continue;
            }
            let i = self.at * 64 + word.trailing_zeros() as usize;
            if i >= end {
                return None;
            }
            *word &= *word - 1;
            return Some(i);
        }
        None
    }
}

/// Every body literal a signal (or a feature) looks for; `body_scan` finds them, by these ids.
pub(crate) fn body_literals() -> &'static [&'static str] {
    &index().literals
}

/// A bit per debug marker the body scan found, when it read exactly the bytes `Features` observes
/// (a body not de-chunked, all within the markers' search limit); None otherwise.
fn debug_scanned(index: &Index, subject: &Subject, scan: &BodyScan) -> Option<u8> {
    if !std::ptr::eq(scan.bytes, subject.body) || scan.bytes.len() > DEBUG_HEAD {
        return None;
    }
    let mut bits = 0;
    for (i, &id) in index.debug_ids.iter().enumerate() {
        if scan.found.has(id) {
            bits |= 1 << i;
        }
    }
    Some(bits)
}

/// The headers whose (ASCII-lowercased) name some signal asks about, with that name's id. One
/// lookup per header, so matching stays linear however many headers the paste has.
fn header_ids<'a>(index: &Index, headers: &'a [Header]) -> Vec<(usize, u8, &'a Header)> {
    let mut ids = Vec::with_capacity(headers.len());
    let mut lower = Vec::new();
    for header in headers {
        lower.clear();
        lower.extend(header.name.bytes().map(|b| b.to_ascii_lowercase()));
        if let Some(id) = index.header_names.get(&lower) {
            let first = header.value.trim().as_bytes().first().copied();
            ids.push((id, first.map_or(0, |b| b.to_ascii_lowercase()), header));
        }
    }
    ids
}

fn parse_json<'a>(subject: &Subject<'a>) -> Option<Json<'a>> {
    let json_kind = matches!(subject.body_kind, BodyKind::Json | BodyKind::ProblemJson);
    (json_kind && subject.body.len() <= JSON_SHAPE_LIMIT)
        .then(|| Json::parse(subject.body))
        .flatten()
}

fn eval<'a>(matcher: &Compiled, cx: &Context<'a>) -> Option<Hit<'a>> {
    let subject = cx.subject;
    match matcher {
        Compiled::Header(name) => header_hit(cx, *name, &|_| true),
        Compiled::HeaderIs(name, expected) => {
            header_hit(cx, *name, &|v| v.eq_ignore_ascii_case(expected))
        }
        Compiled::HeaderPrefix(name, prefix) => header_hit(cx, *name, &|v| {
            v.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        }),
        Compiled::HeaderContains(name, needle) => header_hit(cx, *name, &|v| {
            crate::search::contains_ignore_ascii_case(v.as_bytes(), needle)
        }),
        Compiled::HeaderIn(name, values) => header_hit(cx, *name, &|v| {
            values
                .iter()
                .any(|expected| v.eq_ignore_ascii_case(expected))
        }),
        Compiled::Body(id, literal) => {
            let start = cx.body_hits.start(*id)?;
            let end = start + literal.len();
            let body = subject.body_span.start;
            Some(Hit {
                span: Span::new(body + start, body + end),
                what: What::Body(literal),
            })
        }
        Compiled::JsonKeys(pointers, names) => {
            let json = cx.json.as_ref()?;
            pointers
                .iter()
                .all(|p| p.get(json).is_some())
                .then_some(Hit {
                    span: subject.body_span,
                    what: What::JsonKeys(names),
                })
        }
        Compiled::JsonIs(pointer, name, expected) => {
            let value = pointer.get(cx.json.as_ref()?)?;
            let equal = value.scalar_text() == Some(*expected);
            equal.then_some(Hit {
                span: subject.body_span,
                what: What::JsonIs(name, expected),
            })
        }
        Compiled::All(all) => {
            // Every part is checked before any is kept: most `All`s fail on a later part.
            let span = all
                .iter()
                .map(|m| eval(m, cx).map(|h| h.span))
                .try_fold(None, |first: Option<Span>, span| {
                    span.map(|s| first.or(Some(s)))
                })??;
            let mut parts = Vec::new();
            for hit in all.iter().filter_map(|m| eval(m, cx)) {
                parts.push(hit.what);
            }
            Some(Hit {
                span,
                what: What::All(parts),
            })
        }
        Compiled::NamesInOrder(_, names) => {
            if !subject.head_as_sent {
                return None;
            }
            let mut wanted = names.iter().peekable();
            let mut first = None;
            for header in subject.headers {
                if wanted.peek().is_some_and(|w| **w == header.name) {
                    first.get_or_insert(header.span);
                    wanted.next();
                }
            }
            (wanted.peek().is_none() && !names.is_empty()).then(|| Hit {
                span: first.unwrap_or_default(),
                what: What::Names("header names in this order:", names),
            })
        }
        Compiled::NamesEnd(_, names) => {
            if !subject.head_as_sent {
                return None;
            }
            let tail = subject
                .headers
                .len()
                .checked_sub(names.len())
                .and_then(|from| subject.headers.get(from..))?;
            let same =
                !names.is_empty() && tail.iter().zip(names.iter()).all(|(h, n)| h.name == *n);
            same.then(|| Hit {
                span: tail.first().map(|h| h.span).unwrap_or_default(),
                what: What::Names("the head ends with", names),
            })
        }
        Compiled::NamesStart(_, names) => {
            if !subject.head_as_sent {
                return None;
            }
            let head = subject.headers.get(..names.len())?;
            let same =
                !names.is_empty() && head.iter().zip(names.iter()).all(|(h, n)| h.name == *n);
            same.then(|| Hit {
                span: head.first().map(|h| h.span).unwrap_or_default(),
                what: What::Names("the head starts with", names),
            })
        }
        Compiled::Feature(feature, name) => {
            let on = feature.is_some_and(|f| cx.features.has(f));
            on.then(|| Hit {
                span: feature_span(*feature, cx),
                what: What::Named(name),
            })
        }
        Compiled::Stack(stack, name) => {
            let on = stack.is_some() && *stack == cx.features.stack;
            on.then(|| Hit {
                span: Span::default(),
                what: What::Named(name),
            })
        }
        Compiled::Other(matcher) => eval_other(matcher, cx),
    }
}

/// Where the observation shows in the input: the body for what the body shows, the status line
/// for the reason phrase, the header for header observations.
fn feature_span(feature: Option<Feature>, cx: &Context) -> Span {
    let subject = cx.subject;
    let header = |name: &str| {
        subject
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.span)
    };
    match feature {
        Some(Feature::ReasonNonstandard | Feature::Http2 | Feature::NoReason) => {
            subject.status_span
        }
        Some(Feature::ServerUnknown) => header("server"),
        Some(Feature::PoweredBy) => header("x-powered-by"),
        Some(Feature::Via) => header("via"),
        Some(Feature::NamesLowercase | Feature::HeadOnly | Feature::NoServer | Feature::NoDate) => {
            subject.headers.first().map(|h| h.span)
        }
        _ => Some(subject.body_span),
    }
    .unwrap_or_default()
}

/// The matchers that need no index: status, reason, whole body.
fn eval_other<'a>(matcher: &Matcher, cx: &Context<'a>) -> Option<Hit<'a>> {
    let subject = cx.subject;
    match *matcher {
        Matcher::BodyIs(expected) => (cx.trimmed_body == expected.as_bytes()).then_some(Hit {
            span: subject.body_span,
            what: What::BodyIs(expected),
        }),
        Matcher::Reason(expected) => {
            let reason = subject.reason?;
            (reason == expected).then(|| Hit {
                span: subject.status_span.unwrap_or_default(),
                what: What::Reason(reason),
            })
        }
        Matcher::Status(lo, hi) => {
            let code = subject.code?;
            (lo..=hi).contains(&code).then(|| Hit {
                span: subject.status_span.unwrap_or_default(),
                what: What::Status(code),
            })
        }
        // Compiled into their own variants by `Builder::compile`.
        Matcher::Header(_)
        | Matcher::HeaderIs(..)
        | Matcher::HeaderPrefix(..)
        | Matcher::HeaderContains(..)
        | Matcher::HeaderIn(..)
        | Matcher::Body(_)
        | Matcher::JsonKeys(_)
        | Matcher::JsonIs(..)
        | Matcher::All(_)
        | Matcher::NamesInOrder(_)
        | Matcher::NamesEnd(_)
        | Matcher::NamesStart(_)
        | Matcher::Feature(_) => None,
    }
}

/// The first header named `name` (in input order) whose trimmed value satisfies `accept`.
// `dyn`: one loop for the five header matchers, not an iterator chain per closure.
fn header_hit<'a>(cx: &Context<'a>, name: usize, accept: &dyn Fn(&str) -> bool) -> Option<Hit<'a>> {
    for &(id, _, header) in &cx.header_ids {
        if id == name && accept(header.value.trim()) {
            return Some(Hit {
                span: header.span,
                what: What::Header(header),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner finds each literal's first occurrence as a search for that literal alone does,
    /// over the real tables, on a haystack made of every literal, whole and cut, glued and
    /// overlapping.
    #[test]
    fn array_indexes_are_read_as_rfc_6901_says() {
        for token in [
            "",
            "0",
            "7",
            "10",
            "007",
            "01",
            "+1",
            "-1",
            "1a",
            "a",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999",
            "٣",
        ] {
            let expected = if token.starts_with('+') || (token.starts_with('0') && token.len() != 1)
            {
                None
            } else {
                token.parse().ok()
            };
            assert_eq!(array_index(token), expected, "{token:?}");
        }
        let pointer = Pointer::new("/a~1b/0/~0x//");
        let tokens: Vec<(&str, Option<usize>)> = pointer
            .tokens
            .iter()
            .flatten()
            .map(|t| (&*t.key, t.index))
            .collect();
        assert_eq!(
            tokens,
            [
                ("a/b", None),
                ("0", Some(0)),
                ("~x", None),
                ("", None),
                ("", None)
            ]
        );
        assert!(Pointer::new("").tokens.is_some_and(|t| t.is_empty()));
        assert!(Pointer::new("a/b").tokens.is_none());
    }

    #[test]
    fn scanner_agrees_with_memmem_on_the_tables() {
        let index = index();
        let scanner = crate::search::wu_manber::Scanner::new(&index.literals);
        let reference = |part: &[u8]| -> Vec<Option<(usize, usize)>> {
            let find = |l: &&str| {
                crate::search::memmem::find(part, l.as_bytes()).map(|s| (s, s + l.len()))
            };
            index.literals.iter().map(find).collect()
        };
        let mut haystack = Vec::new();
        for (i, literal) in index.literals.iter().enumerate() {
            let bytes = literal.as_bytes();
            haystack.extend_from_slice(bytes.get(..bytes.len() / 2).unwrap_or_default());
            haystack.extend_from_slice(bytes.get(i % 7..).unwrap_or_default());
            haystack.extend_from_slice(bytes);
            haystack.push(b"< \n\"x"[i % 5]);
        }
        for cut in (0..haystack.len()).step_by(97) {
            let part = haystack.get(cut..).unwrap_or_default();
            assert_eq!(
                scanner.first_occurrences(&index.literals, part),
                reference(part),
                "from byte {cut}"
            );
        }
    }
}
