require_relative "app"
run LabApp
