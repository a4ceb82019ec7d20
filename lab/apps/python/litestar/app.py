"""The lab's Litestar app (lab/recipes/py-litestar.sh): `app:app`, and `app:debug_app` (debug=True)."""
from dataclasses import dataclass

from litestar import Litestar, get, post
from litestar.exceptions import PermissionDeniedException


@dataclass
class Item:
    name: str
    price: float


@get("/")
async def index() -> dict:
    return {"ok": True}


@get("/boom")
async def boom() -> dict:
    raise RuntimeError("lab: order service unavailable")


@get("/forbidden")
async def forbidden() -> dict:
    raise PermissionDeniedException()


@post("/items")
async def create(data: Item) -> Item:
    return data


@get("/items/{item_id:int}")
async def read(item_id: int) -> Item:
    return Item(name="x", price=1.0)


@post("/upload")
async def upload(body: bytes) -> str:
    return f"{len(body)} bytes"


handlers = [index, boom, forbidden, create, read, upload]
app = Litestar(route_handlers=handlers, request_max_body_size=1024)
debug_app = Litestar(route_handlers=handlers, request_max_body_size=1024, debug=True)
