#!/usr/bin/env python3
"""Writes the request lab/lib/capture.py would send, minus its `Connection: close` line, to a file
for capture.py --raw-request. Node's servers answer a keep-alive request with
`Connection: keep-alive` + `Keep-Alive: timeout=5` and a close request with `Connection: close`;
curl and browsers send keep-alive requests, so most node-* captures use this.

usage: rawreq.py OUTFILE [capture.py arguments...]   (reads --url --method -H --data --big-header;
       ignores the rest; a -H for Host, User-Agent or Accept replaces the default line)
"""
import argparse, pathlib, sys, urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("outfile")
ap.add_argument("--url", required=True)
ap.add_argument("--method", default="GET")
ap.add_argument("-H", "--header", action="append", default=[])
ap.add_argument("--data")
ap.add_argument("--big-header", type=int, default=0)
a, _ = ap.parse_known_args()
url = urllib.parse.urlsplit(a.url)
host, port = url.hostname, url.port or 80
target = (url.path or "/") + ("?" + url.query if url.query else "")
# A -H naming one of the default headers (Host, User-Agent, Accept) replaces it (node keeps the
# first of two Host headers and joins two Accept headers).
defaults = {"host": f"Host: {host}:{port}", "user-agent": "User-Agent: resplain-lab/1", "accept": "Accept: */*"}
extra = []
for h in a.header:
    name = h.split(":", 1)[0].strip().lower()
    if name in defaults:
        defaults[name] = h
    else:
        extra.append(h)
lines = [f"{a.method} {target} HTTP/1.1", defaults["host"], defaults["user-agent"], defaults["accept"]] + extra
if a.big_header:
    lines.append("X-Big: " + "a" * a.big_header)
body = (a.data or "").encode()
if a.data is not None:
    lines.append(f"Content-Length: {len(body)}")
pathlib.Path(a.outfile).write_bytes(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
