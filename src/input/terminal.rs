//! What a terminal paste carries around a response — the shell prompt and the command before it;
//! curl's `-w` output, curl's error line and the next prompt after it — and what some commands
//! print instead of a response: `curl -w '%{http_code}'` alone (`502`, `000`), curl's error line
//! (`curl: (22) The requested URL returned error: 502`) after the body `--fail-with-body`
//! wrote, a status on its own line (`502 Bad Gateway`) before the body.
//!
//! Invariant: each function looks at a bounded number of lines from the start or the end, so
//! the cost does not grow with the body.

use std::borrow::Cow;

use super::printout::{code_at, Piece, Printout};
use super::{curl, request, Prepared, SpanMap};
use crate::diagnostic::{Code, Diagnostic};
use crate::http::line::{is_blank, is_space, line_at, trim, Line};
use crate::http::status_line;
use crate::report::{InputFormat, Request, Span, TransportNote};

/// Lines before the first status line that may be a prompt, a command and log lines.
const MAX_PREAMBLE_LINES: usize = 50;

/// Commands whose output people paste, as the first word after a prompt.
const TOOLS: &[&str] = &[
    "curl", "wget", "http", "https", "xh", "httpie", "python", "python3", "py", "node", "npx",
    "deno", "bun",
];

/// What ends a shell prompt (bash/zsh `$ ` `# ` `% `, PowerShell `> `, starship/oh-my-zsh `❯ `
/// `➜ `).
const PROMPT_ENDS: &[&str] = &["$ ", "# ", "% ", "> ", "\u{276f} ", "\u{279c} "];

/// A prompt and the command typed after it (`dev@laptop:~$ curl -si URL`), or a command line
/// alone (`curl -si URL`): `(prompt end, command start)` within the line.
pub(crate) fn prompt_command(line: &[u8]) -> Option<(usize, usize)> {
    let starts_tool = |at: usize| {
        let word = line.get(at..).unwrap_or_default();
        let word = word.split(|&b| b == b' ').next().unwrap_or_default();
        let name = word.rsplit(|&b| b == b'/').next().unwrap_or_default();
        TOOLS.iter().any(|t| {
            name.get(t.len()..)
                .filter(|_| name.starts_with(t.as_bytes()))
                .is_some_and(|rest| rest.iter().all(|&b| b.is_ascii_digit() || b == b'.'))
        }) && line.get(at + word.len()) == Some(&b' ')
    };
    if starts_tool(0) {
        return Some((0, 0));
    }
    let head = line.get(..line.len().min(256)).unwrap_or(line);
    PROMPT_ENDS.iter().find_map(|end| {
        crate::search::memmem::find_iter(head, end.as_bytes())
            .map(|at| (at + end.len() - 1, at + end.len()))
            .find(|&(_, command)| starts_tool(command))
    })
}

/// A line that is only a prompt: the one the paste started with, or `user@host:path$`.
fn is_prompt(line: &[u8], known: Option<&[u8]>) -> bool {
    let line = trim(line);
    if known.is_some_and(|p| !p.is_empty() && line == p) {
        return true;
    }
    match line {
        [b'$' | b'#' | b'%' | b'>'] => true,
        [.., b'$' | b'#'] => {
            let at = line.iter().position(|&b| b == b'@');
            let colon = line.iter().position(|&b| b == b':');
            matches!((at, colon), (Some(a), Some(c)) if a > 0 && c > a)
                && !line.iter().any(|&b| b == b' ' || b == b'<' || b == b'"')
        }
        _ => false,
    }
}

/// The last line of `input[..end]` that is not blank.
fn last_line(input: &[u8], end: usize) -> Option<Line> {
    let region = input.get(..end)?;
    let content_end = region.iter().rposition(|b| !b.is_ascii_whitespace())? + 1;
    // memrchr: the last line of a one-line 10 MB body is the whole body.
    let start = memchr::memrchr(b'\n', region.get(..content_end)?).map_or(0, |i| i + 1);
    Some(line_at(input, start)).map(|l| Line {
        end: l.end.min(content_end),
        ..l
    })
}

