#!/usr/bin/env bash
# Phusion Passenger 6.0 (Debian libapache2-mod-passenger) in Apache httpd 2.4, serving two small
# Rack apps (lab/apps/ruby/passenger): one that raises while booting (Passenger's own error page,
# friendly in development, generic in production) and one that raises in a request.
# Ports 20170 (PassengerAppEnv development: friendly error pages), 20171 (production).
source "$(dirname "$0")/../lib/common.sh"
need_apt libapache2-mod-passenger apache2 ruby-rack
VERSION="Passenger $(passenger-config --version 2>/dev/null | sed 's/.* //') (Debian $(dpkg-query -W -f='${Version}' libapache2-mod-passenger)) in $(apache2 -v | sed -n 's/^Server version: //p'), Ruby $(ruby -e 'print RUBY_VERSION')"
PD=20170 PP=20171
rm -rf "$WORK/apps" && mkdir -p "$WORK/apps" "$WORK/instreg"
for a in boot-fail request-fail; do
  cp -r "$LAB/apps/ruby/passenger/$a" "$WORK/apps/"; mkdir -p "$WORK/apps/$a/public" "$WORK/apps/$a/tmp"
done
chown -R www-data:www-data "$WORK/apps"; chmod -R a+rX "$WORK"
M=/usr/lib/apache2/modules
cat > "$WORK/httpd.conf" <<CONF
ServerRoot "$WORK"
ServerName 127.0.0.1
Listen 127.0.0.1:$PD
Listen 127.0.0.1:$PP
PidFile "$WORK/httpd.pid"
DefaultRuntimeDir "$WORK"
ErrorLog "$WORK/error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_event_module $M/mod_mpm_event.so
LoadModule authz_core_module $M/mod_authz_core.so
LoadModule mime_module $M/mod_mime.so
LoadModule alias_module $M/mod_alias.so
LoadModule passenger_module $M/mod_passenger.so
TypesConfig /etc/mime.types
ServerTokens OS
PassengerRoot /usr/lib/ruby/vendor_ruby/phusion_passenger/locations.ini
PassengerDefaultRuby /usr/bin/ruby
PassengerInstanceRegistryDir $WORK/instreg
PassengerDefaultUser www-data
<Directory "$WORK/apps">
  Require all granted
  Options -MultiViews
</Directory>
<VirtualHost 127.0.0.1:$PD>
  DocumentRoot "$WORK/apps/boot-fail/public"
  PassengerAppRoot "$WORK/apps/boot-fail"
  PassengerAppEnv development
  Alias /ok "$WORK/apps/request-fail/public"
  <Location /ok>
    PassengerBaseURI /ok
    PassengerAppRoot "$WORK/apps/request-fail"
  </Location>
</VirtualHost>
<VirtualHost 127.0.0.1:$PP>
  DocumentRoot "$WORK/apps/boot-fail/public"
  PassengerAppRoot "$WORK/apps/boot-fail"
  PassengerAppEnv production
  Alias /ok "$WORK/apps/request-fail/public"
  <Location /ok>
    PassengerBaseURI /ok
    PassengerAppRoot "$WORK/apps/request-fail"
  </Location>
</VirtualHost>
CONF
# A clean environment: the development error page lists the app process's environment variables.
env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 apache2 -f "$WORK/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/httpd.conf -k stop; sleep 1"
wait_port $PD 30; wait_port $PP 30
c=(--product "Phusion Passenger" --version "$VERSION")
capture "${c[@]}" --id passenger-500-lab-app-boot-failed-development --url http://127.0.0.1:$PD/ --timeout 60 --generator passenger --origin app --scenario app-boot-failure --error-shape passenger-html --message "lab: cannot connect to the database at boot" --notes "the app raises while loading, PassengerAppEnv development: Passenger's friendly error page (Web application could not be started), with the app's environment (Apache is started with a clean one)"
capture "${c[@]}" --id passenger-500-lab-app-boot-failed-production --url http://127.0.0.1:$PP/ --timeout 60 --generator passenger --origin app --scenario app-boot-failure --error-shape passenger-html --message "We're sorry, but something went wrong." --notes "the app raises while loading, PassengerAppEnv production: friendly error pages off, Passenger's generic page"
capture "${c[@]}" --id passenger-502-lab-request-exception --url http://127.0.0.1:$PP/ok/boom --timeout 60 --generator passenger --origin app --scenario unhandled-exception --error-shape passenger-html --message "Incomplete response received from application" --notes "the Rack app raises inside a request (production): the app process sends no response, Passenger's 502"
capture "${c[@]}" --id unknown-app-404-lab-passenger-passthrough --url http://127.0.0.1:$PP/ok/nothing-here --timeout 60 --generator unknown-app --origin app --scenario not-found --error-shape plain-text --message "app: no such page" --notes "the app's own 404 through Passenger: Passenger's headers on an app response"
