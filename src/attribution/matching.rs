//! Matching the fingerprint tables against one response: body literals found in a single pass
//! (`scan`, a Wu–Manber scan that reports every literal's first occurrence), headers grouped by
//! name once, and only the signals whose literal, header or JSON body is present evaluated — in
//! table order, so the evidence is what evaluating every signal would give.
//!
//! Invariant: linear in the input. The scan moves at least one byte per step; each header is
//! looked up once; each signal is evaluated at most once and looks only at headers of its name.

use std::sync::OnceLock;

use super::features::{Feature, Features, DEBUG_HEAD, DEBUG_MARKERS, NAMES};
use super::Subject;
use crate::body_scan::BodyScan;
use crate::json::Json;
use crate::report::{BodyKind, Evidence, Header, Reason, Span};
use crate::search::ids::Ids;
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
    /// The citation number of each stack signal, then of each product signal, then of each cue,
    /// by position (`u16::MAX` for none).
    cites: Vec<u16>,
    /// Every layer cue; evaluated (those whose need is met) after products, numbered after them.
    cues: Vec<(&'static Cue, Compiled)>,
    /// Every signal of every product, in table order, with its lookups resolved.
    signals: Vec<Entry>,
    /// Which signals (by position: stack signals, then product signals, then cues) can only
    /// match when a given literal is in the body, a header with a given name is present, the
    /// head starts or ends with a given name, the body is JSON (an object with a given member),
    /// or a value of the response passes a gate; `ALWAYS` are the rest (none of which can
    /// match). By key, in one numbering (`Keys`).
    by_key: Groups,
    keys: Keys,
    /// Signals that need a header value to start with a given byte: grouped by the header's
    /// name id, that byte and the length compared (`value_key`), each item the signal's position shifted left 16 bits, or'ed with the value's
    /// length (for a value compared whole, when below 256; 0 otherwise) shifted left 8 bits and
    /// that byte (ASCII-lowercased). A `Server` header then wakes the few signals expecting its
    /// first letter, and a `Content-Type` only those expecting a value of its length.
    by_value: Groups,
    /// By header name id, natively: whether `by_value` files values of that name compared whole
    /// (bit 0) or not (bit 1).
    value_kinds: Vec<u8>,
    /// JSON members' names, by id (`Keys::json_key`).
    json_keys: Ids,
    /// By position (stack signals, product signals, cues): the gates a signal must pass,
    /// checked before it is evaluated (its trigger's among them), natively.
    gates: Vec<Packed>,
    /// Each header-order matcher's names, a bit per name id (`Gate::Names`), one `NameSet`
    /// after another.
    name_sets: Vec<u64>,
    /// Every distinct body literal (top-level or inside `All`): `body_scan` finds them all in one
    /// pass with the explanation's markers.
    literals: Vec<&'static str>,
    /// The literal ids of `features::DEBUG_MARKERS`, scanned with the rest.
    debug_ids: [usize; DEBUG_MARKERS.len()],
    /// Every header name a signal asks about, lowercase, by name id.
    header_names: Ids,
    /// Product ids, numbered as the products table.
    product_ids: Ids,
    /// By product (table order), natively: whether it is the derived (bit 0) or the base (bit 1)
    /// of a `refines` pair. Most are neither, and their look in the pairs is skipped.
    refine_roles: Vec<u8>,
    /// By [`crate::http::headers::spelling_id`], natively: the spelled name's id in
    /// `header_names`, and whether the spelling has an uppercase letter.
    spelled_names: Vec<(Option<usize>, bool)>,
    /// The id of `server` in `header_names` (signals ask about it: a test keeps it there).
    server: Option<usize>,
    /// The ids of `features::NAMES` in `header_names`, natively (`PRESENT_IDS` or more: none,
    /// or none with a bit in `Context::present`).
    feature_names: [u16; NAMES.len()],
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
    /// With the id of the (lowercased) name a match needs present (the first, the last, the
    /// first) and where their set starts in `Index::name_sets`.
    NamesInOrder(Option<usize>, &'static [&'static str], usize),
    NamesEnd(Option<usize>, &'static [&'static str], usize),
    NamesStart(Option<usize>, &'static [&'static str], usize),
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
    /// matcher's expected values (filed by its name alone when one is empty, which any value
    /// starts with). True: the value is compared whole, so its length is the expected one's.
    Value(usize, &'static [&'static str], bool),
    /// A head, as sent, whose first (last) header has this name.
    First(usize),
    Last(usize),
    /// A JSON body whose top-level object has a member of this name (by `json_keys` id).
    JsonKey(usize),
    Json,
    /// A reason phrase compared whole (`reason_key`).
    Reason(&'static str),
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
    /// An observation (`Matcher::Feature`).
    Feature(Feature),
    /// The stack recognised, by position in the stacks table (`stack:<id>`).
    Stack(usize),
    /// A head as sent with a header of every name of a header-order matcher: where its names'
    /// set starts in `Index::name_sets`.
    Names(usize),
}

/// Groups per header name in `Index::by_value`, by the value's first byte and length.
const VALUE_BYTES: usize = 128;

/// The group in `Index::by_value` of header name `name` with a value starting with `first`
/// (lowercased) of `length` bytes (0: a value not compared whole). The length spreads the many
/// values one name's signals compare whole (Content-Type's `text/html; charset=…`) over groups.
fn value_key(name: usize, first: u8, length: usize) -> usize {
    name * VALUE_BYTES + (usize::from(first) + 5 * length) % VALUE_BYTES
}

// Gates are checked and header values filed by their first byte and length (`by_value`)
// natively (`crate::FAST`). Neither changes a result (the evaluation decides): the wasm module
// files a value signal by the header's name and evaluates every signal its keys wake.
use crate::FAST;

/// The gates of one signal (its first three: a gate is a shortcut, the evaluation decides).
type Gates = [Option<Gate>; 3];

/// A signal's gates as the values they let through, checked in a few instructions (`u32::MAX`:
/// any value, a gate not there; a later gate of a kind already there is left out).
#[derive(Clone, Copy)]
struct Packed {
    /// The status codes let through: `code_from` and the `code_span` above it (any code, and
    /// none, with 0 and `u32::MAX`).
    code_from: u32,
    code_span: u32,
    /// The reason phrase's length, the trimmed body's, the stack's position.
    reason: u32,
    body: u32,
    stack: u32,
    /// Where the header-order names needed start in `Index::name_sets`.
    names: u32,
    /// A bit per feature needed.
    features: u32,
}

