# WEBrick on its own (no Rack) for lab/recipes/ruby-webrick.sh: a FileHandler over a directory,
# a servlet with do_GET only, and one whose do_GET raises. WEBrick writes every error page.
# usage: ruby server.rb PORT DOCROOT
require "webrick"

class Hello < WEBrick::HTTPServlet::AbstractServlet
  def do_GET(_req, res)
    res["Content-Type"] = "text/plain"
    res.body = "hello\n"
  end
end

class Boom < WEBrick::HTTPServlet::AbstractServlet
  def do_GET(_req, _res)
    raise "lab: order service unavailable"
  end
end

class NotFoundWithMessage < WEBrick::HTTPServlet::AbstractServlet
  def do_GET(_req, _res)
    raise WEBrick::HTTPStatus::NotFound, "Order 42 does not exist"
  end
end

server = WEBrick::HTTPServer.new(
  BindAddress: "127.0.0.1", Port: Integer(ARGV[0]), DocumentRoot: ARGV[1],
  AccessLog: [], Logger: WEBrick::Log.new($stderr, WEBrick::Log::WARN)
)
server.mount("/hello", Hello)
server.mount("/boom", Boom)
server.mount("/orders/42", NotFoundWithMessage)
trap("TERM") { server.shutdown }
server.start
