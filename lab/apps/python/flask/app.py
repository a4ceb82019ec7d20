"""The lab's Flask app (lab/recipes/py-flask.sh). Run by the Werkzeug dev server
(`python app.py PORT [debug]`), gunicorn or waitress (`app:app`)."""
import sys
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024


@app.get("/")
def index():
    return "ok\n"


@app.get("/boom")
def boom():
    raise RuntimeError("lab: order service unavailable")


@app.get("/forbidden")
def forbidden():
    abort(403)


@app.get("/slow")
def slow():
    time.sleep(30)
    return "late\n"


@app.post("/items")
def items():
    data = request.get_json()
    return jsonify(created=data), 201


@app.post("/upload")
def upload():
    return f"{len(request.get_data())} bytes\n"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=len(sys.argv) > 2 and sys.argv[2] == "debug",
            use_reloader=False)
