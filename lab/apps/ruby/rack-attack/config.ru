# Rack::Attack (Debian ruby-rack-attack) in front of a bare Rack app, for
# lab/recipes/ruby-rack-attack.sh: /blocked is blocklisted, /limited allows one request per
# minute; Rack::Attack's default responders answer (403 "Forbidden", 429 "Retry later").
require "rack/attack"
require "active_support"
require "active_support/cache"

Rack::Attack.cache.store = ActiveSupport::Cache::MemoryStore.new
Rack::Attack.blocklist("lab blocklist") { |req| req.path == "/blocked" }
Rack::Attack.throttle("lab throttle", limit: 1, period: 60) { |req| req.ip if req.path == "/limited" }

use Rack::Attack
run ->(_env) { [200, { "Content-Type" => "text/plain" }, ["ok\n"]] }
