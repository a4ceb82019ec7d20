//! `wget -S` (`--server-response`) output: per request a `--date--  URL` line, `Connecting to
//! …`, `HTTP request sent, awaiting response...`, then the response head indented by two spaces
//! (one head per redirect), and wget's verdict (`ERROR 502: Bad Gateway.`). With
//! `--content-on-error -O -` the body follows `Saving to: ‘STDOUT’`, interleaved with the
//! progress bar (a terminal) or the dot progress (a file). Without `-S` the status is on the
//! `awaiting response...` line itself.
//!
//! The heads are rebuilt as HTTP text, each line mapped back to where wget printed it; wget's
//! other lines become transport notes.

use std::borrow::Cow;

use super::meanings as m;
use super::spans::Builder;
use super::{terminal, Prepared};
use crate::http::line::{is_blank, line_at, trim, Line};
use crate::report::{InputFormat, Request, Span, TransportNote};

/// What wget's messages mean; matched as substrings, the first match wins. `true` marks a
/// failure. Source: GNU Wget 1.21 src/http.c, src/connect.c, src/host.c and src/retr.c.
const WGET_MESSAGES: &[(&str, bool, &str)] = &[
    ("Connection refused", true, m::REFUSED),
    ("Connection timed out", true, m::CONNECT_TIMEOUT),
    ("No route to host", true, m::NO_ROUTE),
    ("unable to resolve host address", true, m::DNS),
    ("No data received", true, m::EMPTY_REPLY),
    ("Read error", true, m::RESET),
    ("Connection closed at byte", true, m::TRUNCATED),
    ("Unable to establish SSL connection", true, m::TLS),
    ("cannot verify", true, m::CERT),
    ("ERROR ", false, "wget's verdict on the final status (wget exits with status 8: the server issued an error response)."),
    ("[following]", false, "wget follows a redirect to this Location."),
    ("Retrying.", false, "wget retries by itself: it treats this status (or failure) as transient."),
    ("Giving up.", false, "wget stopped retrying: the number of tries (--tries) was used up."),
    ("broken link", false, "wget --spider: the final status is an error, so the link counts as broken."),
    ("Spider mode enabled", false, "wget --spider sends HEAD requests: the response has no body."),
    ("Connecting to ", false, "The host and address wget connected to: the hop that was called."),
    ("Reusing existing connection", false, "wget sent this request on the connection it kept open."),
];

/// Lines from the start within which wget output shows a request line or `AWAITING`.
pub(super) const LINES: usize = 50;

/// Whether a line is wget's: a `--2024-01-01 10:00:00--  URL` line, or wget's
/// `HTTP request sent, awaiting response...`. `super::first_lines` asks it of the first `LINES`
/// lines.
pub(super) fn marks_line(text: &[u8]) -> bool {
    request_url(text).is_some() || text.starts_with(AWAITING)
}

const AWAITING: &[u8] = b"HTTP request sent, awaiting response...";

/// `--2026-12-03 01:38:59--  http://x/orders` (with `(try: 2)  ` before the URL on a retry):
/// where the URL starts.
fn request_url(line: &[u8]) -> Option<usize> {
    if !line.starts_with(b"--") {
        return None;
    }
    let date = line.get(2..21)?;
    let shape = date.iter().enumerate().all(|(i, &b)| match i {
        4 | 7 => b == b'-',
        10 => b == b' ',
        13 | 16 => b == b':',
        _ => b.is_ascii_digit(),
    });
    if !(shape && line.get(21..23) == Some(b"--")) {
        return None;
    }
    let rest = line.get(23..)?;
    let url = rest.split(|&b| b == b' ').rfind(|w| !w.is_empty())?;
    Some(line.len() - url.len())
}

/// The progress bar's line (`-   0%[   ]   0  --.-KB/s   <body>`): where the bar ends (the
/// body printed to stdout lands after it on a terminal). Source: GNU Wget src/progress.c
/// (create_image: file name, percentage, bar, size, rate, eta).
fn bar_end(line: &[u8]) -> Option<usize> {
    let open = crate::search::memmem::find(line.get(..line.len().min(200))?, b"%[")?;
    let close = open + 2 + line.get(open + 2..)?.iter().position(|&b| b == b']')?;
    let bar = line.get(open + 2..close)?;
    if !bar.iter().all(|&b| matches!(b, b'=' | b'>' | b'<' | b' ')) {
        return None;
    }
    let tail = line.get(close..)?;
    let window = tail.get(..tail.len().min(48)).unwrap_or(tail);
    let rate = crate::search::memmem::find(window, b"B/s")?;
    let mut at = close + rate + 3;
    // The eta or the time taken: `    in 0s`, `    eta 2m 3s`.
    let skip_spaces = |at: usize| {
        at + line
            .get(at..)
            .map_or(0, |r| r.iter().take_while(|&&b| b == b' ').count())
    };
    let after = skip_spaces(at);
    let rest = line.get(after..).unwrap_or_default();
    let label = [&b"in "[..], b"eta "]
        .iter()
        .find(|l| rest.starts_with(l))
        .map(|l| l.len());
    if let Some(label) = label {
        at = after + label;
        loop {
            let word = line.get(at..).unwrap_or_default();
            let len = word.iter().take_while(|&&b| b != b' ').count();
            let time = word.get(..len).unwrap_or_default();
            let is_time = len > 0
                && time.iter().all(|&b| {
                    b.is_ascii_digit() || matches!(b, b'.' | b',' | b's' | b'm' | b'h' | b'd')
                });
            if !is_time {
                break;
            }
            at += len;
            let next = skip_spaces(at);
            // One space separates the parts of a time (`2m 3s`); more end the bar.
            if next != at + 1 {
                break;
            }
            at = next;
        }
    }
    Some(skip_spaces(at).min(line.len()))
}

