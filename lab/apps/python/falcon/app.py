"""The lab's Falcon app (lab/recipes/py-falcon.sh): `app:app` (WSGI)."""
import falcon


class Index:
    def on_get(self, req, resp):
        resp.text = "ok\n"
        resp.content_type = falcon.MEDIA_TEXT


class Boom:
    def on_get(self, req, resp):
        raise RuntimeError("lab: order service unavailable")


class Forbidden:
    def on_get(self, req, resp):
        raise falcon.HTTPForbidden(title="Forbidden", description="lab: not for you")


class Items:
    def on_post(self, req, resp):
        resp.media = {"created": req.get_media()}
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/", Index())
app.add_route("/boom", Boom())
app.add_route("/forbidden", Forbidden())
app.add_route("/items", Items())
