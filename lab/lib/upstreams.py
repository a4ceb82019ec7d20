#!/usr/bin/env python3
"""Misbehaving upstreams for the proxies under test, each on its own 127.0.0.1 port.

usage: upstreams.py BASE_PORT   (runs until killed; prints the port map on start)

  BASE+0  refused   nothing listens (the port is left closed on purpose)
  BASE+1  slow      accepts, reads the request, never answers
  BASE+2  garbage   answers bytes that are not HTTP, then closes
  BASE+3  empty     accepts, reads the request, closes without a byte
  BASE+4  reset     accepts, reads the request, resets the connection (RST)
  BASE+5  app500    a well-formed HTTP/1.1 500 with a small JSON body (an application error relayed)
  BASE+6  ok        a well-formed 200 text/plain "ok"
  BASE+7  bighead   a 200 whose head has a 64 KB header (upstream header too big)
  BASE+8  half      a status line and half a head, then closes
  BASE+9  slowbody  a 200 head with Content-Length 1000, 10 bytes, then silence
"""
import socket, struct, sys, threading, time


def serve(port, handler):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(64)
    while True:
        conn, _ = s.accept()
        threading.Thread(target=handle, args=(conn, handler), daemon=True).start()


def read_head(conn):
    conn.settimeout(10)
    data = b""
    try:
        while b"\r\n\r\n" not in data and b"\n\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data


def handle(conn, handler):
    try:
        read_head(conn)
        handler(conn)
    except OSError:
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def slow(conn):
    time.sleep(3600)


def garbage(conn):
    conn.sendall(b"this is not HTTP at all\r\n\x00\x01\x02garbage\r\n")


def empty(conn):
    pass


def reset(conn):
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def app500(conn):
    body = b'{"error":"database unavailable","request_id":"lab-1"}'
    conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)


def ok(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")


def bighead(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Huge: " + b"h" * 65536 +
                 b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")


def half(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: te")


def slowbody(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n0123456789")
    time.sleep(3600)


if __name__ == "__main__":
    base = int(sys.argv[1])
    handlers = [None, slow, garbage, empty, reset, app500, ok, bighead, half, slowbody]
    for offset, h in enumerate(handlers):
        if h:
            threading.Thread(target=serve, args=(base + offset, h), daemon=True).start()
    print(" ".join(f"{(h.__name__ if h else 'refused')}={base + i}" for i, h in enumerate(handlers)), flush=True)
    while True:
        time.sleep(3600)