impl Packed {
    fn new(gates: &Gates) -> Packed {
        let mut packed = Packed {
            code_from: 0,
            code_span: u32::MAX,
            reason: u32::MAX,
            body: u32::MAX,
            stack: u32::MAX,
            names: u32::MAX,
            features: 0,
        };
        // Lengths and positions as large as `u32::MAX - 1` are no gate (the response's value may
        // be that); a range with no code lets none through.
        let small = |n: usize| u32::try_from(n).ok().filter(|&n| n < u32::MAX - 1);
        let any = |slot: u32| slot == u32::MAX;
        for gate in gates.iter().flatten() {
            match *gate {
                Gate::Status(lo, hi) if packed.code_span == u32::MAX => {
                    (packed.code_from, packed.code_span) = match hi.checked_sub(lo) {
                        Some(span) => (u32::from(lo), u32::from(span)),
                        None => (u32::MAX - 1, 0),
                    };
                }
                Gate::ReasonLength(n) if any(packed.reason) => {
                    packed.reason = small(n).unwrap_or(u32::MAX);
                }
                Gate::BodyLength(n) if any(packed.body) => {
                    packed.body = small(n).unwrap_or(u32::MAX);
                }
                Gate::Stack(n) if any(packed.stack) => packed.stack = small(n).unwrap_or(u32::MAX),
                Gate::Names(at) if any(packed.names) => {
                    packed.names = small(at).unwrap_or(u32::MAX)
                }
                Gate::Feature(feature) => packed.features |= 1 << feature as u32,
                _ => {}
            }
        }
        packed
    }
}

/// The keys of `Index::by_key`: first these, then status classes, reason phrases
/// (`reason_key`), body lengths (the last for all longer ones), features, status codes, then
/// what `Keys` places.
const ALWAYS: usize = 0;
const JSON: usize = 1;
/// JSON signals filed under a member name, all woken by a body that is not an object.
const JSON_ANY: usize = 2;
const CLASSES_FROM: usize = 3;
const CLASSES: usize = 10;
const LENGTHS: usize = 64;
const REASONS: usize = 128;
const REASONS_FROM: usize = CLASSES_FROM + CLASSES;
const BODIES_FROM: usize = REASONS_FROM + REASONS;
const FEATURES_FROM: usize = BODIES_FROM + LENGTHS;
const CODES_FROM: usize = FEATURES_FROM + 32;
/// Codes below this have a key each: a status range of a few codes is filed under each of them,
/// a wider one under its classes (most status signals name one code).
const CODES: u16 = 1000;
/// The widest range filed by code.
const CODES_SPAN: u16 = 16;

/// Where each kind of key of the tables' own numbering starts: a literal id, a header name id
/// (present, first, last), a JSON member name id, a stack.
struct Keys {
    literal: usize,
    header: usize,
    first: usize,
    last: usize,
    json_key: usize,
    stack: usize,
    end: usize,
}

fn status_key(code: u16) -> usize {
    CLASSES_FROM + usize::from(code / 100).min(CLASSES - 1)
}

/// The key of a reason phrase: by its length and last byte, so that a response wakes few of the
/// signals expecting another phrase; natively its first and fifth bytes too, weighed to keep
/// the usual phrases, registered or not, apart from the tables' others (case variants among
/// them).
fn reason_key(reason: &str) -> usize {
    let bytes = reason.as_bytes();
    let byte = |b: Option<&u8>| usize::from(b.copied().unwrap_or(0));
    if !FAST {
        return REASONS_FROM + (reason.len() + 5 * byte(bytes.last())) % LENGTHS;
    }
    let mixed = 17 * bytes.len() + 6 * byte(bytes.first()) + 49 * byte(bytes.get(4));
    REASONS_FROM + (mixed + 30 * byte(bytes.last())) % REASONS
}

fn length_key(from: usize, length: usize) -> usize {
    from + length.min(LENGTHS - 1)
}

impl Trigger {
    /// How few responses meet the need, roughly: a body literal is rarer than a header value,
    /// a header value than a JSON body or a header name, and those than a gate.
    fn rank(self) -> u8 {
        match self {
            Trigger::Literal(_) => 5,
            Trigger::Value(..) => 4,
            Trigger::JsonKey(_) => 4,
            Trigger::Json | Trigger::First(_) | Trigger::Last(_) => 3,
            Trigger::Header(_) => 2,
            Trigger::Gate(Gate::Status(lo, hi)) if FAST && lo == hi => 3,
            // A stack is seldom recognised (natively: the module files it as a gate).
            Trigger::Gate(Gate::Stack(_)) if FAST => 5,
            Trigger::Gate(_) | Trigger::Reason(_) => 1,
            Trigger::Always => 0,
        }
    }
}

impl Compiled {
    /// What the matcher is filed under, and the gates it must pass, checked before it is
    /// evaluated: for an `All`, its parts' (most `All`s woken by a header or a literal are about
    /// another status), filed under the first part of the best rank.
    fn needs(&self) -> (Trigger, Gates) {
        let parts = match self {
            Compiled::All(all) => &all[..],
            one => std::slice::from_ref(one),
        };
        let mut gates: Gates = [None; 3];
        let mut free = gates.iter_mut();
        let mut trigger = Trigger::Always;
        for part in parts {
            let (need, gate) = part.need();
            if need.rank() > trigger.rank() {
                trigger = need;
            }
            if let Some(slot) = gate.filter(|_| FAST).and_then(|_| free.next()) {
                *slot = gate;
            }
        }
        (trigger, gates)
    }

    /// What one matcher needs, and the gate it must pass.
    fn need(&self) -> (Trigger, Option<Gate>) {
        let gate = |gate: Gate| (Trigger::Gate(gate), Some(gate));
        match *self {
            Compiled::HeaderIs(name, expected) => (
                Trigger::Value(name, std::slice::from_ref(expected), true),
                None,
            ),
            Compiled::HeaderPrefix(name, expected) => (
                Trigger::Value(name, std::slice::from_ref(expected), false),
                None,
            ),
            Compiled::HeaderIn(name, values) => (Trigger::Value(name, values, true), None),
            Compiled::Header(name) | Compiled::HeaderContains(name, _) => {
                (Trigger::Header(name), None)
            }
            Compiled::Body(id, _) => (Trigger::Literal(id), None),
            Compiled::JsonKeys(ref pointers, _) => {
                let first = pointers.first().and_then(|p| p.first);
                (first.map_or(Trigger::Json, Trigger::JsonKey), None)
            }
            Compiled::JsonIs(ref pointer, ..) => {
                (pointer.first.map_or(Trigger::Json, Trigger::JsonKey), None)
            }
            // Every part must match, so any part's need is the whole's.
            Compiled::All(_) => (self.needs().0, None),
            Compiled::NamesInOrder(first, names, set) => (
                first.map_or(Trigger::Always, Trigger::Header),
                names_gate(names, set),
            ),
            Compiled::NamesStart(first, names, set) => (
                first.map_or(Trigger::Always, first_name),
                names_gate(names, set),
            ),
            Compiled::NamesEnd(last, names, set) => (
                last.map_or(Trigger::Always, last_name),
                names_gate(names, set),
            ),
            Compiled::Other(Matcher::Status(lo, hi)) => gate(Gate::Status(*lo, *hi)),
            Compiled::Other(Matcher::Reason(reason)) => (
                Trigger::Reason(reason),
                Some(Gate::ReasonLength(reason.len())),
            ),
            Compiled::Other(Matcher::BodyIs(body)) => gate(Gate::BodyLength(body.len())),
            Compiled::Feature(Some(feature), _) => gate(Gate::Feature(feature)),
            Compiled::Stack(Some(stack), _) => gate(Gate::Stack(stack)),
            Compiled::Other(_) | Compiled::Feature(..) | Compiled::Stack(..) => {
                (Trigger::Always, None)
            }
        }
    }
}