/// The dot progress (`     0K .......... 100% 19.2M=0s`), written when wget's stderr is not a
/// terminal. Source: GNU Wget src/progress.c (dot_draw, dot_finish).
fn is_dot_progress(line: &[u8]) -> bool {
    let text = trim(line);
    let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0
        && line.first() == Some(&b' ')
        && text.get(digits) == Some(&b'K')
        && memchr::memchr(b'%', text).is_some()
}

fn note(input: &[u8], line: Line) -> TransportNote {
    let message = crate::http::line::lossy_owned(trim(line.bytes(input)));
    let known = WGET_MESSAGES
        .iter()
        .find(|(needle, _, _)| crate::search::find_short(&message, needle).is_some());
    TransportNote {
        meaning: known.map(|&(_, _, meaning)| meaning),
        error: known.is_some_and(|&(_, error, _)| error),
        message,
        span: Some(Span::new(line.start, line.end)),
    }
}

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    if !super::first_lines(input, false).wget {
        return None;
    }
    read(input)
}

/// The reading itself, out of line: V8 compiles a wasm function when it is first called, so a
/// paste in another format never pays for compiling this.
#[inline(never)]
pub(super) fn read(input: &[u8]) -> Option<Prepared<'_>> {
    let mut b = Builder::default();
    let mut transport = Vec::new();
    let mut url: Option<(String, Span)> = None;
    let mut method = "GET";
    let mut body_shown = false;
    let mut pos = 0;
    while pos < input.len() {
        let line = line_at(input, pos);
        let text = line.bytes(input);
        pos = line.next;
        if let Some(at) = request_url(text) {
            let link = crate::http::line::lossy_owned(text.get(at..).unwrap_or_default());
            url = Some((link, Span::new(line.start, line.end)));
            continue;
        }
        if let Some(rest) = text
            .get(AWAITING.len()..)
            .filter(|_| text.starts_with(AWAITING))
        {
            pos = head(input, line, rest, &mut b, &mut transport);
            continue;
        }
        if text.starts_with(b"Saving to: ") {
            if crate::search::memmem::find(text, b"STDOUT").is_some() {
                let (next, shown) = body(input, pos, &mut b);
                pos = next;
                body_shown = shown;
            }
            continue;
        }
        if text.starts_with(b"Spider mode enabled") {
            method = "HEAD";
        }
        if is_blank(text) || text.starts_with(b"Length: ") || bar_end(text).is_some() {
            continue;
        }
        if let Some((_, command)) = terminal::prompt_command(text) {
            transport.push(terminal::command_note(input, line, command));
            continue;
        }
        if WGET_MESSAGES.iter().any(|(needle, _, _)| {
            crate::search::find_short_bytes(text, needle.as_bytes()).is_some()
        }) {
            transport.push(note(input, line));
        }
    }
    let request = url.map(|(link, span)| Request {
        span: Some(span),
        ..super::request::build(method.to_owned(), &link, Vec::new(), None)
    });
    let failed = transport.iter().any(|n| n.error);
    if b.text.is_empty() && !failed {
        return Some(Prepared {
            request,
            transport,
            ..Prepared::unreadable(input, InputFormat::Wget, "wget output")
        });
    }
    Some(Prepared {
        map: Some(b.map),
        request,
        transport,
        // wget writes the body only with `--content-on-error -O -`.
        body_hidden: !body_shown,
        ..Prepared::new(Some(InputFormat::Wget), Cow::Owned(b.text))
    })
}

