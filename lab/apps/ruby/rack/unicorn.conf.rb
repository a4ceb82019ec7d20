# Unicorn settings for lab/recipes/ruby-unicorn.sh: one worker, a 3 s timeout so /slow gets the
# worker killed (what a stuck request looks like from the client).
worker_processes 1
timeout 3