/// `502 0.000363`: what `curl -w '%{http_code} %{time_total}'` writes. Numbers only, the first
/// a status code (`000` when no response came).
fn write_out_code(line: &[u8]) -> Option<u16> {
    if line.len() > 200 {
        return None;
    }
    // The first word has three bytes: a line whose fourth byte after its indentation is no
    // space is ruled out before its words are read (a body's last line is mostly one long
    // word). Natively only: the wasm module leaves it out for its size; it changes no result.
    if crate::FAST {
        let lead = line.iter().take_while(|&&b| is_space(b)).count();
        if line.get(lead + 3).is_some_and(|&b| !is_space(b)) {
            return None;
        }
    }
    let mut words = crate::http::line::Words(line);
    let first = words.next()?;
    let numeric = |w: &[u8]| {
        w.len() <= 24
            && w.iter().any(u8::is_ascii_digit)
            && w.iter()
                .all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b':' | b','))
    };
    let code = crate::http::line::parse_u16(first)?;
    // Counted as read, not collected.
    let (mut rest, mut all_numeric) = (0, true);
    for w in words {
        rest += 1;
        all_numeric &= numeric(w);
    }
    (first.len() == 3 && (code == 0 || (100..=599).contains(&code)) && rest < 8 && all_numeric)
        .then_some(code)
}

fn write_out_note(line: &[u8], span: Span) -> TransportNote {
    TransportNote {
        message: crate::http::line::lossy_owned(trim(line)),
        meaning: Some("What curl's -w (--write-out) option printed: the status code (000 when no response arrived) and the values asked for."),
        error: false,
        span: Some(span),
    }
}

/// The command typed after a prompt, as a note (`command` is where it starts in the line).
pub(crate) fn command_note(input: &[u8], line: Line, command: usize) -> TransportNote {
    TransportNote {
        message: crate::http::line::lossy_owned(
            line.bytes(input).get(command..).unwrap_or_default(),
        ),
        meaning: Some("The command that was run."),
        error: false,
        span: Some(Span::new(line.start + command, line.end)),
    }
}

/// The request a `curl` command line asks for, unless it follows redirects (`-L`): the final
/// response then answered another URL.
fn command_request(command: &[u8]) -> Option<Request> {
    let text = std::str::from_utf8(command).ok()?;
    let follows = text.split(' ').any(|w| {
        w == "--location"
            || (w.starts_with('-') && !w.starts_with("--") && w.bytes().any(|b| b == b'L'))
    });
    if follows || !text.starts_with("curl ") {
        return None;
    }
    request::from_command(command)
}

pub fn prepare(input: &[u8]) -> Option<Prepared<'_>> {
    match first_status_line(input) {
        // Nothing before the response: only its last line can be the tool's, looked at before
        // anything is built (most pastes are a response alone).
        Some(start)
            if is_blank(input.get(..start).unwrap_or_default()) && !ends_with_tool_line(input) =>
        {
            None
        }
        Some(start) => around_response(input, start),
        None => without_status_line(input),
    }
}

/// `prepare` for a paste whose first line, from its first byte, is a status line: only its last
/// line can be the tool's.
pub(crate) fn after_leading_response(input: &[u8]) -> Option<Prepared<'_>> {
    if ends_with_tool_line(input) {
        around_response(input, 0)
    } else {
        None
    }
}

/// A paste with no status line: curl's error line, `-w` output, or a status then a body. Out of
/// line, like `around_response`: most pastes have a status line and never come here.
#[inline(never)]
fn without_status_line(input: &[u8]) -> Option<Prepared<'_>> {
    curl_error(input)
        .or_else(|| write_out(input))
        .or_else(|| status_and_body(input))
}

/// Whether the paste's last line (not its first) is one `trailer` may set aside: a prompt alone,
/// curl's error line, `-w` output.
fn ends_with_tool_line(input: &[u8]) -> bool {
    last_line(input, input.len())
        .filter(|l| l.start > 0)
        .is_some_and(|line| {
            let text = line.bytes(input);
            is_prompt(text, None) || text.starts_with(b"curl: (") || write_out_code(text).is_some()
        })
}

