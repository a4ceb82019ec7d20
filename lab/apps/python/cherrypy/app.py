"""The lab's CherryPy app (lab/recipes/py-cherrypy.sh): `python app.py PORT [production]` on
CherryPy's own server (Cheroot). Limits: max_request_body_size 1024, max_request_header_size 8192."""
import sys

import cherrypy


class Root:
    @cherrypy.expose
    def index(self):
        return "ok\n"

    @cherrypy.expose
    def boom(self):
        raise RuntimeError("lab: order service unavailable")

    @cherrypy.expose
    def forbidden(self):
        raise cherrypy.HTTPError(403, "lab: not for you")

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def items(self):
        return {"created": cherrypy.request.json}

    @cherrypy.expose
    def upload(self, **kw):
        return f"{len(cherrypy.request.body.read())} bytes\n"


if __name__ == "__main__":
    conf = {
        "server.socket_host": "127.0.0.1",
        "server.socket_port": int(sys.argv[1]),
        "server.max_request_body_size": 1024,
        "server.max_request_header_size": 8192,
        "log.screen": False,
        "engine.autoreload.on": False,
    }
    if len(sys.argv) > 2 and sys.argv[2] == "production":
        conf["environment"] = "production"
    cherrypy.config.update(conf)
    cherrypy.quickstart(Root(), "/", {"/upload": {"request.process_request_body": False}})
