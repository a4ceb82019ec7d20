#!/usr/bin/env bash
# The JDK's built-in HTTP server (com.sun.net.httpserver, OpenJDK 17 from Debian), which small
# Java services and tools embed: its own 404 for a path outside every context, its answer to a
# malformed request, and what a handler's exception gives. Port 20040.
source "$(dirname "$0")/../lib/common.sh"
JAVA_VERSION="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
VERSION="OpenJDK $JAVA_VERSION (Debian $(dpkg-query -W -f='${Version}' openjdk-17-jre-headless 2>/dev/null || echo '?'))"
P=20040
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" "$LAB/apps/java/src/JdkHttpServerLab.java"
java -cp "$WORK/classes" JdkHttpServerLab $P > "$WORK/server.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 30
U=http://127.0.0.1:$P
c=(--product "JDK HttpServer (com.sun.net.httpserver)" --version "$VERSION" --generator jdk-httpserver)
capture "${c[@]}" --id jdk-httpserver-404-lab-no-context --url $U/nothing-here --origin app --scenario not-found --error-shape jdk-httpserver-html --message "No context found for request" --notes "no HttpContext matches the path: ServerImpl's own 404"
capture "${c[@]}" --id jdk-httpserver-404-lab-head --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "HEAD for the no-context 404: the JDK sends the 50-byte body anyway"
printf 'GARBAGE\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id jdk-httpserver-400-lab-bad-request-line --url $U/ --raw-request "$WORK/garbage.req" --origin app --scenario bad-request --error-shape jdk-httpserver-html --message "Bad request line" --notes "a one-token request line (a line like 'this is not http' is taken as method 'this', target 'is' and gets the 404)"
printf 'GET /app HTTP/1.1\r\nHost: 127.0.0.1\r\nthis line has no colon\r\n\r\n' > "$WORK/bad-header.req"
capture "${c[@]}" --id jdk-httpserver-400-lab-bad-header --url $U/ --raw-request "$WORK/bad-header.req" --origin app --scenario bad-request --error-shape jdk-httpserver-html --message "Header key contains illegal characters" --notes "a header line without a colon"
printf 'POST /app HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n' > "$WORK/bad-length.req"
capture "${c[@]}" --id jdk-httpserver-400-lab-bad-content-length --url $U/ --raw-request "$WORK/bad-length.req" --origin app --scenario bad-request --error-shape jdk-httpserver-html --message "NumberFormatException thrown" --notes "Content-Length: abc"
# Not captured: a handler's uncaught exception (ServerImpl closes the connection: no response at
# all) and a 20000-byte header (accepted: no header size limit in this JDK).
