# Ruby's open-uri: URI.open raises OpenURI::HTTPError on an error status (uncaught).
# usage: ruby open_uri.rb URL
require 'open-uri'
URI.open(ARGV[0]).read
