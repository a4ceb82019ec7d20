# A single-file Rails app (Action Controller only) for lab/recipes/ruby-rails.sh. Its public/
# directory is a copy of the pages `rails new` generates (railties' app/templates/public), made
# by the recipe into $LAB_PUBLIC. Rails' own middleware writes every error: ShowExceptions with
# PublicExceptions (production), DebugExceptions (development), HostAuthorization.
require "rails"
require "action_controller/railtie"
require "logger"

class LabRails < Rails::Application
  config.root = __dir__
  config.paths["public"] = ENV.fetch("LAB_PUBLIC")
  config.eager_load = false
  config.secret_key_base = "lab-only-not-a-secret-0123456789abcdef"
  config.consider_all_requests_local = Rails.env.development?
  config.logger = Logger.new($stderr)
  config.log_level = :warn
  routes.append do
    get "/hello" => "lab#hello"
    get "/boom" => "lab#boom"
    post "/orders" => "lab#create"
    post "/api/orders" => "lab_api#create"
  end
end

class LabController < ActionController::Base
  protect_from_forgery with: :exception

  def hello
    render plain: "hello\n"
  end

  def boom
    raise "lab: order service unavailable"
  end

  def create
    render plain: "created\n"
  end
end

class LabApiController < ActionController::API
  def create
    render json: { order: params[:order] }
  end
end

LabRails.initialize!
run LabRails
