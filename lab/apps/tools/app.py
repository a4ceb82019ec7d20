#!/usr/bin/env python3
"""The application upstream behind the proxies of lab/recipes/tool-outputs.sh (python http.server).

usage: app.py PORT

  GET /app/legacy  302 Found, Location: /app/old          (first hop of a redirect chain)
  GET /app/old     301 Moved Permanently, Location: /app/new
  GET /app/new     503 Service Unavailable, JSON body, Retry-After: 30 (the app's own error)
  GET /app/ok      200 OK, JSON body
  anything else    404 Not Found, JSON body
"""
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class App(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def send_json(self, status, doc, extra=()):
        body = json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, status, location):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/app/legacy":
            self.redirect(302, "/app/old")
        elif path == "/app/old":
            self.redirect(301, "/app/new")
        elif path == "/app/new":
            self.send_json(503, {"error": "maintenance",
                                 "message": "orders are read-only during the database migration",
                                 "retry_after": 30}, [("Retry-After", "30")])
        elif path == "/app/ok":
            self.send_json(200, {"status": "ok"})
        else:
            self.send_json(404, {"error": "not_found", "message": f"no route for {path}"})

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.do_GET()

    def log_message(self, fmt, *args):
        sys.stderr.write("app: " + (fmt % args) + "\n")


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), App).serve_forever()