/// A header-order signal's filing: by the head's first (last) name natively; by the name
/// anywhere in the wasm module (woken more often, the same results).
fn first_name(name: usize) -> Trigger {
    if FAST {
        Trigger::First(name)
    } else {
        Trigger::Header(name)
    }
}

fn last_name(name: usize) -> Trigger {
    if FAST {
        Trigger::Last(name)
    } else {
        Trigger::Header(name)
    }
}

/// A header-order matcher's gate: every name present (none to ask of no names).
fn names_gate(names: &[&str], set: usize) -> Option<Gate> {
    (!names.is_empty()).then_some(Gate::Names(set))
}

impl Index {
    /// The product of this id: a hash lookup, where a search of the table compared hundreds.
    pub(crate) fn product(&self, id: &str) -> Option<&'static Product> {
        // Natively; the wasm module searches the table, for its size (the same product).
        if !FAST {
            return self.products.iter().find(|p| p.id == id);
        }
        // The ids are the products' own, in table order: the one found is this id's.
        self.products.get(self.product_ids.get(id.as_bytes())?)
    }

    /// Whether `p` may be the derived product of a `refines` pair (natively exact; the wasm
    /// module reads the pairs).
    pub(crate) fn may_refine(&self, p: &Product) -> bool {
        self.refine_role(p) & 1 != 0
    }

    /// Whether `p` may be the base product of a `refines` pair (as `may_refine`).
    pub(crate) fn may_be_refined(&self, p: &Product) -> bool {
        self.refine_role(p) & 2 != 0
    }

    fn refine_role(&self, p: &Product) -> u8 {
        // The product's place in the table, from its address (checked: the same product).
        let place = (p as *const Product as usize)
            .checked_sub(self.products.as_ptr() as usize)
            .map(|offset| offset / std::mem::size_of::<Product>());
        match place.and_then(|at| Some((at, self.products.get(at)?))) {
            Some((at, listed)) if FAST && std::ptr::eq(listed, p) => {
                self.refine_roles.get(at).copied().unwrap_or(0)
            }
            _ => 3,
        }
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
        // they are evaluated in; each with its trigger and its gates.
        let mut needs: Vec<(Trigger, Gates)> = Vec::with_capacity(2048);
        let mut cites = Vec::with_capacity(2048);
        let cite = |signal: &Signal| resplain_tables::cite_number(signal.source);
        let mut stack_signals = Vec::with_capacity(64);
        for (i, stack) in knowledge.stacks.iter().enumerate() {
            for signal in stack.signals {
                let matcher = builder.compile(&signal.matcher);
                needs.push(matcher.needs());
                cites.push(cite(signal).unwrap_or(u16::MAX));
                stack_signals.push((i, signal, matcher));
            }
        }
        let mut signals: Vec<Entry> = Vec::with_capacity(products.len() * 8);
        for product in products {
            for signal in product.signals {
                let matcher = builder.compile(&signal.matcher);
                needs.push(matcher.needs());
                cites.push(cite(signal).unwrap_or(u16::MAX));
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
            cites.push(resplain_tables::cite_number(cue.source).unwrap_or(u16::MAX));
            cues.push((cue, matcher));
        }
        // A loop, not `DEBUG_MARKERS.map`: an array's `map` is an instance of its own.
        let mut debug_ids = [0; DEBUG_MARKERS.len()];
        for (id, marker) in debug_ids.iter_mut().zip(DEBUG_MARKERS) {
            *id = builder.literal(marker);
        }
        let names = builder.header_names.len();
        let literal = CODES_FROM + usize::from(CODES);
        let header = literal + builder.literals.len();
        let json_key = header + 3 * names;
        let stack = json_key + builder.json_keys.len();
        let keys = Keys {
            literal,
            header,
            first: header + names,
            last: header + 2 * names,
            json_key,
            stack,
            end: stack + knowledge.stacks.len(),
        };
        let mut gates = Vec::with_capacity(needs.len());
        let (mut pairs, mut value_keys) = (Vec::new(), Vec::new());
        // Positions fit 16 bits in `by_value`'s items.
        let value_positions = needs.len() < 1 << 16;
        for (i, &(mut trigger, gate)) in needs.iter().enumerate() {
            if FAST {
                gates.push(Packed::new(&gate));
                // A signal filed under a header name that needs every name of a header-order
                // matcher waits for the rarest of them.
                if let (Trigger::Header(_), Some(rarest)) = (trigger, rarest_name(&builder, &gate))
                {
                    trigger = Trigger::Header(rarest);
                }
            }
            let mut file = |key: usize| pairs.push((key, i));
            // Ids come from the builder, so each is in its range.
            match trigger {
                Trigger::Literal(id) => file(keys.literal + id),
                Trigger::Value(name, values, whole)
                    if FAST && value_positions && !values.iter().any(|v| v.is_empty()) =>
                {
                    for v in values {
                        let first = v.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
                        let length = if whole && v.len() < 256 { v.len() } else { 0 };
                        let key = value_key(name, first, length);
                        value_keys.push((key, i << 16 | length << 8 | usize::from(first)));
                    }
                }
                Trigger::Header(name) | Trigger::Value(name, ..) => file(keys.header + name),
                Trigger::First(name) => file(keys.first + name),
                Trigger::Last(name) => file(keys.last + name),
                Trigger::JsonKey(id) => {
                    file(keys.json_key + id);
                    file(JSON_ANY);
                }
                Trigger::Json => file(JSON),
                // A status range under each code or each class it spans.
                Trigger::Gate(Gate::Status(lo, hi))
                    if FAST && hi < CODES && hi.wrapping_sub(lo) < CODES_SPAN =>
                {
                    (lo..=hi).for_each(|code| file(CODES_FROM + usize::from(code)))
                }
                Trigger::Gate(Gate::Status(lo, hi)) => {
                    (status_key(lo)..=status_key(hi)).for_each(file)
                }
                Trigger::Reason(reason) => file(reason_key(reason)),
                Trigger::Gate(Gate::BodyLength(n)) => file(length_key(BODIES_FROM, n)),
                Trigger::Gate(Gate::Feature(feature)) => file(FEATURES_FROM + feature as usize),
                Trigger::Gate(Gate::Stack(stack)) => file(keys.stack + stack),
                // (A reason's gate comes with `Trigger::Reason`.)
                Trigger::Gate(Gate::Names(_) | Gate::ReasonLength(_)) | Trigger::Always => {
                    file(ALWAYS)
                }
            }
        }
        let by_key = Groups::new(keys.end, &pairs);
        // (No groups in the wasm module, which files no signal by value.)
        let by_value = Groups::new(if FAST { names * VALUE_BYTES } else { 0 }, &value_keys);
        let mut value_kinds = Vec::new();
        if FAST {
            value_kinds.resize(names, 0u8);
            for &(key, item) in &value_keys {
                if let Some(kinds) = value_kinds.get_mut(key / VALUE_BYTES) {
                    *kinds |= if item >> 8 & 0xff == 0 { 2 } else { 1 };
                }
            }
        }
        let mut product_ids = Ids::default();
        for p in products.iter().filter(|_| FAST) {
            product_ids.id(p.id.as_bytes());
        }
        let mut refine_roles = Vec::new();
        for p in products.iter().filter(|_| FAST) {
            let mut role = 0;
            for &(derived, base) in knowledge.refines {
                role |= u8::from(derived == p.id) | u8::from(base == p.id) << 1;
            }
            refine_roles.push(role);
        }
        let mut feature_names = [u16::MAX; NAMES.len()];
        let mut spelled_names = Vec::new();
        if FAST {
            for (slot, name) in feature_names.iter_mut().zip(NAMES.iter()) {
                let id = builder.header_names.get(name.as_bytes());
                *slot = id.and_then(|id| u16::try_from(id).ok()).unwrap_or(u16::MAX);
            }
            for spelling in &crate::http::headers::spellings().texts {
                let lower = spelling.to_ascii_lowercase();
                let upper = spelling.bytes().any(|b| b.is_ascii_uppercase());
                spelled_names.push((builder.header_names.get(lower.as_bytes()), upper));
            }
        }
        Index {
            refine_roles,
            spelled_names,
            products,
            stacks: knowledge.stacks,
            stack_signals,
            cites,
            cues,
            signals,
            by_key,
            keys,
            by_value,
            json_keys: builder.json_keys,
            gates,
            name_sets: builder.name_sets,
            literals: builder.literals,
            debug_ids,
            server: builder.header_names.get(b"server"),
            feature_names,
            value_kinds,
            header_names: builder.header_names,
            product_ids,
        }
    })
}