/// The head after `HTTP request sent, awaiting response...`: its lines indented by two spaces
/// (`-S`), or the status on the same line (`... 502 Bad Gateway` without `-S`). Returns where
/// reading goes on.
fn head(
    input: &[u8],
    line: Line,
    rest: &[u8],
    b: &mut Builder,
    transport: &mut Vec<TransportNote>,
) -> usize {
    let rest_start = line.end - rest.len();
    let status = trim(rest);
    if !status.is_empty() {
        let status_start = rest_start + (rest.len() - rest.trim_ascii_start().len());
        if status.first().is_some_and(u8::is_ascii_digit) {
            // `502 Bad Gateway`: the status line without its version.
            b.added(b"HTTP/1.1 ", status_start);
            b.copy(input, Span::new(status_start, status_start + status.len()));
            b.added(b"\r\n\r\n", status_start + status.len());
        } else {
            // `No data received.`, `Read error (…) in headers.`
            transport.push(note(
                input,
                Line {
                    start: status_start,
                    ..line
                },
            ));
        }
        return line.next;
    }
    let mut pos = line.next;
    let mut any = false;
    while pos < input.len() {
        let head_line = line_at(input, pos);
        let Some(content) = head_line
            .bytes(input)
            .get(2..)
            .filter(|_| head_line.bytes(input).starts_with(b"  "))
        else {
            break;
        };
        if content.is_empty() {
            break;
        }
        let start = head_line.end - content.len();
        b.copy(input, Span::new(start, head_line.end));
        b.added(b"\r\n", head_line.end);
        any = true;
        pos = head_line.next;
    }
    if any {
        b.added(b"\r\n", pos.saturating_sub(1));
    }
    pos
}

/// The body after `Saving to: ‘STDOUT’`: on a terminal it starts after the first progress bar
/// and ends before the final one; in a file it ends before the dot progress, whose row starts
/// with the line break after the body. Returns where reading goes on, and whether the body is
/// there (a body with no final line break is overwritten on screen by the last bar).
fn body(input: &[u8], from: usize, b: &mut Builder) -> (usize, bool) {
    let mut pos = from;
    // A blank line between `Saving to:` and the bar on a terminal.
    while pos < input.len() && is_blank(line_at(input, pos).bytes(input)) {
        pos = line_at(input, pos).next;
    }
    let first = line_at(input, pos);
    let start = match bar_end(first.bytes(input)) {
        Some(at) if first.start + at < first.end => first.start + at,
        Some(_) => first.next,
        None => first.start,
    };
    let on_terminal = bar_end(first.bytes(input)).is_some();
    if on_terminal && start < first.end {
        // A body with no final line break: the last bar, redrawn from the start of the screen
        // row, overwrote it, and follows on the same copied line.
        let after = input.get(start..first.end).unwrap_or_default();
        if crate::search::memmem::find(after, b"%[").is_some() {
            // What is left of it (its first screen row's worth) is not the body.
            return (first.next, false);
        }
    }
    let mut end = start;
    let mut line = line_at(input, start);
    loop {
        let text = line.bytes(input);
        let is_progress = if on_terminal {
            line.start > first.start && bar_end(text).is_some()
        } else {
            is_dot_progress(text)
        };
        if is_progress || line.start >= input.len() {
            if !on_terminal {
                // The dot progress row begins with a line break of its own.
                end = match input.get(..end) {
                    Some([.., b'\r', b'\n']) if end - 2 >= start => end - 2,
                    Some([.., b'\n']) if end > start => end - 1,
                    _ => end,
                };
            }
            b.copy(input, Span::new(start, end.max(start)));
            return (if is_progress { line.next } else { input.len() }, true);
        }
        end = line.next;
        line = line_at(input, line.next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of real `wget -S` output (tests/inputs/wget-S-*.txt).
    const CAPTURE: &[u8] =
        include_bytes!("../../tests/inputs/wget-S-content-on-error-nginx-502.txt");

    #[test]
    fn request_lines_bars_and_dots() {
        let line = b"--2026-12-03 01:39:11--  (try: 2)  http://127.0.0.1:22010/slow";
        assert_eq!(
            &line[request_url(line).unwrap()..],
            b"http://127.0.0.1:22010/slow"
        );
        assert!(request_url(b"--not a date--  http://x").is_none());
        let bar = CAPTURE
            .split(|&b| b == b'\n')
            .find(|l| crate::search::memmem::find(l, b"0%[").is_some())
            .unwrap();
        assert_eq!(&bar[bar_end(bar).unwrap()..], b"<html>");
        let last =
            b"-                                       100%[=====>]     157  --.-KB/s    in 0s";
        assert_eq!(bar_end(last), Some(last.len()));
        assert!(is_dot_progress(
            b"     0K                                   100% 19.2M=0s"
        ));
        assert!(!is_dot_progress(b"0K is not a progress row"));
    }

    #[test]
    fn the_body_between_the_bars_with_its_line_breaks() {
        let prepared = prepare(CAPTURE).unwrap();
        let text = prepared.text.as_ref();
        let body = &text[crate::search::memmem::find(text, b"\r\n\r\n").unwrap() + 4..];
        assert!(body.starts_with(b"<html>\n<head>"));
        assert!(body.ends_with(b"</html>\n"));
        assert!(!prepared.body_hidden);
    }
}
