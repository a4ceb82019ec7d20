#!/usr/bin/env bash
# PHP-FPM 8.2 behind Apache httpd 2.4 (Debian apache2, mpm_event + mod_proxy_fcgi), serving
# lab/apps/php/scripts two ways: Debian's php8.2-fpm conf style (SetHandler proxy:fcgi on
# *.php, so Apache checks the file first) and ProxyPassMatch under /pm/ (every *.php goes to
# FPM). Apache's pages when FPM is down, slow or kills the worker; FPM's own answers relayed.
# Ports: Apache 20220; FPM pools 20221 (production), 20222 (request_terminate_timeout 2s);
# 20229 stays closed (FPM down).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-fpm apache2
VERSION="PHP-FPM $(php-fpm8.2 -v | sed -n 's/^PHP \([^ ]*\).*/\1/p') (Debian $(dpkg-query -W -f='${Version}' php8.2-fpm)) behind $(apache2 -v | sed -n 's/^Server version: //p')"
A=20220 FP=20221 FK=20222 DOWN=20229
DOC="$WORK/docroot"; rm -rf "$DOC"; cp -r "$LAB/apps/php/scripts" "$DOC"; chmod -R a+rX "$WORK"
cat > "$WORK/php-fpm.conf" <<CONF
[global]
pid = $WORK/php-fpm.pid
error_log = $WORK/php-fpm.log
daemonize = no
[prod]
user = www-data
group = www-data
listen = 127.0.0.1:$FP
pm = static
pm.max_children = 2
php_admin_value[display_errors] = Off
[killer]
user = www-data
group = www-data
listen = 127.0.0.1:$FK
pm = static
pm.max_children = 1
request_terminate_timeout = 2s
php_admin_value[display_errors] = Off
CONF
php-fpm8.2 -n -y "$WORK/php-fpm.conf" > "$WORK/fpm.out" 2>&1 &
cleanup_add "kill $!"
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
LoadModule mpm_event_module $M/mod_mpm_event.so
LoadModule authz_core_module $M/mod_authz_core.so
LoadModule mime_module $M/mod_mime.so
LoadModule dir_module $M/mod_dir.so
LoadModule proxy_module $M/mod_proxy.so
LoadModule proxy_fcgi_module $M/mod_proxy_fcgi.so
TypesConfig /etc/mime.types
ServerTokens OS
ProxyTimeout 2
DocumentRoot "$DOC"
<Directory "$DOC">
  Require all granted
</Directory>
# Debian's conf-available/php8.2-fpm.conf style (with TCP instead of the socket):
<FilesMatch ".+\.php\$">
  SetHandler "proxy:fcgi://127.0.0.1:$FP"
</FilesMatch>
ProxyPassMatch "^/pm/(.*\.php)\$" "fcgi://127.0.0.1:$FP$DOC/\$1"
ProxyPassMatch "^/down/(.*\.php)\$" "fcgi://127.0.0.1:$DOWN$DOC/\$1"
ProxyPassMatch "^/killed/(.*\.php)\$" "fcgi://127.0.0.1:$FK$DOC/\$1" timeout=20
CONF
apache2 -f "$WORK/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/httpd.conf -k stop"
wait_port $A 20; wait_port $FP 20; wait_port $FK 20
U=http://127.0.0.1:$A
c=(--product "PHP-FPM behind Apache httpd" --version "$VERSION")
capture "${c[@]}" --id php-fpm-404-lab-file-not-found-apache --url $U/pm/missing.php --generator php-fpm --origin app --scenario not-found --error-shape plain-text --message "File not found." --notes "ProxyPassMatch sends a missing script to FPM: 'File not found.' (Primary script unknown) relayed by Apache"
capture "${c[@]}" --id php-500-lab-fatal-fpm-apache --url $U/fatal.php --generator php --origin app --scenario unhandled-exception --notes "display_errors=Off: PHP's empty 500 through FPM and Apache"
capture "${c[@]}" --id apache-503-lab-php-fpm-down --url $U/down/hello.php --generator apache --origin proxy --scenario refused --notes "FPM not running: mod_proxy_fcgi cannot connect, Apache's 503"
capture "${c[@]}" --id apache-504-lab-php-fpm-slow --url $U/slow.php --generator apache --origin proxy --scenario timeout --notes "the script sleeps 30 s: ProxyTimeout (2 s) expires (AH01075 ... polling), Apache's 504"
capture "${c[@]}" --id apache-503-lab-php-fpm-worker-killed --url $U/killed/slow.php --generator apache --origin proxy --scenario worker-timeout --notes "FPM's request_terminate_timeout (2 s) kills the worker mid-request: AH01067 Failed to read FastCGI header, Apache's 503"
# Not captured: a missing .php under the SetHandler style: Apache 2.4 forwards it to FPM without
# checking the file, so it is the same FPM File not found. as under /pm/.