/// The name of a signal's header-order gate that the fewest header-order matchers name.
fn rarest_name(builder: &Builder, gates: &Gates) -> Option<usize> {
    let at = gates.iter().flatten().find_map(|gate| match gate {
        Gate::Names(at) => Some(*at),
        _ => None,
    })?;
    let set = builder.name_sets.get(at..at + PRESENT_IDS / 64)?;
    (0..PRESENT_IDS)
        .filter(|id| set.get(id / 64).is_some_and(|w| w & 1 << (id % 64) != 0))
        .min_by_key(|&id| builder.mentions.get(id).copied().unwrap_or(0))
}

#[derive(Default)]
struct Builder {
    stacks: &'static [Stack],
    literals: Vec<&'static str>,
    literal_ids: Ids,
    header_names: Ids,
    json_keys: Ids,
    name_sets: Vec<u64>,
    /// How many header-order matchers name each header (by id, natively): the fewer, the rarer
    /// the name in responses, roughly.
    mentions: Vec<u32>,
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

    /// Where these names' set starts in `name_sets`.
    fn names(&mut self, names: &'static [&'static str]) -> usize {
        let at = self.name_sets.len();
        for _ in 0..PRESENT_IDS / 64 {
            self.name_sets.push(0);
        }
        for name in names {
            let id = self.header(name);
            if FAST {
                if self.mentions.len() <= id {
                    self.mentions.resize(id + 1, 0);
                }
                if let Some(count) = self.mentions.get_mut(id) {
                    *count += 1;
                }
            }
            if let Some(word) = self
                .name_sets
                .get_mut(at + id / 64)
                .filter(|_| id < PRESENT_IDS)
            {
                *word |= 1 << (id % 64);
            }
        }
        at
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
                let set = self.names(names);
                Compiled::NamesInOrder(names.first().map(|n| self.header(n)), names, set)
            }
            Matcher::NamesEnd(names) => {
                let set = self.names(names);
                Compiled::NamesEnd(names.last().map(|n| self.header(n)), names, set)
            }
            Matcher::NamesStart(names) => {
                let set = self.names(names);
                Compiled::NamesStart(names.first().map(|n| self.header(n)), names, set)
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
    index: &'static Index,
    subject: &'a Subject<'a>,
    features: Features,
    /// The literals in the raw body, with where each first starts in it (offsets in the body).
    /// Ids past `Index::literals` are other stages' (`body_scan`): no signal is filed under them.
    body_hits: &'a Found,
    /// Each header's name id (the names some signal asks about), in input order: a few
    /// headers, where a list per known name would be hundreds.
    header_ids: Vec<HeaderId<'a>>,
    /// A bit per name id present.
    present: NameSet,
    json: Option<Json<'a>>,
    trimmed_body: &'a [u8],
}

/// Name ids `Context::present` has a bit for (the tables ask about a few hundred names).
const PRESENT_IDS: usize = 256;

/// A bit per header name id (below `PRESENT_IDS`: a larger id is not asked about, so a set
/// never misses what a head has).
type NameSet = [u64; PRESENT_IDS / 64];

/// A header whose name some signal asks about.
struct HeaderId<'a> {
    /// The name's id (lowercase).
    id: usize,
    /// The trimmed value's first byte, ASCII-lowercased (0 for an empty value).
    first: u8,
    /// The value, trimmed.
    value: &'a str,
    header: &'a Header,
}

/// The response's values the gates compare (`Packed`): a value a gate cannot have for none.
struct Values {
    code: u32,
    reason: u32,
    body: u32,
}

impl Values {
    fn new(code: Option<u16>, reason: Option<&str>, trimmed_body: &[u8]) -> Values {
        let length = |n: usize| u32::try_from(n).map_or(u32::MAX - 1, |n| n.min(u32::MAX - 1));
        Values {
            code: code.map_or(u32::MAX, u32::from),
            reason: reason.map_or(u32::MAX - 1, |r| length(r.len())),
            body: length(trimmed_body.len()),
        }
    }
}

