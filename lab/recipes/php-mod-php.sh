#!/usr/bin/env bash
# PHP 8.2 as an Apache module (Debian libapache2-mod-php8.2, mpm_prefork), serving
# lab/apps/php/scripts: PHP's error output with display_errors off (production) and on, in
# Apache's frame. Port 20230 (display_errors Off); /debug/ turns display_errors On.
source "$(dirname "$0")/../lib/common.sh"
need_apt libapache2-mod-php apache2
VERSION="PHP $(php -r 'echo PHP_VERSION;') (Debian $(dpkg-query -W -f='${Version}' libapache2-mod-php8.2)) mod_php in $(apache2 -v | sed -n 's/^Server version: //p')"
A=20230
DOC="$WORK/docroot"; rm -rf "$DOC"; cp -r "$LAB/apps/php/scripts" "$DOC"; mkdir -p "$DOC/debug"; cp "$DOC"/*.php "$DOC/debug/"; chmod -R a+rX "$WORK"
M=/usr/lib/apache2/modules
cat > "$WORK/httpd.conf" <<CONF
ServerRoot "$WORK"
ServerName 127.0.0.1
Listen 127.0.0.1:$A
PidFile "$WORK/httpd.pid"
DefaultRuntimeDir "$WORK"
ErrorLog "$WORK/error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module $M/mod_mpm_prefork.so
LoadModule authz_core_module $M/mod_authz_core.so
LoadModule mime_module $M/mod_mime.so
LoadModule dir_module $M/mod_dir.so
LoadModule php_module $M/libphp8.2.so
TypesConfig /etc/mime.types
ServerTokens OS
StartServers 1
MinSpareServers 1
MaxSpareServers 2
DocumentRoot "$DOC"
<Directory "$DOC">
  Require all granted
</Directory>
<FilesMatch ".+\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag display_errors off
php_admin_flag expose_php on
<Directory "$DOC/debug">
  php_admin_flag display_errors on
  php_admin_flag html_errors on
</Directory>
CONF
apache2 -f "$WORK/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/httpd.conf -k stop"
wait_port $A 20
U=http://127.0.0.1:$A
c=(--product "PHP (mod_php in Apache httpd)" --version "$VERSION" --generator php)
capture "${c[@]}" --id php-500-lab-fatal-mod-php --url $U/fatal.php --origin app --scenario unhandled-exception --notes "display_errors off: PHP's empty 500 in Apache's frame; the status line is HTTP/1.0 (PHP's own 'HTTP/1.0 500 Internal Server Error' header line; memory and timeout errors give the same bytes)"
capture "${c[@]}" --id php-200-lab-exception-display-on-mod-php --url $U/debug/exception.php --origin app --scenario unhandled-exception --error-shape php-error-html --message "Uncaught RuntimeException: lab: order service unavailable" --notes "display_errors on: the error printed into a 200 page"
capture "${c[@]}" --id php-200-lab-parse-error-display-on-mod-php --url $U/debug/parse.php --origin app --scenario unhandled-exception --error-shape php-error-html --message 'syntax error, unexpected token ";", expecting ")"' --notes "display_errors on: a parse error printed into a 200 page"
capture "${c[@]}" --id php-500-lab-fatal-mod-php-head --url $U/fatal.php --method HEAD --origin app --scenario unhandled-exception --notes "HEAD for the empty 500"
