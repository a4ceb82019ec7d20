#!/usr/bin/env bash
# Apache Tomcat 10.1 (Debian tomcat10) with its default ErrorReportValve, in front of the lab's
# servlet app (lab/apps/java). Two Services: 20000 keeps the defaults (showReport and
# showServerInfo on), 20001 has a Host valve with both off (the hardening guides' advice).
# No ROOT webapp is deployed, so a path outside /app reaches no context at all. Ports 20000-20001.
source "$(dirname "$0")/../lib/common.sh"
need_apt tomcat10 libtomcat10-java tomcat10-admin
CH=/usr/share/tomcat10
VERSION="$(java -cp "$CH/lib/catalina.jar" org.apache.catalina.util.ServerInfo | sed -n 's/^Server version: *//p') (Debian package $(dpkg-query -W -f='${Version}' tomcat10)), OpenJDK $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
A=20000 B=20001
BASE="$WORK/base"
rm -rf "$BASE" && mkdir -p "$BASE"/{conf,logs,temp,work,webapps-a,webapps-b}
cp /etc/tomcat10/{web.xml,catalina.properties,context.xml,logging.properties} "$BASE/conf/"
# The app, compiled against Tomcat's servlet API (jakarta.*).
for w in webapps-a webapps-b; do
  cp -r "$LAB/apps/java/servlet-app" "$BASE/$w/app"
  mkdir -p "$BASE/$w/app/WEB-INF/classes"
  javac -nowarn -d "$BASE/$w/app/WEB-INF/classes" -cp "$CH/lib/servlet-api.jar" "$LAB/apps/java/src/LabServlets.java"
done
# The Manager app (Debian tomcat10-admin), deployed as Debian's /etc/tomcat10/Catalina/localhost/
# manager.xml does, with a MemoryRealm holding one user WITHOUT the manager-gui role.
mkdir -p "$BASE/conf/Defaults/localhost"
cp /etc/tomcat10/Catalina/localhost/manager.xml "$BASE/conf/Defaults/localhost/manager.xml"
cat > "$BASE/conf/lab-users.xml" <<'USERS'
<tomcat-users><user username="lab" password="lab" roles="lab-user"/></tomcat-users>
USERS
cat > "$BASE/conf/server.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Defaults">
    <Connector port="$A" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="5000"/>
    <Engine name="Defaults" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.MemoryRealm" pathname="conf/lab-users.xml"/>
      <Host name="localhost" appBase="webapps-a" unpackWARs="false" autoDeploy="false"/>
    </Engine>
  </Service>
  <Service name="Hardened">
    <Connector port="$B" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="5000"/>
    <Engine name="Hardened" defaultHost="localhost">
      <Host name="localhost" appBase="webapps-b" unpackWARs="false" autoDeploy="false">
        <Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>
      </Host>
    </Engine>
  </Service>