impl Packed {
    /// Whether the response fails one of the gates; `names_open` says whether it has the
    /// header-order names of a set (`Gate::Names`).
    fn shut(
        &self,
        values: &Values,
        features: &Features,
        names_open: impl Fn(usize) -> bool,
    ) -> bool {
        let stack = features.stack.and_then(|s| u32::try_from(s).ok());
        let stack = stack.unwrap_or(u32::MAX - 1);
        let differs = |gate: u32, value: u32| gate != u32::MAX && gate != value;
        let shut = values.code.wrapping_sub(self.code_from) > self.code_span
            || differs(self.reason, values.reason)
            || differs(self.body, values.body)
            || differs(self.stack, stack)
            || features.bits() & self.features != self.features;
        shut || (self.names != u32::MAX && !names_open(self.names as usize))
    }
}

/// Whether the head, as sent, has a header of every name of the set at `at` in `name_sets`.
fn names_open(at: usize, cx: &Context) -> bool {
    let set = cx.index.name_sets.get(at..at + PRESENT_IDS / 64);
    let set = set.unwrap_or_default();
    cx.subject.head_as_sent && set.iter().zip(&cx.present).all(|(n, p)| n & !p == 0)
}

/// Which of the names `Features` asks about (`features::NAMES`) the head has, natively from
/// their ids' bits in `present`.
fn known_names(index: &Index, present: &NameSet) -> [Option<bool>; NAMES.len()] {
    let mut named = [None; NAMES.len()];
    for (slot, &id) in named.iter_mut().zip(&index.feature_names) {
        let id = usize::from(id);
        if FAST && id < PRESENT_IDS {
            *slot = Some(
                present
                    .get(id / 64)
                    .is_some_and(|w| w & 1 << (id % 64) != 0),
            );
        }
    }
    named
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
    /// Every part matched: their words are theirs, evaluated again (only for evidence kept).
    All(&'static [Compiled]),
}

impl What<'_> {
    fn text(&self, cx: &Context) -> String {
        // The length of the usual words, where it is quick to know (natively: the module
        // grows the string when it must).
        let length = match self {
            _ if !FAST => 64,
            What::Header(h) => h.name.len() + 2 + h.value.len(),
            What::Body(literal) => literal.len() + 16,
            // Parts and " and " between them: most fit.
            What::All(_) => 128,
            What::Names(phrase, names) => {
                phrase.len() + names.iter().map(|n| n.len() + 2).sum::<usize>()
            }
            _ => 64,
        };
        let mut text = String::with_capacity(length);
        self.write(&mut text, cx);
        text
    }

    /// The words appended piece by piece: `format!`'s machinery costs more than the evidence.
    fn write(&self, out: &mut String, cx: &Context) {
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
                for (i, hit) in parts.iter().filter_map(|m| eval(m, cx)).enumerate() {
                    if i > 0 {
                        out.push_str(" and ");
                    }
                    hit.what.write(out, cx);
                }
            }
        }
    }

    /// The words of the kinds that join a list or write a number (out of `write`: V8 compiles
    /// it only for such evidence), written into `out` with no list or number of their own.
    #[inline(never)]
    fn write_listed(&self, out: &mut String) {
        let (phrase, names) = match self {
            What::JsonKeys(names) => ("JSON body has", *names),
            What::Names(phrase, names) => (*phrase, *names),
            What::Status(code) => {
                out.push_str("status ");
                let mut buffer = [0u8; 5];
                for &digit in crate::status::digits(*code, &mut buffer) {
                    out.push(char::from(digit));
                }
                return;
            }
            _ => return,
        };
        out.push_str(phrase);
        out.push(' ');
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(name);
        }
    }
}

/// What matched one response: the products' evidence in input order, the stack recognised (with
/// its evidence) and the layer cues; and the first Server header with a value.
pub(crate) struct Matches<'a> {
    pub(crate) evidence: Vec<Evidence>,
    pub(crate) stack: Option<(&'static Stack, Vec<Evidence>)>,
    /// As the reasons they give, each with where it matched and its citation number (the list
    /// `Origin::reasons` keeps, the other reasons added).
    pub(crate) cues: Vec<Reason>,
    pub(crate) server: Option<&'a Header>,
}

/// A stack is recognised when its signals together reach this (1 − Π(1 − w)).
const STACK_DECIDE: f32 = 0.6;

