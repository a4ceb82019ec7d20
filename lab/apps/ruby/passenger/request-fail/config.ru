# For lab/recipes/ruby-passenger.sh: boots fine; /boom raises inside a request; /hello answers.
app = lambda do |env|
  case env["PATH_INFO"]
  when "/boom" then raise "lab: order service unavailable"
  when "/hello" then [200, { "Content-Type" => "text/plain" }, ["hello\n"]]
  else [404, { "Content-Type" => "text/plain" }, ["app: no such page\n"]]
  end
end
run app
