"""The lab's FastAPI app (lab/recipes/py-fastapi.sh): `main:app`, and `main:debug_app` (debug=True)."""
import asyncio

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel


class Item(BaseModel):
    name: str
    price: float


def make(debug: bool) -> FastAPI:
    app = FastAPI(debug=debug)

    @app.get("/")
    async def index():
        return {"ok": True}

    @app.get("/boom")
    async def boom():
        raise RuntimeError("lab: order service unavailable")

    @app.get("/forbidden")
    async def forbidden():
        raise HTTPException(status_code=403, detail="Forbidden")

    @app.get("/slow")
    async def slow():
        await asyncio.sleep(30)
        return {"late": True}

    @app.post("/items", status_code=201)
    async def create(item: Item):
        return item

    @app.get("/items/{item_id}")
    async def read(item_id: int):
        raise HTTPException(status_code=404, detail="Item not found")

    return app


app = make(False)
debug_app = make(True)