/// Every table matched against one response: stacks first (products may name them), then every
/// product signal that can match, then the layer cues (which may name what products showed).
pub(crate) fn collect<'a>(subject: &'a Subject, body_scan: &'a BodyScan) -> Matches<'a> {
    let index = index();
    let json = parse_json(subject);
    let debug_scanned = debug_scanned(index, subject, body_scan);
    let (header_ids, lowercase) = header_ids(index, subject.headers);
    let mut present: NameSet = [0; PRESENT_IDS / 64];
    // For the header-order gates (natively only).
    for h in header_ids.iter().filter(|_| FAST) {
        if let Some(word) = present.get_mut(h.id / 64) {
            *word |= 1 << (h.id % 64);
        }
    }
    let named = known_names(index, &present);
    let mut cx = Context {
        index,
        subject,
        features: Features::observe(subject, json.as_ref(), debug_scanned, named, lowercase),
        body_hits: &body_scan.found,
        header_ids,
        present,
        json,
        trimmed_body: crate::http::line::trim(subject.body),
    };

    // Only the signals whose literal, header or JSON body is there can match; they are marked in
    // a bit set and evaluated in table order, as if every signal were: stack signals, product
    // signals, cues.
    let stacks_end = index.stack_signals.len();
    let products_end = stacks_end + index.signals.len();
    let mut marked = Marks {
        words: [0; MARK_WORDS],
        full: 0,
    };
    let keys = &index.keys;
    // Gates by key: the status's class, the lengths, the features observed (each key's
    // signals are checked against their gates before they are evaluated).
    marked.wake(index, ALWAYS, 0);
    if let Some(code) = subject.code {
        marked.wake(index, status_key(code), 0);
        if FAST && code < CODES {
            marked.wake(index, CODES_FROM + usize::from(code), 0);
        }
    }
    if let Some(reason) = subject.reason {
        marked.wake(index, reason_key(reason), 0);
    }
    marked.wake(index, length_key(BODIES_FROM, cx.trimmed_body.len()), 0);
    let mut features = cx.features.bits();
    while features != 0 {
        marked.wake(index, FEATURES_FROM + features.trailing_zeros() as usize, 0);
        features &= features - 1;
    }
    for &(id, _) in &cx.body_hits.hits {
        // Ids past the attribution's are other stages' literals.
        if id < index.literals.len() {
            marked.wake(index, keys.literal + id, 0);
        }
    }
    for h in &cx.header_ids {
        marked.wake(index, keys.header + h.id, 0);
        if !FAST {
            continue;
        }
        // The values compared whole at this length, then those that are not (of the kinds some
        // signal files under the name).
        let kinds = index.value_kinds.get(h.id).copied().unwrap_or(0);
        for (length, kind) in [(h.value.len(), 1), (0, 2)] {
            if kinds & kind == 0 {
                continue;
            }
            for &item in index.by_value.get(value_key(h.id, h.first, length)) {
                let wanted = (item >> 8) as usize & 0xff;
                if item & 0xff == u32::from(h.first) && (wanted == 0 || wanted == h.value.len()) {
                    marked.set((item >> 16) as usize);
                }
            }
        }
    }
    // Header-order signals, by the head's first and last names.
    if FAST && subject.head_as_sent {
        let (first, last) = (subject.headers.first(), subject.headers.last());
        let named = |h: Option<&HeaderId>, end: Option<&Header>| {
            h.filter(|h| end.is_some_and(|end| std::ptr::eq(h.header, end)))
                .map(|h| h.id)
        };
        if let Some(id) = named(cx.header_ids.first(), first) {
            marked.wake(index, keys.first + id, 0);
        }
        if let Some(id) = named(cx.header_ids.last(), last) {
            marked.wake(index, keys.last + id, 0);
        }
    }
    if let Some(json) = &cx.json {
        mark_json(index, json, &mut marked);
    }

    // A signal whose gate is shut cannot match (natively: the wasm module evaluates it).
    let values = Values::new(subject.code, subject.reason, cx.trimmed_body);
    let shut = |at: usize, cx: &Context| {
        FAST && index
            .gates
            .get(at)
            .is_some_and(|gates| gates.shut(&values, &cx.features, |at| names_open(at, cx)))
    };
    // Stack signals come stack after stack: each stack's score is final when the next begins,
    // and only the best so far keeps its evidence (the last of equals, at `STACK_DECIDE` or more).
    let mut best: Option<(usize, f32, Vec<Evidence>)> = None;
    let mut current: Option<(usize, f32, Vec<Evidence>)> = None;
    let close = |current: Option<(usize, f32, Vec<Evidence>)>,
                 best: &mut Option<(usize, f32, Vec<Evidence>)>| {
        if let Some(done) = current.filter(|c| c.1 >= STACK_DECIDE) {
            if !best.as_ref().is_some_and(|b| b.1 > done.1) {
                *best = Some(done);
            }
        }
    };
    while let Some(at) = marked.next_below(stacks_end) {
        // A stack shows in the head it wrote; a client's printout of it shows the client's habits.
        let Some((i, signal, matcher)) = index.stack_signals.get(at) else {
            continue;
        };
        if !subject.head_as_sent || shut(at, &cx) {
            continue;
        }
        let Some(hit) = eval(matcher, &cx) else {
            continue;
        };
        if current.as_ref().is_some_and(|c| c.0 != *i) {
            close(current.take(), &mut best);
        }
        // Natively room for a stack's usual few (the wasm module grows it, for its size).
        let (_, score, evidence) = current.get_or_insert_with(|| match FAST {
            true => (*i, 0.0, Vec::with_capacity(4)),
            false => (*i, 0.0, Vec::new()),
        });
        *score = 1.0 - (1.0 - *score) * (1.0 - signal.weight);
        let id = index.stacks.get(*i).map_or("", |s| s.id);
        evidence.push(evidence_of(hit, id, signal, at, &cx));
    }
    close(current, &mut best);
    cx.features.stack = best.as_ref().map(|b| b.0);
    // Product signals and cues that need the stack recognised (a stack's own signals, evaluated
    // before it was, did not see it).
    if let Some(i) = cx.features.stack {
        marked.wake(index, keys.stack + i, stacks_end);
    }
    let stack = best.and_then(|(i, _, evidence)| Some((index.stacks.get(i)?, evidence)));

    // Room for what most responses match, so the lists do not grow from empty.
    let mut evidence = Vec::with_capacity(8);
    while let Some(at) = marked.next_below(products_end) {
        let Some(entry) = index.signals.get(at - stacks_end) else {
            continue;
        };
        if shut(at, &cx) {
            continue;
        }
        if let Some(hit) = eval(&entry.matcher, &cx) {
            evidence.push(evidence_of(hit, entry.product.id, entry.signal, at, &cx));
        }
    }
    crate::sort::by_key(&mut evidence, |e| e.span.start as u64);

    // A Server header no product's signal claimed names software the tables do not know.
    let server = cx
        .header_ids
        .iter()
        .find(|h| Some(h.id) == index.server && !h.value.is_empty());
    let server = server.map(|h| h.header);
    let unknown = server.is_some_and(|h| !evidence.iter().any(|e| e.span == h.span));
    cx.features.set(Feature::ServerUnknown, unknown);
    if unknown {
        let key = FEATURES_FROM + Feature::ServerUnknown as usize;
        marked.wake(index, key, products_end);
    }

    let mut cues = Vec::with_capacity(4);
    while let Some(at) = marked.next_below(products_end + index.cues.len()) {
        let Some((cue, matcher)) = index.cues.get(at - products_end) else {
            continue;
        };
        if shut(at, &cx) {
            continue;
        }
        if let Some(hit) = eval(matcher, &cx) {
            let cite = index.cites.get(at).copied().filter(|&c| c != u16::MAX);
            cues.push(Reason {
                says: std::borrow::Cow::Borrowed(cue.says),
                toward: super::layer_kind(cue.toward),
                weight: cue.weight,
                span: hit.span,
                cite,
            });
        }
    }
    Matches {
        evidence,
        stack,
        cues,
        server,
    }
}

/// Marks the signals a JSON body can meet (out of `collect`: V8 compiles it only for a JSON body).
#[inline(never)]
fn mark_json(index: &Index, json: &Json, marked: &mut Marks) {
    marked.wake(index, JSON, 0);
    match json {
        Json::Object(members) => {
            for (key, _) in members {
                if let Some(id) = index.json_keys.get(key.as_bytes()) {
                    marked.wake(index, index.keys.json_key + id, 0);
                }
            }
        }
        _ => marked.wake(index, JSON_ANY, 0),
    }
}

/// The evidence of signal `at` (a stack's or a product's, by position) that matched.
fn evidence_of(
    hit: Hit,
    owner: &'static str,
    signal: &'static Signal,
    at: usize,
    cx: &Context,
) -> Evidence {
    Evidence {
        signal: hit.what.text(cx),
        product: owner,
        generated: signal.shows == Shows::Generated,
        weight: signal.weight,
        span: hit.span,
        cite: cx.index.cites.get(at).copied().unwrap_or(u16::MAX),
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
        match self.starts.get(key..key + 2) {
            Some(&[start, end]) => self.items.get(start as usize..end as usize),
            _ => None,
        }
        .unwrap_or_default()
    }
}

/// A set of signal positions, taken out in increasing order.
struct Marks {
    words: [u64; MARK_WORDS],
    /// A bit per word that is not empty: the next position is found without reading empty
    /// words.
    full: u32,
}

/// Words of `Marks`, on the stack (a bit each in `Marks::full`): 2,048 signals (the tables have
/// about 1,300; a test keeps them below).
const MARK_WORDS: usize = 32;

