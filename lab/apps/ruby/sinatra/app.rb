# The lab's Sinatra app (modular style) for lab/recipes/ruby-sinatra.sh. Sinatra writes the 404
# (development: "Sinatra doesn't know this ditty", production: <h1>Not Found</h1>) and, for
# /boom, the exception page (development) or its generic 500 (production).
require "sinatra/base"
require "json"

class LabApp < Sinatra::Base
  get "/hello" do
    content_type :json
    { ok: true }.to_json
  end

  get "/boom" do
    raise "lab: order service unavailable"
  end

  post "/orders" do
    JSON.parse(request.body.read)
    "created"
  end

  get "/forbidden" do
    halt 403
  end
end
