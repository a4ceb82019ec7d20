"""The lab's Sanic app (lab/recipes/py-sanic.sh): `python app.py PORT [debug]` (single process).
Limits lowered so the lab can reach them: REQUEST_MAX_SIZE 1024, REQUEST_TIMEOUT 2 s,
RESPONSE_TIMEOUT 2 s, REQUEST_MAX_HEADER_SIZE 8192."""
import asyncio
import sys

from sanic import Sanic
from sanic.exceptions import Forbidden
from sanic.response import json, text

app = Sanic("lab")
app.config.REQUEST_MAX_SIZE = 1024
app.config.REQUEST_TIMEOUT = 2
app.config.RESPONSE_TIMEOUT = 2
app.config.REQUEST_MAX_HEADER_SIZE = 8192
app.config.ACCESS_LOG = False


@app.get("/")
async def index(request):
    return text("ok\n")


@app.get("/boom")
async def boom(request):
    raise RuntimeError("lab: order service unavailable")


@app.get("/forbidden")
async def forbidden(request):
    raise Forbidden("lab: not for you")


@app.get("/slow")
async def slow(request):
    await asyncio.sleep(30)
    return text("late\n")


@app.post("/items")
async def items(request):
    return json({"created": request.json}, status=201)


@app.post("/upload")
async def upload(request):
    return text(f"{len(request.body)} bytes\n")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), single_process=True,
            debug=len(sys.argv) > 2 and sys.argv[2] == "debug", motd=False)
