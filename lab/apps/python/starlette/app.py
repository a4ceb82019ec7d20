"""The lab's Starlette app (lab/recipes/py-starlette.sh): `app:app`, and `app:debug_app` (debug=True)."""
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route


async def index(request: Request):
    return PlainTextResponse("ok\n")


async def boom(request: Request):
    raise RuntimeError("lab: order service unavailable")


async def forbidden(request: Request):
    raise HTTPException(status_code=403)


async def items(request: Request):
    data = await request.json()  # malformed JSON raises JSONDecodeError: Starlette's 500
    return JSONResponse({"created": data}, status_code=201)


routes = [
    Route("/", index),
    Route("/boom", boom),
    Route("/forbidden", forbidden),
    Route("/items", items, methods=["POST"]),
]
app = Starlette(routes=routes)
debug_app = Starlette(debug=True, routes=routes)
