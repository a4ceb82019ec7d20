//! A small JSON reader (RFC 8259) for what resplain reads: error bodies, HAR files, the options
//! of a pasted `fetch()` call.
//!
//! It replaces `serde_json`'s deserializer and `Value`, which cost about 40 KB of wasm, and it
//! borrows: strings without escapes and numbers stay slices of the input (numbers are kept as
//! written, never converted). Objects keep their members in document order.
//!
//! Invariants: never panics; nesting deeper than `MAX_DEPTH` is a syntax error (as in
//! `serde_json`), so the recursion here and in `Drop` is bounded whatever the input; time is
//! linear in the input.

use std::borrow::Cow;

/// `text` as a JSON string, quotes included, appended to `out`, with serde_json's escapes: `"`,
/// `\` and the control characters, as `\n`-style short forms where JSON has them and `\u00XX`
/// (lowercase hex) otherwise. The one JSON string writer: the wasm module's Report
/// (`report_json`) and the objects a client printed, written back as JSON (`input::literal`).
pub(crate) fn write_string(out: &mut String, text: &str) {
    out.push('"');
    let mut rest = text;
    while let Some(at) = rest
        .bytes()
        .position(|b| b < 0x20 || b == b'"' || b == b'\\')
    {
        // An ASCII byte: the slices around it fall on character boundaries.
        let byte = rest.as_bytes().get(at).copied().unwrap_or_default();
        out.push_str(rest.get(..at).unwrap_or_default());
        rest = rest.get(at + 1..).unwrap_or_default();
        out.push('\\');
        match byte {
            b'"' | b'\\' => out.push(char::from(byte)),
            0x08 => out.push('b'),
            0x0c => out.push('f'),
            b'\n' => out.push('n'),
            b'\r' => out.push('r'),
            b'\t' => out.push('t'),
            _ => {
                out.push_str("u00");
                for nibble in [byte >> 4, byte & 0xf] {
                    out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
                }
            }
        }
    }
    out.push_str(rest);
    out.push('"');
}

/// Deepest nesting of arrays and objects accepted.
const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// As written (`-1.5e3`), validated against the JSON grammar.
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Members in document order, duplicates kept (`get` answers with the last, as JavaScript's
    /// `JSON.parse` does).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// The whole of `input` as one JSON value (surrounding whitespace allowed); `None` on any
    /// syntax error.
    pub fn parse(input: &'a [u8]) -> Option<Json<'a>> {
        let mut parser = Parser::new(input);
        let value = parser.document()?;
        Some(value)
    }

    /// The first JSON value at the start of `input` (after whitespace), and the rest of the input
    /// after it.
    pub fn parse_prefix(input: &'a [u8]) -> Option<(Json<'a>, &'a [u8])> {
        let mut parser = Parser::new(input);
        parser.skip_whitespace();
        let value = parser.value(0)?;
        Some((value, input.get(parser.pos..).unwrap_or_default()))
    }

    /// Calls `each` with every element of the array found at `path` (object keys from the top),
    /// one element at a time: a large document such as a HAR file is never held as one tree.
    /// `false` when the input is not one valid JSON value or has no array at `path`.
    pub fn for_each_at(input: &'a [u8], path: &[&str], each: &mut dyn FnMut(Json<'a>)) -> bool {
        let mut parser = Parser::new(input);
        parser.skip_whitespace();
        let found = parser.visit(path, each);
        parser.skip_whitespace();
        found == Some(true) && parser.pos == input.len()
    }

    /// Whether the whole of `input` is one JSON value; builds nothing.
    pub fn is_valid(input: &[u8]) -> bool {
        let mut parser = Parser::new(input);
        parser.skip_whitespace();
        let valid = parser.skip(0).is_some();
        parser.skip_whitespace();
        valid && parser.pos == input.len()
    }

    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Element `index` of an array.
    pub fn at(&self, index: usize) -> Option<&Json<'a>> {
        self.as_array()?.get(index)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// A number written as a non-negative integer (`502`; not `502.0` or `5.02e2`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => crate::http::line::parse_u64(n.as_bytes()),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// A scalar as JSON text: `true`, `null`, a number as written, a string's contents. `None` for
    /// arrays and objects.
    pub fn scalar_text(&self) -> Option<&str> {
        match self {
            Json::Null => Some("null"),
            Json::Bool(true) => Some("true"),
            Json::Bool(false) => Some("false"),
            Json::Number(n) => Some(n),
            Json::String(s) => Some(s),
            Json::Array(_) | Json::Object(_) => None,
        }
    }
}