impl Marks {
    fn set(&mut self, i: usize) {
        if let Some(word) = self.words.get_mut(i / 64) {
            *word |= 1 << (i % 64);
            self.full |= 1 << (i / 64);
        }
    }

    /// Adds the positions filed under `key`, from `from` on (those before it were taken out
    /// already).
    fn wake(&mut self, index: &Index, key: usize, from: usize) {
        for &i in index.by_key.get(key) {
            if i as usize >= from {
                self.set(i as usize);
            }
        }
    }

    /// Takes the smallest position out of the set, if it is below `end`. Positions from `end`
    /// on may still be added.
    fn next_below(&mut self, end: usize) -> Option<usize> {
        let at = self.full.trailing_zeros() as usize;
        let word = self.words.get_mut(at)?;
        let i = at * 64 + word.trailing_zeros() as usize;
        if i >= end {
            return None;
        }
        *word &= *word - 1;
        if *word == 0 {
            self.full &= !(1 << at);
        }
        Some(i)
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
/// And natively whether every name is lowercase (`Feature::NamesLowercase`).
fn header_ids<'a>(index: &Index, headers: &'a [Header]) -> (Vec<HeaderId<'a>>, Option<bool>) {
    let mut ids = Vec::with_capacity(headers.len());
    let mut lowercase = true;
    // Names lowercased on the stack; a longer one (no table's) in a copy.
    let mut buffer = [0u8; 64];
    for header in headers {
        let name = header.name.as_bytes();
        // A name borrowed from the tables' spellings: its id read by its place (natively).
        let spelled = crate::http::headers::spelling_id(&header.name);
        if FAST && lowercase {
            lowercase = match spelled {
                Some(s) => index.spelled_names.get(s).is_some_and(|&(_, upper)| !upper),
                None => !name.iter().any(u8::is_ascii_uppercase),
            };
        }
        let id = match buffer.get_mut(..name.len()) {
            _ if spelled.is_some() => spelled.and_then(|s| index.spelled_names.get(s)?.0),
            Some(lower) => {
                if !(FAST && lowercase_words(name, lower)) {
                    lower.copy_from_slice(name);
                    lower.make_ascii_lowercase();
                }
                index.header_names.get(lower)
            }
            None => index
                .header_names
                .get(header.name.to_ascii_lowercase().as_bytes()),
        };
        if let Some(id) = id {
            let value = trim(&header.value);
            let first = value.as_bytes().first().copied();
            ids.push(HeaderId {
                id,
                first: first.map_or(0, |b| b.to_ascii_lowercase()),
                value,
                header,
            });
        }
    }
    (ids, FAST.then_some(lowercase))
}

/// `lower` (as long as `name`) set to `name` ASCII-lowercased a word at a time, the words of a
/// name read so that they may overlap (natively): false, untouched, for a name under 4 bytes.
fn lowercase_words(name: &[u8], lower: &mut [u8]) -> bool {
    // Each A-Z byte gets its 0x20 (bytes from 0x80 are left as they are; no carry crosses a byte).
    let lowercase = |w: u64| {
        let h = w & 0x7f7f_7f7f_7f7f_7f7f;
        let upper =
            h.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) & !h.wrapping_add(0x2525_2525_2525_2525) & !w;
        w | ((upper & 0x8080_8080_8080_8080) >> 2)
    };
    let n = name.len();
    if n >= 8 {
        let mut at = 0;
        while at < n {
            let from = at.min(n - 8);
            let word = name.get(from..).and_then(|r| r.first_chunk::<8>());
            let out = lower.get_mut(from..).and_then(|r| r.first_chunk_mut::<8>());
            if let (Some(word), Some(out)) = (word, out) {
                *out = lowercase(u64::from_le_bytes(*word)).to_le_bytes();
            }
            at += 8;
        }
    } else if n >= 4 {
        for from in [0, n - 4] {
            let word = name.get(from..).and_then(|r| r.first_chunk::<4>());
            let out = lower.get_mut(from..).and_then(|r| r.first_chunk_mut::<4>());
            if let (Some(word), Some(out)) = (word, out) {
                let word = lowercase(u64::from(u32::from_le_bytes(*word))).to_le_bytes();
                if let Some(low) = word.first_chunk::<4>() {
                    *out = *low;
                }
            }
        }
    }
    n >= 4
}

/// `value.trim()`, without the call for a value that starts and ends with a byte that is neither
/// whitespace nor part of a longer character (as header values mostly do).
fn trim(value: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b.is_ascii());
    let bytes = value.as_bytes();
    if FAST && plain(bytes.first()) && plain(bytes.last()) {
        return value;
    }
    value.trim()
}

fn parse_json<'a>(subject: &Subject<'a>) -> Option<Json<'a>> {
    let json_kind = matches!(subject.body_kind, BodyKind::Json | BodyKind::ProblemJson);
    (json_kind && subject.body.len() <= JSON_SHAPE_LIMIT)
        .then(|| Json::parse(subject.body))
        .flatten()
}

