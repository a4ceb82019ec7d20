"""A bare WSGI app for the app-server recipes (gunicorn, waitress, uWSGI, wsgiref): no framework,
so every error it provokes is the server's own answer.
  /        200 "ok"
  /boom    raises before start_response (the server's 500)
  /late    start_response, then raises while producing the body (headers may already be out)
  /slow    sleeps 30 s (worker timeouts)
  /exit    kills the worker process (os._exit) mid-request
  /upload  reads the body"""
import os
import time


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/boom":
        raise RuntimeError("lab: order service unavailable")
    if path == "/late":
        start_response("200 OK", [("Content-Type", "text/plain")])

        def body():
            yield b"partial "
            raise RuntimeError("lab: failed while streaming")
        return body()
    if path == "/slow":
        time.sleep(30)
    if path == "/exit":
        os._exit(1)
    if path == "/upload":
        n = int(environ.get("CONTENT_LENGTH") or 0)
        data = environ["wsgi.input"].read(n)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"%d bytes\n" % len(data)]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok\n"]


app = application
