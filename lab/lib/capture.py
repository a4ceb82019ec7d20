#!/usr/bin/env python3
"""Sends one HTTP/1.1 request to a product running on 127.0.0.1 and writes the exact bytes it
answered (`<out>/<id>.http`) with their label (`<out>/<id>.json`, the format of
../shared/corpus/README.md plus product, version, scenario and recipe).

No HTTP library on the receiving side: the socket's bytes are written as they arrived (chunked
bodies stay chunked, header case and order as sent). The read stops at the end of the framed
body (Content-Length, last chunk) or when the server closes, or after --timeout seconds.

usage (from a recipe, through lab/lib/common.sh's `capture`):
  capture.py --out DIR --id ID --url http://127.0.0.1:PORT/path [--method M] [-H 'Name: v']...
             [--data STR] [--raw-request FILE] [--big-header BYTES] [--timeout S]
             --origin proxy|app --generator ID --product NAME --version V --scenario S
             --recipe lab/recipes/x.sh [--notes STR] [--body-kind KIND] [--source STR]
"""
import argparse, json, os, pathlib, re, socket, sys, time, urllib.parse


def read_response(sock, deadline, head_only):
    data = b""
    def more():
        nonlocal data
        sock.settimeout(max(0.05, deadline - time.time()))
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, TimeoutError):
            return False
        except ConnectionResetError:
            return False
        if not chunk:
            return False
        data += chunk
        return True
    while True:
        # A final (non-1xx) head, then its body by its framing.
        start = 0
        while True:
            end = data.find(b"\r\n\r\n", start)
            lf_end = data.find(b"\n\n", start)
            if end < 0 and lf_end < 0:
                break
            head_end = min(e + (4 if e == end else 2) for e in (end, lf_end) if e >= 0)
            head = data[start:head_end]
            m = re.match(rb"HTTP/\d(?:\.\d)? (\d{3})", head)
            if m and m.group(1).startswith(b"1") and m.group(1) != b"101":
                start = head_end
                continue
            if head_only:
                return data
            headers = head.decode("latin-1").lower()
            cl = re.search(r"\ncontent-length:\s*(\d+)", headers)
            body = data[head_end:]
            if "\ntransfer-encoding:" in headers and "chunked" in headers.split("\ntransfer-encoding:", 1)[1].split("\n", 1)[0]:
                if re.search(rb"(^|\r?\n)0[0-9a-fA-F]*(;[^\r\n]*)?\r?\n(.*?\r?\n)?\r?\n$", body, re.S):
                    return data
            elif cl:
                if len(body) >= int(cl.group(1)):
                    return data
            elif m and (m.group(1) in (b"204", b"304")):
                return data
            break
        if time.time() >= deadline or not more():
            return data


def detect_body_kind(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    if not _:
        head, _, body = raw.partition(b"\n\n")
    ctype = re.search(rb"(?im)^content-type:\s*([^\r\n;]+)", head)
    ctype = ctype.group(1).strip().lower().decode() if ctype else ""
    if not body.strip():
        return "empty"
    if "problem+json" in ctype:
        return "problem-json"
    if "json" in ctype:
        return "json"
    if "html" in ctype:
        return "html"
    if "xml" in ctype:
        return "xml"
    s = body.lstrip()[:200].lower()
    if s.startswith((b"{", b"[")):
        return "json"
    if s.startswith((b"<!doctype html", b"<html")) or b"<html" in s:
        return "html"
    if s.startswith(b"<?xml"):
        return "xml"
    return "text"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--id", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--method", default="GET")
    ap.add_argument("-H", "--header", action="append", default=[])
    ap.add_argument("--data")
    ap.add_argument("--raw-request", help="file with the exact request bytes to send (garbage requests)")
    ap.add_argument("--big-header", type=int, default=0, help="add an X-Big header of this many bytes")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--head-only", action="store_true", help="stop after the head (HEAD requests)")
    ap.add_argument("--origin", required=True, choices=["proxy", "app"])
    ap.add_argument("--generator", required=True)
    ap.add_argument("--product", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--recipe", required=True)
    ap.add_argument("--notes", default="")
    ap.add_argument("--body-kind")
    ap.add_argument("--source", help="overrides the generated source line")
    ap.add_argument("--error-shape")
    ap.add_argument("--message")
    a = ap.parse_args()

    url = urllib.parse.urlsplit(a.url)
    host, port = url.hostname, url.port or 80
    target = (url.path or "/") + ("?" + url.query if url.query else "")
    if a.raw_request:
        request = pathlib.Path(a.raw_request).read_bytes()
    else:
        lines = [f"{a.method} {target} HTTP/1.1", f"Host: {host}:{port}", "User-Agent: resplain-lab/1",
                 "Accept: */*", "Connection: close"]
        lines += a.header
        if a.big_header:
            lines.append("X-Big: " + "a" * a.big_header)
        body = (a.data or "").encode()
        if a.data is not None:
            lines.append(f"Content-Length: {len(body)}")
        request = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    sock = socket.create_connection((host, port), timeout=10)
    try:
        sock.sendall(request)
    except (BrokenPipeError, ConnectionResetError):
        pass
    raw = read_response(sock, time.time() + a.timeout, a.head_only or a.method == "HEAD")
    sock.close()
    if not raw:
        print(f"{a.id}: no bytes received", file=sys.stderr)
        sys.exit(1)
    m = re.match(rb"HTTP/\d(?:\.\d)? (\d{3})", raw)
    if not m:
        # Not a response (an HTTP/0.9 pass-through, a closed socket): nothing to label.
        print(f"{a.id}: the answer is not an HTTP response: {raw[:60]!r}", file=sys.stderr)
        sys.exit(1)
    # The final response's status (after any 1xx).
    codes = re.findall(rb"(?m)^HTTP/\d(?:\.\d)? (\d{3})", raw)
    status = int(codes[-1]) if codes else None
    final_start = raw.rfind(b"HTTP/", 0, raw.find(b"\r\n\r\n") + 1 if m else 0)
    kind = a.body_kind or detect_body_kind(raw[max(0, final_start):])
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{a.id}.http").write_bytes(raw)
    label = {
        "id": a.id,
        "status": status,
        "origin": a.origin,
        "generator": a.generator,
        "body_kind": kind,
        "provenance": "exact",
        "source": a.source or (f"captured locally from {a.product} {a.version} on 127.0.0.1 by {a.recipe} "
                               f"(scenario {a.scenario}; lab/lib/capture.py, bytes as received)"),
        "notes": a.notes,
        "product": a.product,
        "version": a.version,
        "scenario": a.scenario,
        "recipe": a.recipe,
        "captured": time.strftime("%Y-%m-%d", time.gmtime()),
    }
    if a.origin == "app":
        label["error_shape"] = a.error_shape
        label["message"] = a.message
    (out / f"{a.id}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    print(f"{a.id}: {status} {kind} ({len(raw)} bytes)")


if __name__ == "__main__":
    main()
