# For lab/recipes/ruby-passenger.sh: an app that cannot start (raises while loading), so
# Passenger answers with its own error page.
raise "lab: cannot connect to the database at boot"