</Server>
XML
export CATALINA_HOME=$CH CATALINA_BASE=$BASE CATALINA_PID=$WORK/tomcat.pid CATALINA_OUT=$WORK/catalina.out
"$CH/bin/catalina.sh" start >/dev/null
cleanup_add "kill \$(cat $WORK/tomcat.pid)"
wait_port $A 60; wait_port $B 60
# Deployment finishes after the connectors open: wait for the app.
for i in $(seq 100); do curl -fs "http://127.0.0.1:$A/app/hello" >/dev/null && curl -fs "http://127.0.0.1:$B/app/hello" >/dev/null && break; sleep 0.3; done
U=http://127.0.0.1:$A H=http://127.0.0.1:$B
c=(--product "Apache Tomcat" --version "$VERSION" --generator tomcat)
capture "${c[@]}" --id tomcat-404-lab-no-context --url $U/nothing-here --origin app --scenario not-found --error-shape tomcat-html --notes "no webapp deployed at / (no ROOT context): the Host's ErrorReportValve answers"
capture "${c[@]}" --id tomcat-404-lab-default-servlet --url $U/app/missing.html --origin app --scenario not-found --error-shape tomcat-html --message "The requested resource [/app/missing.html] is not available" --notes "inside a deployed app: the DefaultServlet's 404"
capture "${c[@]}" --id tomcat-404-lab-send-error-message --url $U/app/orders/42 --origin app --scenario app-error --error-shape tomcat-html --message "Order 42 does not exist" --notes "the servlet calls response.sendError(404, \"Order 42 does not exist\"): Tomcat's page carries the app's message"
capture "${c[@]}" --id tomcat-405-lab-servlet-post --url $U/app/hello --method POST --data x --origin app --scenario method-not-allowed --error-shape tomcat-html --message "HTTP method POST is not supported by this URL" --notes "a servlet with doGet only: HttpServlet.doPost's 405"
capture "${c[@]}" --id tomcat-501-lab-unknown-method --url $U/app/hello --method FOO --origin app --scenario method-not-implemented --error-shape tomcat-html --message "Method [FOO] is not implemented by this Servlet for this URI" --notes "an unknown method reaches HttpServlet.service: 501"
capture "${c[@]}" --id tomcat-405-lab-trace --url $U/app/hello --method TRACE --origin app --scenario method-not-allowed --error-shape tomcat-html --message "TRACE method is not allowed" --notes "TRACE with the connector's allowTrace=false (default)"
capture "${c[@]}" --id tomcat-405-lab-put-static --url $U/app/static.txt --method PUT --data x --origin app --scenario method-not-allowed --error-shape tomcat-html --notes "PUT to a static file: the DefaultServlet is readonly"
capture "${c[@]}" --id tomcat-500-lab-exception-report --url $U/app/boom --origin app --scenario unhandled-exception --error-shape tomcat-html --message "lab: order service unavailable" --notes "servlet throws IllegalStateException; showReport on: exception and stack trace in the page"
capture "${c[@]}" --id tomcat-503-lab-servlet-unavailable --url $U/app/unavailable --origin app --scenario unavailable --error-shape tomcat-html --message "Servlet [unavailable] is currently unavailable" --notes "servlet throws UnavailableException(msg, 60 s)"
capture "${c[@]}" --id tomcat-500-lab-jsp-compile-error --url $U/app/broken.jsp --origin app --scenario unhandled-exception --error-shape tomcat-html --message "org.apache.jasper.JasperException: Unable to compile class for JSP:" --notes "a JSP with a syntax error: Jasper's JasperException in the exception report"
printf 'GET /app/a|b{c} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' > "$WORK/bad-target.req"
capture "${c[@]}" --id tomcat-400-lab-invalid-target --url $U/ --raw-request "$WORK/bad-target.req" --origin app --scenario bad-request --error-shape tomcat-html --message "Invalid character found in the request target [/app/a|b{c} ]. The valid characters are defined in RFC 7230 and RFC 3986" --notes "request target with | { }: Http11InputBuffer rejects it (Invalid character found in the request target)"
printf 'this is not http\r\n\r\n' > "$WORK/garbage.req"
capture "${c[@]}" --id tomcat-400-lab-garbage-request --url $U/ --raw-request "$WORK/garbage.req" --origin app --scenario bad-request --error-shape tomcat-html --message "Invalid URI" --notes "a request line that is not HTTP: Tomcat reads \"this\" as the method and \"is\" as the target"
capture "${c[@]}" --id tomcat-400-lab-header-too-large --url $U/app/hello --big-header 20000 --origin app --scenario request-header-too-large --error-shape tomcat-html --message "Request header is too large" --notes "a 20000-byte header over maxHttpHeaderSize (8192)"
capture "${c[@]}" --id tomcat-404-lab-head --url $U/nothing-here --method HEAD --origin app --scenario not-found --notes "HEAD for the no-context 404: head only"
capture "${c[@]}" --id tomcat-401-lab-manager-unauthorized --url $U/manager/html --origin app --scenario unauthorized --error-shape tomcat-manager-html --message "You are not authorized to view this page." --notes "the Manager app (tomcat10-admin) without credentials: its WEB-INF/jsp/401.jsp error page, WWW-Authenticate: Basic realm=\"Tomcat Manager Application\""
capture "${c[@]}" --id tomcat-403-lab-manager-forbidden --url $U/manager/html -H "Authorization: Basic $(printf lab:lab | base64)" --origin app --scenario forbidden --error-shape tomcat-manager-html --message "You are not authorized to view this page." --notes "the Manager app with a valid user lacking the manager-gui role: WEB-INF/jsp/403.jsp"
hc=("${c[@]}")
capture "${hc[@]}" --id tomcat-404-lab-no-context-hardened --url $H/nothing-here --origin app --scenario not-found --error-shape tomcat-html --notes "ErrorReportValve showReport=false showServerInfo=false"
capture "${hc[@]}" --id tomcat-500-lab-exception-hardened --url $H/app/boom --origin app --scenario unhandled-exception --error-shape tomcat-html --notes "servlet exception with showReport=false showServerInfo=false"
capture "${hc[@]}" --id tomcat-404-lab-send-error-hardened --url $H/app/orders/42 --origin app --scenario app-error --error-shape tomcat-html --notes "sendError(404, msg) with showReport=false: the message is not shown"
