"""The lab's Quart app (lab/recipes/py-quart.sh): `app:app`, and `app:debug_app` (debug on)."""
from quart import Quart, abort, request


def make(debug: bool) -> Quart:
    app = Quart(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 1024
    app.debug = debug

    @app.get("/")
    async def index():
        return "ok\n"

    @app.get("/boom")
    async def boom():
        raise RuntimeError("lab: order service unavailable")

    @app.get("/forbidden")
    async def forbidden():
        abort(403)

    @app.post("/items")
    async def items():
        return {"created": await request.get_json()}, 201

    @app.post("/upload")
    async def upload():
        return f"{len(await request.get_data())} bytes\n"

    return app


app = make(False)
debug_app = make(True)
