"""The lab's Pyramid app (lab/recipes/py-pyramid.sh): `app:app` (WSGI, served by waitress)."""
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPForbidden
from pyramid.response import Response


def index(request):
    return Response("ok\n", content_type="text/plain")


def boom(request):
    raise RuntimeError("lab: order service unavailable")


def forbidden(request):
    raise HTTPForbidden()


def items(request):
    return {"created": request.json_body}  # malformed JSON: an unhandled JSONDecodeError


with Configurator() as config:
    config.add_route("index", "/")
    config.add_route("boom", "/boom")
    config.add_route("forbidden", "/forbidden")
    config.add_route("items", "/items")
    config.add_view(index, route_name="index")
    config.add_view(boom, route_name="boom")
    config.add_view(forbidden, route_name="forbidden")
    config.add_view(items, route_name="items", request_method="POST", renderer="json")
    app = config.make_wsgi_app()
