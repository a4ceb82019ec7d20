#!/usr/bin/env bash
# Eclipse Jetty 9.4 (Debian libjetty9-java), embedded the way the jetty9 distribution wires it
# (contexts, then DefaultHandler), serving the lab's servlets at /app (lab/apps/java).
# Jetty's ErrorHandler writes the pages: HTML by default, JSON or text by the Accept header.
# Port 20020.
source "$(dirname "$0")/../lib/common.sh"
need_apt libjetty9-java libservlet-api-java
J=/usr/share/java
VERSION="$(basename $J/jetty9-server-9*.jar .jar | sed 's|^jetty9-server-||') (Debian $(dpkg-query -W -f='${Version}' libjetty9-java)), OpenJDK $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
P=20020
CP="$J/jetty9-server.jar:$J/jetty9-servlet.jar:$J/jetty9-http.jar:$J/jetty9-io.jar:$J/jetty9-util.jar:$J/jetty9-security.jar:$J/servlet-api.jar"
rm -rf "$WORK/classes" "$WORK/src" && mkdir -p "$WORK/classes" "$WORK/src" "$WORK/docroot"
sed 's/jakarta\.servlet/javax.servlet/' "$LAB/apps/java/src/LabServlets.java" > "$WORK/src/LabServlets.java"
cp "$LAB/apps/java/src/JettyLab.java" "$WORK/src/"
echo static > "$WORK/docroot/static.txt"
javac -nowarn -d "$WORK/classes" -cp "$CP" "$WORK/src/"*.java
java -cp "$WORK/classes:$CP" JettyLab $P "$WORK/docroot" > "$WORK/jetty.log" 2>&1 &
cleanup_add "kill $!"
wait_port $P 60
U=http://127.0.0.1:$P
c=(--product "Eclipse Jetty" --version "$VERSION" --generator jetty)
capture "${c[@]}" --id jetty-404-lab-no-context --url $U/nothing-here --origin app --scenario not-found --error-shape jetty-html --message "Not Found" --notes "no context takes the path: Jetty's DefaultHandler (as in the distribution's jetty.xml) sends a plain 404 through the ErrorHandler"
capture "${c[@]}" --id jetty-404-lab-root-context-list --url $U/ --origin app --scenario not-found --error-shape jetty-html --message "No context on this server matched or handled this request." --notes "GET / with no root context: DefaultHandler's own page listing the known contexts"
capture "${c[@]}" --id jetty-404-lab-default-servlet --url $U/app/missing.html --origin app --scenario not-found --error-shape jetty-html --message "Not Found" --notes "inside the /app context: DefaultServlet's 404 written by ErrorHandler"
capture "${c[@]}" --id jetty-404-lab-send-error-message --url $U/app/orders/42 --origin app --scenario app-error --error-shape jetty-html --message "Order 42 does not exist" --notes "servlet calls sendError(404, \"Order 42 does not exist\")"
capture "${c[@]}" --id jetty-404-lab-json --url $U/app/orders/42 -H "Accept: application/json" --origin app --scenario app-error --error-shape jetty-json --message "Order 42 does not exist" --notes "same sendError with Accept: application/json: ErrorHandler.writeErrorJson"
capture "${c[@]}" --id jetty-404-lab-text --url $U/app/orders/42 -H "Accept: text/plain" --origin app --scenario app-error --error-shape jetty-text --message "Order 42 does not exist" --notes "same sendError with Accept: text/plain: ErrorHandler's text/plain variant"
capture "${c[@]}" --id jetty-405-lab-servlet-post --url $U/app/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape jetty-html --message "HTTP method POST is not supported by this URL" --notes "servlet with doGet only"
capture "${c[@]}" --id jetty-500-lab-exception --url $U/app/boom --origin app --scenario unhandled-exception --error-shape jetty-html --message "lab: order service unavailable" --notes "servlet throws IllegalStateException (showStacks on by default)"
capture "${c[@]}" --id jetty-500-lab-exception-json --url $U/app/boom -H "Accept: application/json" --origin app --scenario unhandled-exception --error-shape jetty-json --message "lab: order service unavailable" --notes "servlet exception with Accept: application/json"
capture "${c[@]}" --id jetty-503-lab-servlet-unavailable --url $U/app/unavailable --origin app --scenario unavailable --error-shape jetty-html --message "Service Unavailable" --notes "servlet throws UnavailableException(msg, 60 s)"
capture "${c[@]}" --id jetty-400-lab-form-too-large --url $U/app/form --method POST -H "Content-Type: application/x-www-form-urlencoded" --data "a=more-than-ten-bytes-of-form" --origin app --scenario body-too-large --error-shape jetty-html --message "Unable to parse form content" --notes "form body over the context's maxFormContentSize=10"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id jetty-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --origin app --scenario bad-request --notes "a request line that is not HTTP: HttpParser's Bad Message page"
capture "${c[@]}" --id jetty-431-lab-header-too-large --url $U/app/hello --big-header 20000 --origin app --scenario request-header-too-large --notes "a 20000-byte header over requestHeaderSize (8192)"
capture "${c[@]}" --id jetty-414-lab-uri-too-long --url "$U/app/$(head -c 10000 /dev/zero | tr '\0' a)" --origin app --scenario request-header-too-large --notes "a 10000-byte request target (over requestHeaderSize)"
capture "${c[@]}" --id jetty-501-lab-unknown-method --url $U/app/hello --method FOO --origin app --scenario method-not-implemented --notes "an unknown method reaches HttpServlet.service: a bodyless 501"
capture "${c[@]}" --id jetty-404-lab-head --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "HEAD for the DefaultHandler 404: head only"