fn eval<'a>(matcher: &'static Compiled, cx: &Context<'a>) -> Option<Hit<'a>> {
    let subject = cx.subject;
    match matcher {
        Compiled::Header(name) => header_hit(cx, *name, &|_| true),
        Compiled::HeaderIs(name, expected) => header_hit(cx, *name, &|v| same_value(v, expected)),
        Compiled::HeaderPrefix(name, prefix) => header_hit(cx, *name, &|v| {
            v.get(..prefix.len())
                .is_some_and(|head| same_value(head, prefix))
        }),
        Compiled::HeaderContains(name, needle) => header_hit(cx, *name, &|v| {
            crate::search::contains_ignore_ascii_case(v.as_bytes(), needle)
        }),
        Compiled::HeaderIn(name, values) => header_hit(cx, *name, &|v| {
            values.iter().any(|expected| same_value(v, expected))
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
            // Only the span is kept: most `All`s fail on a later part, and those that match are
            // put into words (`What::write`) only when their evidence is kept.
            let span = all
                .iter()
                .map(|m| eval(m, cx).map(|h| h.span))
                .try_fold(None, |first: Option<Span>, span| {
                    span.map(|s| first.or(Some(s)))
                })??;
            Some(Hit {
                span,
                what: What::All(all),
            })
        }
        Compiled::NamesInOrder(_, names, _) => {
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
        Compiled::NamesEnd(_, names, _) => {
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
        Compiled::NamesStart(_, names, _) => {
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

/// `a.eq_ignore_ascii_case(b)`, natively a word at a time.
fn same_value(a: &str, b: &str) -> bool {
    match FAST {
        true => crate::explain::headers::same_name(a, b),
        false => a.eq_ignore_ascii_case(b),
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
        Some(Feature::ReasonNonstandard | Feature::Http2 | Feature::Http11 | Feature::NoReason) => {
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
    for h in &cx.header_ids {
        if h.id == name && accept(h.value) {
            return Some(Hit {
                span: h.header.span,
                what: What::Header(h.header),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header of this name with an empty value.
    #[cfg(not(target_arch = "wasm32"))]
    fn header(name: crate::report::HeaderName) -> Header {
        Header {
            name,
            value: crate::report::header_value(String::new()),
            span: Span::default(),
            value_span: None,
        }
    }

    /// A name borrowed from the tables' spellings gets the id its text gets.
    // Natively only: names are borrowed there (`HeaderName` is a `String` in the module).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn spelled_names_get_their_texts_ids() {
        for &text in &crate::http::headers::spellings().texts {
            let borrowed = [header(crate::report::HeaderName::Borrowed(text))];
            let owned = [header(crate::report::header_name(text.to_owned()))];
            let id = |headers: &[Header]| header_ids(index(), headers).0.first().map(|h| h.id);
            assert_eq!(id(&borrowed), id(&owned), "{text}");
        }
    }

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

    /// The names `Features` asks about are known from the names' ids as a search finds them.
    #[test]
    fn known_names_agree_with_a_search() {
        let heads: [&[&str]; 4] = [
            &["Date", "Server", "Via", "X-Powered-By"],
            &["date", "SERVER", "x-powered-by"],
            &["Content-Type", "VIA", "Dates", "Servers"],
            &[],
        ];
        for names in heads {
            let headers: Vec<Header> = names
                .iter()
                .map(|n| Header {
                    name: crate::report::header_name((*n).to_owned()),
                    value: crate::report::header_value(String::new()),
                    span: Span::default(),
                    value_span: None,
                })
                .collect();
            let mut present: NameSet = [0; PRESENT_IDS / 64];
            for h in header_ids(index(), &headers).0 {
                if let Some(word) = present.get_mut(h.id / 64) {
                    *word |= 1 << (h.id % 64);
                }
            }
            let known = known_names(index(), &present);
            for (name, known) in NAMES.iter().zip(known) {
                let found = names.iter().any(|n| n.eq_ignore_ascii_case(name));
                assert_eq!(known, FAST.then_some(found), "{name} in {names:?}");
            }
        }
    }

    /// Whether every name is lowercase, as `header_ids` knows it, is what a scan says, for
    /// names borrowed from the spellings and others.
    // Natively only: names are borrowed there (`HeaderName` is a `String` in the module).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn lowercase_names_agree_with_a_scan() {
        let texts = &crate::http::headers::spellings().texts;
        let borrowed = |text: &'static str| header(crate::report::HeaderName::Borrowed(text));
        let owned = |text: &str| header(crate::report::header_name(text.to_owned()));
        for pair in texts.windows(2) {
            let heads = [
                vec![borrowed(pair[0]), borrowed(pair[1])],
                vec![borrowed(pair[0]), owned("x-a")],
                vec![owned("x-a"), owned("X-b"), borrowed(pair[1])],
                vec![owned("via"), owned("date")],
            ];
            for headers in heads {
                let scan = headers
                    .iter()
                    .all(|h| !h.name.bytes().any(|b| b.is_ascii_uppercase()));
                assert_eq!(header_ids(index(), &headers).1, FAST.then_some(scan));
            }
        }
    }

    /// Packed gates shut what their gates one by one shut, over every signal's gates.
    #[test]
    fn packed_gates_agree_with_the_gates() {
        let index = index();
        let mut all = Vec::new();
        for (_, _, m) in &index.stack_signals {
            all.push(m.needs().1);
        }
        for e in &index.signals {
            all.push(e.matcher.needs().1);
        }
        for (_, m) in &index.cues {
            all.push(m.needs().1);
        }
        let codes = [
            None,
            Some(0),
            Some(200),
            Some(404),
            Some(418),
            Some(502),
            Some(999),
        ];
        let reasons = [
            None,
            Some(""),
            Some("OK"),
            Some("Not Found"),
            Some("Bad Gateway"),
        ];
        let bodies: [&[u8]; 3] = [b"", b"{}", b"Internal Server Error"];
        let stacks = [None, Some(0), Some(3)];
        for gates in &all {
            let packed = Packed::new(gates);
            for (code, reason, body) in codes
                .iter()
                .flat_map(|c| reasons.iter().map(move |r| (c, r)))
                .flat_map(|(c, r)| bodies.iter().map(move |b| (*c, *r, *b)))
            {
                let values = Values::new(code, reason, body);
                for bits in [0u32, 1, 0x155, 0xffff] {
                    for &stack in &stacks {
                        for names in [false, true] {
                            let mut features = Features::default();
                            for (f, _) in resplain_tables::product::FEATURES {
                                if let Some(feature) = Feature::named(f) {
                                    features.set(feature, bits & 1 << feature as u32 != 0);
                                }
                            }
                            features.stack = stack;
                            let open = |gate: &Gate| match *gate {
                                Gate::Status(lo, hi) => {
                                    code.is_some_and(|c| (lo..=hi).contains(&c))
                                }
                                Gate::ReasonLength(n) => reason.is_some_and(|r| r.len() == n),
                                Gate::BodyLength(n) => body.len() == n,
                                Gate::Feature(f) => features.has(f),
                                Gate::Stack(s) => stack == Some(s),
                                Gate::Names(_) => names,
                            };
                            let shut = gates.iter().flatten().any(|g| !open(g));
                            assert_eq!(packed.shut(&values, &features, |_| names), shut);
                        }
                    }
                }
            }
        }
    }

    /// The word-wise lowercasing agrees with the standard one.
    #[test]
    fn word_wise_lowercasing_agrees_with_the_standard_one() {
        let texts = [
            "",
            "a",
            "Via",
            "Date",
            "Server",
            "X-Powered-By",
            "CONTENT-TYPE",
            "x-amz-cf-id-long-name",
            "@[`{AZaz",
            "Caf\u{e9}-\u{c9}T\u{e9}",
            "cloudflare, 1.1 CloudFront (CloudFront)",
        ];
        for text in texts {
            let mut lower = text.as_bytes().to_vec();
            if lowercase_words(text.as_bytes(), &mut lower) {
                assert_eq!(lower, text.to_ascii_lowercase().into_bytes(), "{text:?}");
            }
        }
    }

    #[test]
    fn the_tables_fit_the_fixed_sizes() {
        let index = index();
        let signals = index.stack_signals.len() + index.signals.len() + index.cues.len();
        assert!(
            signals <= MARK_WORDS * 64,
            "{signals} signals: raise MARK_WORDS"
        );
        assert!(index.server.is_some(), "a signal asks about Server");
        for (name, &id) in NAMES.iter().zip(&index.feature_names) {
            assert!(usize::from(id) < PRESENT_IDS, "{name} has a present bit");
        }
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
