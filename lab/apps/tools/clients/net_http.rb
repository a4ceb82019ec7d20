# Ruby's Net::HTTP: `p res` (#<Net::HTTPBadGateway 502 Bad Gateway readbody=true>), then
# res.value raises Net::HTTPFatalError (uncaught). usage: ruby net_http.rb URL
require 'net/http'
res = Net::HTTP.get_response(URI(ARGV[0]))
p res
res.value