/// Where the first status line starts, within the first `MAX_PREAMBLE_LINES` lines.
fn first_status_line(input: &[u8]) -> Option<usize> {
    let mut pos = 0;
    for _ in 0..MAX_PREAMBLE_LINES {
        if pos >= input.len() {
            break;
        }
        let line = line_at(input, pos);
        let text = line.bytes(input);
        let indent = text
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if status_line::parse(text.get(indent..).unwrap_or_default()).is_some() {
            return Some(line.start);
        }
        pos = line.next;
    }
    None
}

/// A response with a prompt, a command or log lines before it, or tool output after it.
// Out of line: V8 compiles a wasm function when it is first called, and most pastes end
// at the check in `prepare`.
#[inline(never)]
fn around_response(input: &[u8], status_at: usize) -> Option<Prepared<'_>> {
    let mut transport = Vec::new();
    let mut diagnostics = Vec::new();
    let mut request = None;
    let mut prompt: Option<&[u8]> = None;
    let preamble = input.get(..status_at).unwrap_or_default();
    let start = if is_blank(preamble) {
        0
    } else {
        let mut pos = 0;
        let mut lines = 0;
        while pos < status_at {
            let line = line_at(input, pos);
            if let Some((prompt_end, command)) = prompt_command(line.bytes(input)) {
                prompt = line.bytes(input).get(..prompt_end).map(trim);
                transport.push(command_note(input, line, command));
                request = command_request(line.bytes(input).get(command..).unwrap_or_default());
            }
            lines += usize::from(!is_blank(line.bytes(input)));
            pos = line.next;
        }
        let first = line_at(input, crate::http::line::skip_whitespace(input, 0));
        diagnostics.push(
            Diagnostic::new(Code::TextBeforeResponse, Span::new(0, status_at)).with_detail(
                format!(
                    "{lines} line{} before the status line, from \"{}\"",
                    if lines == 1 { "" } else { "s" },
                    crate::http::line::lossy(shorten(first.bytes(input)))
                ),
            ),
        );
        status_at
    };
    let end = trailer(input, start, prompt, &mut transport);
    if end < input.len() {
        diagnostics.push(Diagnostic::new(
            Code::TextAfterResponse,
            Span::new(end, input.len()),
        ));
    }
    if start == 0 && end == input.len() {
        return None;
    }
    let mut map = SpanMap::default();
    map.push(0, start, end - start);
    Some(Prepared {
        map: Some(map),
        request,
        transport,
        diagnostics,
        ..Prepared::new(
            None,
            Cow::Borrowed(input.get(start..end).unwrap_or_default()),
        )
    })
}

fn shorten(line: &[u8]) -> &[u8] {
    let line = trim(line);
    let mut end = line.len().min(80);
    while end > 0 && line.get(end).is_some_and(|&b| (b & 0xc0) == 0x80) {
        end -= 1;
    }
    line.get(..end).unwrap_or(line)
}

/// Where the response ends once the tool's lines after it are set aside: the next prompt
/// (alone, or glued to a body with no final line break), curl's error line, `-w` output.
fn trailer(
    input: &[u8],
    start: usize,
    prompt: Option<&[u8]>,
    transport: &mut Vec<TransportNote>,
) -> usize {
    let mut end = input.len();
    if let Some(line) = last_line(input, end).filter(|l| l.start > start) {
        let text = line.bytes(input);
        if is_prompt(text, prompt) {
            end = line.start;
        } else if let Some(at) = prompt
            .filter(|p| p.len() >= 2)
            .and_then(|p| text.ends_with(p).then(|| text.len() - p.len()))
        {
            // `…"retry_after": 30}root@vm:~#`: the body had no final line break.
            end = line.start + at;
        }
    }
    if let Some(line) = last_line(input, end).filter(|l| l.start > start) {
        let text = line.bytes(input);
        if text.starts_with(b"curl: (") {
            let message = text.get(6..).unwrap_or_default();
            transport.push(curl::note_for(
                trim(message),
                Span::new(line.start + 6, line.end),
            ));
            end = line.start;
        }
    }
    if let Some(line) = last_line(input, end).filter(|l| l.start > start) {
        let code = write_out_code(line.bytes(input));
        if code.is_some() && code == last_status(input, start, line.start) {
            transport.push(write_out_note(
                line.bytes(input),
                Span::new(line.start, line.end),
            ));
            end = line.start;
        }
    }
    end
}

