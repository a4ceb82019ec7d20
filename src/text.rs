//! The readable report, as plain text (the CLI) or as Markdown (the page's "Copy report as
//! Markdown", `resplain --markdown`): one renderer, verdict first, then why, what to check, and
//! the details. Both come from the same sections; only the markup differs.
//!
//! Markdown is for pasting into tickets and chats, where the response's own bytes must stay
//! inert: everything read from the paste (header values, ids, URLs, the body's message, the
//! head) goes into code spans or a fenced block, and every other text is escaped, with words
//! that would become a link or a mention (`@name`, `https://…`, `www.…`) in code spans too.

use std::fmt::Write;

use crate::report::{OriginKind, Report, RetryAdvice, Span, Text};
use crate::{InputFormat, Severity};

/// Plain text or Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Text,
    Markdown,
}

/// The plain-text report (what the CLI prints).
pub fn render(report: &Report) -> String {
    render_as(report, &[], Style::Text)
}

/// The report in `style`. `input` is the paste the Report was read from: the Markdown quotes the
/// response head from it, secrets masked (from `reconstructed` when the spans index that).
pub fn render_as(report: &Report, input: &[u8], style: Style) -> String {
    let mut out = Out {
        s: String::new(),
        md: style == Style::Markdown,
    };
    write_report(&mut out, report, input);
    out.s
}

/// The text being written, and how.
struct Out {
    s: String,
    md: bool,
}

impl Out {
    /// Prose: escaped in Markdown.
    fn text(&mut self, text: &str) {
        if !self.md {
            self.s.push_str(text);
            return;
        }
        let mut rest = text;
        loop {
            let end = crate::search::byte(rest, b' ').unwrap_or(rest.len());
            let word = rest.get(..end).unwrap_or_default();
            let linkish = crate::search::byte(word, b'@').is_some()
                || crate::search::contains(word, "://")
                || word.starts_with("www.");
            if linkish {
                self.code(word);
            } else {
                for c in word.chars() {
                    if matches!(
                        c,
                        '\\' | '`'
                            | '*'
                            | '_'
                            | '['
                            | ']'
                            | '<'
                            | '>'
                            | '!'
                            | '|'
                            | '~'
                            | '#'
                            | '&'
                    ) {
                        self.s.push('\\');
                    }
                    self.s.push(if c == '\n' || c == '\r' { ' ' } else { c });
                }
            }
            match rest.get(end + 1..) {
                Some(next) => {
                    self.s.push(' ');
                    rest = next;
                }
                None => break,
            }
        }
    }

    /// Something read from the paste: a code span in Markdown, as is in text.
    fn code(&mut self, text: &str) {
        if !self.md {
            self.s.push_str(text);
            return;
        }
        let fence = fence(longest_run(text, '`') + 1);
        let pad = if text.starts_with('`') || text.ends_with('`') {
            " "
        } else {
            ""
        };
        self.s.push_str(&fence);
        self.s.push_str(pad);
        for c in text.chars() {
            self.s.push(if c == '\n' || c == '\r' { ' ' } else { c });
        }
        self.s.push_str(pad);
        self.s.push_str(&fence);
    }

    /// A section title: `**Title**` in Markdown, `Title:` in text, after a blank line.
    fn title(&mut self, title: &str) {
        self.s.push_str(if self.md { "\n**" } else { "\n" });
        self.s.push_str(title);
        self.s.push_str(if self.md { "**\n\n" } else { ":\n" });
    }

    /// `Label: ` before a value on the same line (`**Label:** ` in Markdown).
    fn label(&mut self, label: &str) {
        self.s.push_str(if self.md { "**" } else { "" });
        self.s.push_str(label);
        self.s.push_str(if self.md { ":** " } else { ": " });
    }

    /// The start of list item `n` (0 for a bullet).
    fn item(&mut self, n: usize) {
        if !self.md {
            self.s.push_str("  ");
        }
        if n == 0 {
            self.s.push_str("- ");
        } else {
            number(&mut self.s, n);
            self.s.push_str(". ");
        }
    }

