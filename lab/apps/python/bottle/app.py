"""The lab's Bottle app (lab/recipes/py-bottle.sh): `python app.py PORT [debug]` on Bottle's
default server (wsgiref)."""
import sys

import bottle
from bottle import Bottle, abort, request

app = Bottle()


@app.get("/")
def index():
    return "ok\n"


@app.get("/boom")
def boom():
    raise RuntimeError("lab: order service unavailable")


@app.get("/forbidden")
def forbidden():
    abort(403, "lab: not for you")


@app.post("/items")
def items():
    return {"created": request.json}


if __name__ == "__main__":
    bottle.debug(len(sys.argv) > 2 and sys.argv[2] == "debug")
    bottle.run(app, host="127.0.0.1", port=int(sys.argv[1]), quiet=True)