/// The code of the last status line in `input[from..to]`.
fn last_status(input: &[u8], from: usize, to: usize) -> Option<u16> {
    let region = input.get(..to)?;
    let mut at = from;
    let mut code = None;
    while let Some(next) = crate::http::find_next_response(region, at) {
        let line = line_at(region, next);
        let text = line.bytes(region);
        let indent = text
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        code = status_line::parse(text.get(indent..).unwrap_or_default())
            .map(|s| s.code)
            .or(code);
        at = line.next.max(next + 1);
    }
    code
}

/// `curl -w '%{http_code}'` output: the whole paste, or the last line after a body.
fn write_out(input: &[u8]) -> Option<Prepared<'_>> {
    let line = last_line(input, input.len())?;
    let code = write_out_code(line.bytes(input))?;
    let span = Span::new(line.start, line.start + 3);
    let mut printout = Printout::new(InputFormat::CurlWriteOut, "curl -w '%{http_code}'");
    printout.transport.push(write_out_note(
        line.bytes(input),
        Span::new(line.start, line.end),
    ));
    if code == 0 {
        if let Some(note) = printout.transport.last_mut() {
            note.error = true;
            note.meaning = Some("curl printed 000 for %{http_code}: no HTTP response arrived (the connection was refused, timed out or closed before a status line). Run curl -v to see why.");
        }
        return Some(printout.prepare(input));
    }
    printout.code = code_at(input, span);
    // `-w '\n%{http_code}'` wrote the line break before the code.
    let body_end = match input.get(..line.start) {
        Some([.., b'\r', b'\n']) => line.start - 2,
        Some([.., b'\n']) => line.start - 1,
        _ => line.start,
    };
    if !is_blank(input.get(..body_end).unwrap_or_default()) {
        printout.body.push(Piece::Raw(Span::new(0, body_end)));
    }
    Some(printout.prepare(input))
}

/// curl's error line, after a body or alone. `(22) The requested URL returned error: 502`
/// (`--fail`) carries the status; the others say why no response came.
fn curl_error(input: &[u8]) -> Option<Prepared<'_>> {
    let line = last_line(input, input.len())?;
    let text = line.bytes(input);
    // The body may not end in a line break: the error line then follows it on the same line.
    let at = crate::search::memmem::find(text, b"curl: (")?;
    let raw = input.get(line.start + at + 6..line.end).unwrap_or_default();
    let message_start = line.start + at + 6 + raw.iter().take_while(|&&b| b == b' ').count();
    let message = trim(input.get(message_start..line.end).unwrap_or_default());
    let note = curl::note_for(message, Span::new(message_start, line.end));
    let body_end = line.start + at;
    let body = input.get(..body_end).unwrap_or_default();
    const FAIL: &[u8] = b"The requested URL returned error: ";
    if let Some(found) = crate::search::memmem::find(message, FAIL) {
        let code_start = message_start + found + FAIL.len();
        let code = code_at(input, Span::new(code_start, code_start + 3))?;
        let mut printout = Printout::new(InputFormat::CurlError, "curl --fail's error line");
        printout.code = Some(code);
        let reason = Span::new(code_start + 4, line.end);
        if reason.start < reason.end && input.get(code_start + 3) == Some(&b' ') {
            printout.reason = Some(Piece::Raw(reason));
        }
        if !is_blank(body) {
            printout.body.push(Piece::Raw(Span::new(0, body_end)));
        }
        printout.transport.push(note);
        return Some(printout.prepare(input));
    }
    let text = if is_blank(body) { &[][..] } else { body };
    Some(Prepared {
        transport: vec![note],
        ..Prepared::new(Some(InputFormat::CurlError), Cow::Borrowed(text))
    })
}

/// Words a program prints before the code when it prints the status on its own
/// (`print("Status code:", r.status_code)`, `console.log("Status:", res.status)`), whatever the
/// case.
const STATUS_WORDS: &[&[u8]] = &[b"status code: ", b"status code ", b"status: "];

