# Ruby Faraday with the raise_error middleware: Faraday::ServerError (uncaught).
# usage: ruby faraday.rb URL
require 'faraday'
require 'uri'
uri = URI(ARGV[0])
conn = Faraday.new(url: "#{uri.scheme}://#{uri.host}:#{uri.port}") { |f| f.response :raise_error }
conn.get(uri.path)