    fn numbered(&mut self, title: &str, items: &[Text]) {
        if items.is_empty() {
            return;
        }
        self.title(title);
        for (i, item) in items.iter().enumerate() {
            self.item(i + 1);
            self.text(item);
            self.s.push('\n');
        }
    }
}

/// `n` backticks.
fn fence(n: usize) -> String {
    let mut fence = String::new();
    for _ in 0..n {
        fence.push('`');
    }
    fence
}

/// `n` in decimal (without the formatter).
fn number(out: &mut String, n: usize) {
    if n >= 10 {
        number(out, n / 10);
    }
    out.push(b"0123456789".get(n % 10).map_or('0', |&d| char::from(d)));
}

fn longest_run(text: &str, of: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == of { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

fn write_report(out: &mut Out, r: &Report, input: &[u8]) {
    let status = &r.response.status;
    let origin = &r.origin;
    let e = &r.explanation;
    let md = out.md;
    out.s.push_str(if md { "### " } else { "" });
    match status.code {
        Some(code) => {
            if let Some(v) = &status.version {
                out.s.push_str("HTTP/");
                out.text(v);
                out.s.push(' ');
            }
            number(&mut out.s, usize::from(code));
            if let Some(reason) = &status.reason {
                out.s.push(' ');
                out.text(reason);
            }
        }
        None => out.s.push_str("(no status line)"),
    }
    out.s.push_str(if md { " — " } else { "\n" });
    out.text(&origin.verdict);
    if origin.kind != OriginKind::Unknown {
        // A whole percentage (formatting a float would bring float printing into the module).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let percent = (origin.confidence.clamp(0.0, 1.0) * 100.0 + 0.5) as u32;
        out.s.push_str(" (");
        number(&mut out.s, percent as usize);
        out.s.push_str("% confidence)");
    }
    out.s.push_str(if md { "\n\n> " } else { "\n" });
    if md {
        out.text(&e.summary);
        out.s.push_str("\n\n");
    }
    if !origin.relays.is_empty() {
        out.label("Path");
        out.s.push_str("Client → ");
        for hop in origin.relays.iter().filter(|h| h.kind != OriginKind::App) {
            out.text(hop.name);
            out.s.push_str(" → ");
        }
        out.s.push_str("Your app\n");
    }
    if !md {
        out.s.push('\n');
        out.s.push_str(&e.summary);
        out.s.push('\n');
    }
    if let Some(request) = &r.request {
        out.s.push_str(if md { "\n" } else { "" });
        out.label("Request");
        out.code(&request.method);
        out.s.push(' ');
        out.code(&request.url);
        out.s.push_str(if request.idempotent {
            "\n"
        } else {
            " (not idempotent)\n"
        });
    }
    if !origin.evidence.is_empty() {
        out.title("Evidence");
        for ev in &origin.evidence {
            out.item(0);
            out.code(&ev.signal);
            // A sign of a product that is not the verdict's generator is only that: the
            // verdict named someone else, or no one (a generic page's few marks).
            let (role, after) = if !ev.generated {
                ("passed through ", "")
            } else if origin.generator.as_deref() == Some(ev.product) {
                ("generated by ", "")
            } else {
                ("hints at ", " as the generator")
            };
            out.s.push_str(" → ");
            out.s.push_str(role);
            out.s.push_str(ev.product);
            out.s.push_str(after);
            out.s.push_str(" (bytes ");
            number(&mut out.s, ev.span.start);
            out.s.push('–');
            number(&mut out.s, ev.span.end);
            out.s.push_str(")\n");
        }
    }
    if let Some(m) = &e.message {
        out.s.push('\n');
        out.label("The body says");
        out.code(&m.text);
        if let Some(code) = &m.code {
            out.s.push_str(" [");
            out.code(code);
            out.s.push(']');
        }
        out.s.push_str(" (");
        out.s.push_str(m.shape);
        out.s.push_str(")\n");
    }
    out.numbered("Likely causes", &e.causes);
    out.numbered("What it is not", &e.ruled_out);
    if status.code.is_some() || r.format == InputFormat::HeadersOnly {
        // Without a response (nothing came back, a request alone, not HTTP) there is nothing to
        // check or retry.
        out.numbered("Check first", &e.checks);
        out.s.push('\n');
        out.label(match e.retry.advice {
            RetryAdvice::Yes => "Retry: yes",
            RetryAdvice::Maybe => "Retry: maybe",
            RetryAdvice::No => "Retry: no",
            RetryAdvice::NotNeeded => "Retry: not needed",
        });
        out.text(&e.retry.detail);
        out.s.push('\n');
        if !e.ids.is_empty() {
            out.title("IDs to quote to support");
            for id in &e.ids {
                out.item(0);
                out.text(&id.name);
                out.s.push_str(": ");
                out.code(&id.value);
                out.s.push('\n');
            }
        }
        if e.insights.iter().any(|i| i.kind != "id") {
            out.title("What the headers say");
            for i in e.insights.iter().filter(|i| i.kind != "id") {
                out.item(0);
                out.text(&i.note);
                out.s.push('\n');
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        if !md {
            write_details(out, r);
        }
    }
    if r.diagnostics
        .iter()
        .any(|d| d.severity >= Severity::Warning)
    {
        out.title("Notes on the paste");
        for d in r
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
        {
            if md {
                out.item(0);
            } else {
                out.s.push_str("  [");
                out.s.push_str(d.code.as_str());
                out.s.push_str("] ");
            }
            out.text(d.message);
            if let Some(detail) = &d.detail {
                out.s.push_str(" (");
                out.text(detail);
                out.s.push(')');
            }
            out.s.push('\n');
        }
    }
    if md {
        write_head(out, r, input);
        out.s.push_str("\n_Analysed locally with resplain._\n");
    }
}

/// The body, earlier responses and a HAR file's entries: the text report of the CLI only (the
/// page shows them its own way; leaving them out of the wasm module keeps it small).
#[cfg(not(target_arch = "wasm32"))]
fn write_details(out: &mut Out, r: &Report) {
    let body = &r.response.body;
    let _ = writeln!(
        out.s,
        "\nBody: {} ({} bytes{})",
        body.kind.as_str(),
        body.length,
        body.media_type
            .as_deref()
            .map(|m| format!(", Content-Type {m}"))
            .unwrap_or_default()
    );
    if !r.previous.is_empty() {
        let _ = writeln!(out.s, "Earlier responses in the paste:");
        for p in &r.previous {
            let code = p
                .status
                .code
                .map_or_else(|| "?".to_owned(), |c| c.to_string());
            let _ = writeln!(
                out.s,
                "  {code} {}",
                p.status.reason.as_deref().unwrap_or("")
            );
        }
    }
    if !r.entries.is_empty() {
        let failing = r.entries.iter().filter(|e| e.failing).count();
        let _ = writeln!(
            out.s,
            "\nHAR: {} entries, {failing} failing (failing first):",
            r.entries.len()
        );
        for e in &r.entries {
            let status = if e.status == 0 {
                "no response".to_owned()
            } else {
                e.status.to_string()
            };
            let generator = match &e.report {
                Some(report) => report.origin.generator.as_deref().unwrap_or("unknown"),
                None => "not inspected",
            };
            let _ = writeln!(
                out.s,
                "  #{} {} {} → {status} ({generator})",
                e.index, e.method, e.url
            );
        }
    }
}

/// Longest head quoted in the Markdown.
const HEAD_LIMIT: usize = 8 * 1024;

/// The response head as pasted (status line and headers), secrets masked, in a fenced block
/// inside a collapsed `<details>`.
fn write_head(out: &mut Out, r: &Report, input: &[u8]) {
    let text = r.reconstructed.as_deref().map_or(input, str::as_bytes);
    let start = r.response.span.start;
    let end = r.response.body.span.start.min(start + HEAD_LIMIT);
    let Some(head) = text.get(start..end) else {
        return;
    };
    let mut head = head.to_vec();
    for s in &r.secrets {
        let Span { start: a, end: b } = *s;
        if let Some(range) = head.get_mut(a.saturating_sub(start)..b.min(end).saturating_sub(start))
        {
            range.fill(b'*');
        }
    }
    let head = crate::http::line::lossy(&head);
    let head = crate::search::replace(head.trim(), "\r\n", "\n");
    if head.is_empty() {
        return;
    }
    let fence = fence(longest_run(&head, '`').max(2) + 1);
    let _ = write!(
        out.s,
        "\n<details><summary>Response head (secrets masked)</summary>\n\n{fence}http\n{head}\n{fence}\n\n</details>\n"
    );
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests: the standard library's searches
mod tests {
    use super::*;

    fn markdown(paste: &str) -> String {
        render_as(
            &crate::inspect(paste.as_bytes()),
            paste.as_bytes(),
            Style::Markdown,
        )
    }

    /// What a response says cannot become markup in a ticket: no image, link, mention or HTML.
    #[test]
    fn markdown_quotes_the_paste_inertly() {
        let md = markdown(
            "HTTP/1.1 500 Oops\r\nContent-Type: application/json\r\n\r\n\
             {\"message\":\"![x](https://evil.test/p.png) [go](https://evil.test) @admin <img src=x> `t` www.evil.test\"}",
        );
        let says = md
            .lines()
            .find(|l| l.starts_with("**The body says:**"))
            .unwrap();
        assert_eq!(
            says,
            "**The body says:** ``![x](https://evil.test/p.png) [go](https://evil.test) @admin <img src=x> `t` www.evil.test`` (message)"
        );
        // Outside code spans and escapes (prose that quotes the body): nothing live.
        assert_eq!(live_text("a ![x](u) `b` \\<c ``d`e``"), "a ![x](u)  c ");
        for line in md.lines() {
            let outside = live_text(line);
            for live in ["](", "<img", "@admin", "https://", "www."] {
                assert!(!outside.contains(live), "{live} in {line}");
            }
        }
    }

    /// What CommonMark reads as markup-capable text in `line`: code spans (by their fences) and
    /// backslash-escaped characters left out.
    fn live_text(line: &str) -> String {
        let chars: Vec<char> = line.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '\\' => i += 2,
                '`' => {
                    let n = chars[i..].iter().take_while(|&&c| c == '`').count();
                    let mut j = i + n;
                    loop {
                        if j >= chars.len() {
                            out.extend(&chars[i..i + n]);
                            j = i + n;
                            break;
                        }
                        let m = chars[j..].iter().take_while(|&&c| c == '`').count();
                        if m == n {
                            j += m;
                            break;
                        }
                        j += m.max(1);
                    }
                    i = j;
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        out
    }

    #[test]
    fn markdown_masks_the_head_and_text_stays_plain() {
        let paste = "HTTP/1.1 401 Unauthorized\r\nServer: nginx\r\nX-Session-Token: st-123\r\n\
                     Set-Cookie: sid=abc; Path=/\r\nContent-Length: 0\r\n\r\n";
        let md = markdown(paste);
        assert!(md.starts_with("### HTTP/1.1 401 Unauthorized — "), "{md}");
        assert!(md.contains("```http\nHTTP/1.1 401 Unauthorized\nServer: nginx\nX-Session-Token: ******\nSet-Cookie: sid=***; Path=/\n"), "{md}");
        assert!(!md.contains("st-123") && !md.contains("sid=abc"), "{md}");
        assert!(md.contains("**Retry: "), "{md}");
        let text = render(&crate::inspect(paste.as_bytes()));
        assert!(text.starts_with("HTTP/1.1 401 Unauthorized\n"), "{text}");
        assert!(text.contains("\nRetry: "), "{text}");
        assert!(!text.contains("**") && !text.contains("st-123"), "{text}");
    }

    #[test]
    fn fences_outgrow_the_backticks_inside() {
        let mut out = Out {
            s: String::new(),
            md: true,
        };
        out.code("a ``` b");
        assert_eq!(out.s, "````a ``` b````");
        assert_eq!(longest_run("x``y`", '`'), 2);
    }
}
