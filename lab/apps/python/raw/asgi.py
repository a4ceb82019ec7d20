"""A bare ASGI app for the app-server recipes (uvicorn, Hypercorn, daphne, gunicorn's uvicorn
worker): no framework, so every error it provokes is the server's own answer.
  /        200 "ok"
  /boom    raises before http.response.start (the server's 500)
  /late    sends the response start, then raises (headers already out)
  /slow    sleeps 30 s (timeouts)
  /noresp  returns without sending any response"""
import asyncio


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/boom":
        raise RuntimeError("lab: order service unavailable")
    if path == "/late":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"partial ", "more_body": True})
        raise RuntimeError("lab: failed while streaming")
    if path == "/slow":
        await asyncio.sleep(30)
    if path == "/noresp":
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok\n"})


application = app
