"""The lab's aiohttp server (lab/recipes/py-aiohttp.sh): `python app.py PORT`.
With PYTHONASYNCIODEBUG=1 the loop is in debug mode and aiohttp's 500 shows the traceback."""
import json
import sys

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/")
async def index(request):
    return web.Response(text="ok\n")


@routes.get("/boom")
async def boom(request):
    raise RuntimeError("lab: order service unavailable")


@routes.get("/forbidden")
async def forbidden(request):
    raise web.HTTPForbidden()


@routes.post("/items")
async def items(request):
    data = await request.json()  # malformed JSON raises JSONDecodeError: aiohttp's 500
    return web.json_response({"created": data}, status=201)


@routes.post("/upload")
async def upload(request):
    body = await request.read()  # over client_max_size: HTTPRequestEntityTooLarge
    return web.Response(text=f"{len(body)} bytes\n")


app = web.Application(client_max_size=1024)
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