/// `502 Bad Gateway` on the first line, as `console.log(r.status, r.statusText)` or
/// `print(r.status_code, r.reason)` write it, or the code after `STATUS_WORDS` (`Status code:
/// 502`), then the body. A code alone must have the words before it, and a reason must be the
/// code's own (registered or a variant real servers send); the body must be markup or JSON: many
/// servers' plain-text pages start with their status (`400 Bad Request` from Go's net/http and
/// Caddy, aiohttp's `500 Internal Server Error` then `Server got itself in trouble`), and such a
/// page pasted alone stays a body.
fn status_and_body(input: &[u8]) -> Option<Prepared<'_>> {
    let start = crate::http::line::skip_whitespace(input, 0);
    let line = line_at(input, start);
    let line_text = line.bytes(input);
    let words = STATUS_WORDS
        .iter()
        .find(|w| {
            line_text
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
        })
        .map_or(0, |w| w.len());
    let text = line_text.get(words..).unwrap_or_default();
    let code = code_at(input, Span::new(line.start + words, line.start + words + 3))?;
    let reason = text.get(4..).map(trim).unwrap_or_default();
    let entry = crate::status::lookup(code.0)?;
    // A bare number is not enough: `400` also starts a chunked body (its first chunk size).
    let reason_ok = match std::str::from_utf8(reason) {
        Ok("") | Err(_) => false,
        Ok(r) => text.get(3) == Some(&b' ') && crate::status::reason_matches(code.0, r),
    };
    let rest = input.get(line.next..).unwrap_or_default();
    let document = matches!(
        rest.get(crate::http::line::skip_whitespace(rest, 0)),
        Some(b'<' | b'{' | b'[')
    );
    let announced = words > 0 && (reason.is_empty() || reason_ok);
    if !(reason_ok || announced) || entry.unofficial || !document {
        return None;
    }
    let mut printout = Printout::new(
        InputFormat::StatusAndBody,
        "a status printed on its own line (console.log(r.status, r.statusText), print(r.status_code, r.reason))",
    );
    printout.code = Some(code);
    if reason_ok {
        printout.reason = Some(Piece::Raw(Span::new(line.start + words + 4, line.end)));
    }
    printout
        .body
        .push(super::printout::printed_body(input, line.next));
    Some(printout.prepare(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_and_commands() {
        assert_eq!(prompt_command(b"$ curl -si http://x"), Some((1, 2)));
        assert_eq!(
            prompt_command(b"dev@laptop:~$ wget -S http://x"),
            Some((13, 14))
        );
        assert_eq!(prompt_command(b"curl -si http://x"), Some((0, 0)));
        assert_eq!(prompt_command(b"$ ls -l"), None);
        assert_eq!(prompt_command(b"HTTP/1.1 200 OK"), None);
        assert!(is_prompt(b"root@vm:~#", None));
        assert!(is_prompt(b"$", None));
        assert!(!is_prompt(b"</html>", None));
    }

    #[test]
    fn write_out_lines() {
        assert_eq!(write_out_code(b"502"), Some(502));
        assert_eq!(write_out_code(b"503 3.006422"), Some(503));
        assert_eq!(write_out_code(b"000"), Some(0));
        assert_eq!(write_out_code(b"42"), None);
        assert_eq!(write_out_code(b"502 Bad Gateway"), None);
    }

    #[test]
    fn status_printed_before_the_body() {
        let code = |paste: &[u8]| {
            status_and_body(paste).and_then(|p| {
                let text = p.text.into_owned();
                crate::http::status_line::parse(line_at(&text, 0).bytes(&text)).map(|s| s.code)
            })
        };
        assert_eq!(code(b"Status code: 502\n<html></html>\n"), Some(502));
        assert_eq!(code(b"status: 503 Service Unavailable\n{}"), Some(503));
        assert_eq!(code(b"502 Bad Gateway\n<html></html>"), Some(502));
        // A code alone needs the words; other words are a page's text.
        assert_eq!(code(b"502\n<html></html>"), None);
        assert_eq!(code(b"Status code: 502\nplain text"), None);
        assert_eq!(code(b"Status: 502 Not Found\n<html>"), None);
    }
}
