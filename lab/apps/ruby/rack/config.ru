# A bare Rack app for the Ruby app-server recipes (ruby-puma.sh, ruby-thin.sh, ruby-unicorn.sh,
# ruby-rack.sh). Paths are mapped with Rack::URLMap (what Rack::Builder#map builds), so a path
# outside every map gets URLMap's own 404. /boom raises; /lint returns a response Rack::Lint
# rejects; /slow sleeps (worker timeouts); /files serves a directory through Rack::Files.
require "rack"

hello = ->(_env) { [200, { "Content-Type" => "text/plain" }, ["hello\n"]] }
boom = ->(_env) { raise "lab: order service unavailable" }
slow = ->(_env) { sleep 30; [200, { "Content-Type" => "text/plain" }, ["late\n"]] }
# A header value that is not a String: Rack::Lint raises LintError.
lint = ->(_env) { [200, { "Content-Type" => "text/plain", "X-Count" => 1 }, ["bad header\n"]] }

map("/hello") { run hello }
map("/boom") { run boom }
map("/slow") { run slow }
map("/lint") { run lint }
map("/files") { run Rack::Files.new(ENV.fetch("LAB_DOCROOT", "/nonexistent")) }