/// Classes of string bytes: plain ASCII is 0.
const CONTROL: u8 = 1;
const NON_ASCII: u8 = 2;
const QUOTE_OR_BACKSLASH: u8 = 4;

fn string_byte(byte: u8) -> u8 {
    match byte {
        0x00..=0x1f => CONTROL,
        b'"' | b'\\' => QUOTE_OR_BACKSLASH,
        0x80..=0xff => NON_ASCII,
        _ => 0,
    }
}

/// How many bytes at the start of `bytes` are plain ASCII string content (no quote, backslash,
/// control or non-ASCII byte), counted 8 at a time, a multiple of 8: the byte loop takes the rest.
fn plain_ascii_prefix(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A high bit where `word` has a zero byte (exact as to whether there is one).
    let zero_byte = |word: u64| word.wrapping_sub(ONES) & !word & HIGH;
    let mut len = 0;
    while let Some(chunk) = bytes.get(len..len + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        let special = (word & HIGH)
            | (word.wrapping_sub(ONES * 0x20) & !word & HIGH)
            | zero_byte(word ^ (ONES * u64::from(b'"')))
            | zero_byte(word ^ (ONES * u64::from(b'\\')));
        if special != 0 {
            break;
        }
        len += 8;
    }
    len
}

/// `value` reads and builds; `skip` reads the same grammar and only checks it (nothing is
/// allocated).
struct Parser<'a> {
    input: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a [u8]) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn document(&mut self) -> Option<Json<'a>> {
        self.skip_whitespace();
        let value = self.value(0)?;
        self.skip_whitespace();
        (self.pos == self.input.len()).then_some(value)
    }

    /// One value at `pos` (whitespace already skipped), nested `depth` deep.
    fn value(&mut self, depth: usize) -> Option<Json<'a>> {
        match self.peek()? {
            b'{' => {
                let depth = Self::deeper(depth)?;
                let mut members = Vec::new();
                self.list(b'}', |p| {
                    let name = p.member_name()?;
                    members.push((name, p.value(depth)?));
                    Some(())
                })?;
                Some(Json::Object(members))
            }
            b'[' => {
                let depth = Self::deeper(depth)?;
                let mut items = Vec::new();
                self.list(b']', |p| {
                    items.push(p.value(depth)?);
                    Some(())
                })?;
                Some(Json::Array(items))
            }
            b'"' => self.string().map(Json::String),
            b't' => self.word(b"true").map(|()| Json::Bool(true)),
            b'f' => self.word(b"false").map(|()| Json::Bool(false)),
            b'n' => self.word(b"null").map(|()| Json::Null),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            _ => None,
        }
    }

    /// Checks one value at `pos` (whitespace already skipped), nested `depth` deep. A loop with
    /// the open containers in a bit stack (1 for an object), not a recursion: validating a large
    /// body is most of what reading it costs, and this runs at about twice the speed of the
    /// building reader's descent.
    fn skip(&mut self, depth: usize) -> Option<()> {
        let room = MAX_DEPTH.checked_sub(depth)?;
        let mut objects: u128 = 0;
        let mut open = 0usize;
        loop {
            // A value.
            match self.peek()? {
                open_byte @ (b'{' | b'[') => {
                    if open == room {
                        return None;
                    }
                    let object = open_byte == b'{';
                    objects = objects << 1 | u128::from(object);
                    open += 1;
                    self.pos += 1;
                    self.skip_whitespace();
                    let close = if object { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.pos += 1;
                        objects >>= 1;
                        open -= 1;
                    } else {
                        if object {
                            self.skip_member_name()?;
                        }
                        continue;
                    }
                }
                b'"' => self.skip_string()?,
                b't' => self.word(b"true")?,
                b'f' => self.word(b"false")?,
                b'n' => self.word(b"null")?,
                b'-' | b'0'..=b'9' => self.skip_number()?,
                _ => return None,
            }
            // After a value: the next item, or the end of one or more containers.
            loop {
                if open == 0 {
                    return Some(());
                }
                self.skip_whitespace();
                let object = objects & 1 == 1;
                match self.peek()? {
                    b',' => {
                        self.pos += 1;
                        self.skip_whitespace();
                        if object {
                            self.skip_member_name()?;
                        }
                        break;
                    }
                    b'}' if object => {}
                    b']' if !object => {}
                    _ => return None,
                }
                self.pos += 1;
                objects >>= 1;
                open -= 1;
            }
        }
    }

    /// `"name"` and its colon, then the whitespace before the value.
    fn skip_member_name(&mut self) -> Option<()> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.skip_string()?;
        if !self.eat(b':') {
            return None;
        }
        self.skip_whitespace();
        Some(())
    }

    /// A string at `pos` (on its opening quote), checked: no control bytes, valid escapes, valid
    /// UTF-8.
    fn skip_string(&mut self) -> Option<()> {
        let mut at = self.pos + 1;
        let mut run_start = at;
        let mut non_ascii = false;
        loop {
            // Words of plain ASCII, then plain bytes one by one, to the next special byte.
            at += plain_ascii_prefix(self.input.get(at..)?);
            let rest = self.input.get(at..)?;
            at += rest
                .iter()
                .position(|&b| string_byte(b) != 0)
                .unwrap_or(rest.len());
            let byte = *self.input.get(at)?;
            match string_byte(byte) {
                QUOTE_OR_BACKSLASH => {
                    if non_ascii {
                        std::str::from_utf8(self.input.get(run_start..at)?).ok()?;
                        non_ascii = false;
                    }
                    at += 1;
                    if byte == b'"' {
                        self.pos = at;
                        return Some(());
                    }
                    self.escape(&mut at)?;
                    run_start = at;
                }
                CONTROL => return None,
                _ => {
                    non_ascii = true;
                    at += 1;
                }
            }
        }
    }

    /// A number at `pos`, checked against the grammar (see `number`).
    fn skip_number(&mut self) -> Option<()> {
        let digits = |p: &mut Self| {
            let from = p.pos;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return None;
            }
        }
        Some(())
    }

    fn deeper(depth: usize) -> Option<usize> {
        (depth < MAX_DEPTH).then_some(depth + 1)
    }

    /// The items of an array or object at `pos` (on its opening bracket), up to `close`: each
    /// read by `item` (whitespace before it skipped), separated by commas.
    fn list(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.pos += 1;
        if self.eat(close) {
            return Some(());
        }
        loop {
            self.skip_whitespace();
            item(self)?;
            if self.eat(close) {
                return Some(());
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// An object member's name and its colon; the value's whitespace skipped.
    fn member_name(&mut self) -> Option<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let name = self.string()?;
        if !self.eat(b':') {
            return None;
        }
        self.skip_whitespace();
        Some(name)
    }

    /// The value at `pos`, looking for the array at `path` in it (see `Json::for_each_at`);
    /// everything else is only checked. `Some(found)` when the value is valid. The recursion is
    /// as deep as `path` is long.
    fn visit(&mut self, path: &[&str], each: &mut dyn FnMut(Json<'a>)) -> Option<bool> {
        let Some((key, rest)) = path.split_first() else {
            if self.peek() != Some(b'[') {
                return self.skip(0).map(|()| false);
            }
            let each_item = |p: &mut Self| {
                each(p.value(1)?);
                Some(())
            };
            return self.list(b']', each_item).map(|()| true);
        };
        if self.peek() != Some(b'{') {
            return self.skip(0).map(|()| false);
        }
        let mut found = false;
        self.list(b'}', |p| {
            let name = p.member_name()?;
            if name == *key && !found {
                found = p.visit(rest, each)?;
                Some(())
            } else {
                p.skip(1)
            }
        })?;
        Some(found)
    }

    fn word(&mut self, word: &[u8]) -> Option<()> {
        let rest = self.input.get(self.pos..)?;
        rest.starts_with(word).then(|| self.pos += word.len())
    }

    /// A string at `pos` (on its opening quote). Borrowed when it has no escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.pos + 1;
        let mut at = start;
        let mut owned: Option<String> = None;
        loop {
            let rest = self.input.get(at..)?;
            // One pass to the next quote or backslash, noting control bytes (not allowed) and
            // non-ASCII ones (then checked as UTF-8). Most strings are short and ASCII.
            let mut stop = plain_ascii_prefix(rest);
            let mut seen = 0;
            let end = loop {
                let byte = *rest.get(stop)?;
                let class = string_byte(byte);
                if class == QUOTE_OR_BACKSLASH {
                    break byte;
                }
                seen |= class;
                stop += 1;
            };
            if seen & CONTROL != 0 {
                return None;
            }
            let run = rest.get(..stop)?;
            if seen & NON_ASCII != 0 && std::str::from_utf8(run).is_err() {
                return None;
            }
            let text_of = |run| std::str::from_utf8(run).ok();
            let quote = end == b'"';
            if quote && owned.is_none() {
                self.pos = at + stop + 1;
                return Some(Cow::Borrowed(text_of(run)?));
            }
            let text = owned.get_or_insert_with(String::new);
            text.push_str(text_of(run)?);
            at += stop + 1;
            if quote {
                self.pos = at;
                return owned.map(Cow::Owned);
            }
            text.push(self.escape(&mut at)?);
        }
    }

    /// The character of the escape after a backslash, `at` just past the backslash; moves `at`
    /// past the escape. A lone surrogate becomes U+FFFD.
    fn escape(&self, at: &mut usize) -> Option<char> {
        let byte = *self.input.get(*at)?;
        *at += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4(at)?;
                if (0xD800..0xDC00).contains(&high)
                    && self.input.get(*at..*at + 2) == Some(&b"\\u"[..])
                {
                    let mut after = *at + 2;
                    let low = self.hex4(&mut after)?;
                    if (0xDC00..0xE000).contains(&low) {
                        *at = after;
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        return Some(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    }
                }
                char::from_u32(high).unwrap_or('\u{FFFD}')
            }
            _ => return None,
        })
    }

    fn hex4(&self, at: &mut usize) -> Option<u32> {
        let digits = self.input.get(*at..*at + 4)?;
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16)?;
        }
        *at += 4;
        Some(value)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<&'a str> {
        let start = self.pos;
        self.skip_number()?;
        let text = self.input.get(start..self.pos)?;
        // Only ASCII digits and signs were consumed.
        std::str::from_utf8(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<Json<'_>> {
        Json::parse(text.as_bytes())
    }

    #[test]
    fn reads_values() {
        let doc = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "a": "last"} "#)
            .unwrap_or(Json::Null);
        assert_eq!(doc.get("a").and_then(Json::as_str), Some("last"));
        assert_eq!(
            doc.get("b").and_then(|b| b.get("c")).and_then(Json::as_str),
            Some("d")
        );
        let first = doc.as_object().and_then(|m| m.first()).map(|(_, v)| v);
        assert_eq!(first.and_then(|a| a.at(1)), Some(&Json::Number("-2.5e3")));
        assert_eq!(first.and_then(|a| a.at(0)).and_then(Json::as_u64), Some(1));
        assert_eq!(parse("0"), Some(Json::Number("0")));
        assert_eq!(parse("[]"), Some(Json::Array(Vec::new())));
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        assert!(matches!(
            parse(r#""plain é""#),
            Some(Json::String(Cow::Borrowed("plain é")))
        ));
        let escaped = parse(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00\ud800x""#);
        assert_eq!(
            escaped.as_ref().and_then(Json::as_str),
            Some("a\"b\\c/d\né😀\u{FFFD}x")
        );
    }

    #[test]
    fn rejects_what_json_does_not_allow() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"a\u{1}b\"",
            "\"\\x\"",
            "\"\\u12\"",
            "{a:1}",
            "[1 2]",
            "1 2",
            "'a'",
            "\"open",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
            assert!(!Json::is_valid(bad.as_bytes()), "{bad:?}");
        }
        assert!(Json::parse(b"\"\xff\"").is_none());
    }

    #[test]
    fn depth_is_limited_without_recursing_on_the_input() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::is_valid(ok.as_bytes()));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse(&deep).is_none());
        assert!(parse(&"[".repeat(100_000)).is_none());
        assert!(parse(&"{\"a\":".repeat(100_000)).is_none());
    }

    #[test]
    fn validating_builds_nothing_but_agrees() {
        for text in [r#"{"a":[1,{"b":"c\n"}]}"#, "[1,2", r#"{"a" 1}"#, "true"] {
            assert_eq!(
                Json::is_valid(text.as_bytes()),
                parse(text).is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn visits_the_array_at_a_path_one_element_at_a_time() {
        let doc =
            br#"{"a": 1, "log": {"version": "1.2", "entries": [{"n": 1}, [2], "three"], "x": {}}}"#;
        let mut seen = Vec::new();
        assert!(Json::for_each_at(doc, &["log", "entries"], &mut |v| seen.push(v)));
        assert_eq!(seen.len(), 3);
        assert_eq!(
            seen.first().and_then(|v| v.get("n")),
            Some(&Json::Number("1"))
        );
        assert_eq!(seen.get(2).and_then(Json::as_str), Some("three"));
        let mut count = 0;
        let mut counter = |_: Json| count += 1;
        assert!(!Json::for_each_at(
            br#"{"log": {"entries": 5}}"#,
            &["log", "entries"],
            &mut counter
        ));
        assert!(!Json::for_each_at(
            br#"{"log": {}}"#,
            &["log", "entries"],
            &mut counter
        ));
        assert!(!Json::for_each_at(
            br#"{"log": {"entries": [1, 2]}"#,
            &["log", "entries"],
            &mut counter
        ));
        assert!(!Json::for_each_at(
            br#"{"log": {"entries": [1]}} x"#,
            &["log", "entries"],
            &mut counter
        ));
        assert!(Json::for_each_at(
            br#" {"log": {"entries": []}} "#,
            &["log", "entries"],
            &mut counter
        ));
        let deep = format!(
            "{{\"log\": {{\"entries\": [{}{}]}}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        assert!(!Json::for_each_at(
            deep.as_bytes(),
            &["log", "entries"],
            &mut counter
        ));
        assert_eq!(count, 3);
    }

    #[test]
    fn strings_of_every_length_around_the_word_size() {
        for len in 0..40 {
            for special in ["\\\"", "\\n", "é", "\u{1}"] {
                for at in 0..len {
                    let mut text: String = "a".repeat(len);
                    text.insert_str(at, special);
                    let doc = format!("\"{text}\"");
                    let expected = serde_json::from_str::<String>(&doc).ok();
                    let got =
                        Json::parse(doc.as_bytes()).and_then(|j| j.as_str().map(str::to_owned));
                    assert_eq!(got, expected, "{doc:?}");
                    assert_eq!(
                        Json::is_valid(doc.as_bytes()),
                        expected.is_some(),
                        "{doc:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn prefix_and_rest() {
        let (value, rest) =
            Json::parse_prefix(br#" {"method":"POST"}); x"#).unwrap_or((Json::Null, b""));
        assert_eq!(value.get("method").and_then(Json::as_str), Some("POST"));
        assert_eq!(rest, b"); x");
    }
}
