"""The lab's Tornado server (lab/recipes/py-tornado.sh): `python app.py PORT [debug]`.
HTTPServer limits: max_body_size 1024, max_header_size 8192."""
import asyncio
import json
import sys

import tornado.web


class Index(tornado.web.RequestHandler):
    def get(self):
        self.write("ok\n")


class Boom(tornado.web.RequestHandler):
    def get(self):
        raise RuntimeError("lab: order service unavailable")


class Forbidden(tornado.web.RequestHandler):
    def get(self):
        raise tornado.web.HTTPError(403)


class Items(tornado.web.RequestHandler):
    def post(self):
        data = json.loads(self.request.body)  # malformed JSON: an unhandled error, Tornado's 500
        self.set_status(201)
        self.write({"created": data})


class Upload(tornado.web.RequestHandler):
    def post(self):
        self.write(f"{len(self.request.body)} bytes\n")


async def main(port, debug):
    app = tornado.web.Application(
        [(r"/", Index), (r"/boom", Boom), (r"/forbidden", Forbidden), (r"/items", Items), (r"/upload", Upload)],
        debug=debug, autoreload=False)
    app.listen(port, address="127.0.0.1", max_body_size=1024, max_header_size=8192)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), len(sys.argv) > 2 and sys.argv[2] == "debug"))
