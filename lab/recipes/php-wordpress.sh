#!/usr/bin/env bash
# WordPress 6.1 (Debian wordpress) under Apache httpd + mod_php with its database down:
# "Error establishing a database connection" (WP_DEBUG off and on), and Debian's own
# wp-config.php answer when no /etc/wordpress/config-<host>.php exists.
# Ports 20240 (WP_DEBUG off), 20241 (WP_DEBUG on), 20242 (Debian's stock wp-config.php);
# 20249 stays closed (the MySQL server that is down).
source "$(dirname "$0")/../lib/common.sh"
need_apt wordpress libapache2-mod-php apache2 php-mysql
WPV="$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php)"
VERSION="WordPress $WPV (Debian $(dpkg-query -W -f='${Version}' wordpress)), PHP $(php -r 'echo PHP_VERSION;') mod_php in $(apache2 -v | sed -n 's/^Server version: //p')"
A=20240 AD=20241 AS=20242 DB=20249
WP="$WORK/wordpress"; rm -rf "$WP"; mkdir -p "$WP"
# Top-level scripts are copied (PHP resolves __DIR__ through symlinks, and wp-load.php looks for
# wp-config.php beside itself); directories are linked.
for e in /usr/share/wordpress/*; do
  case "$e" in */wp-config.php) ;; *.php) cp "$e" "$WP/";; *) ln -s "$e" "$WP/";; esac
done
cp "$LAB/apps/php/wordpress/wp-config.php" "$WP/wp-config.php"; chmod -R a+rX "$WORK"
M=/usr/lib/apache2/modules
cat > "$WORK/httpd.conf" <<CONF
ServerRoot "$WORK"
ServerName 127.0.0.1
Listen 127.0.0.1:$A
Listen 127.0.0.1:$AD
Listen 127.0.0.1:$AS
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
LoadModule env_module $M/mod_env.so
LoadModule php_module $M/libphp8.2.so
TypesConfig /etc/mime.types
ServerTokens OS
StartServers 1
MinSpareServers 1
MaxSpareServers 2
DirectoryIndex index.php
<FilesMatch ".+\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag display_errors off
<Directory "$WP">
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<VirtualHost 127.0.0.1:$A>
  DocumentRoot "$WP"
  SetEnv LAB_DB_PORT $DB
</VirtualHost>
<VirtualHost 127.0.0.1:$AD>
  DocumentRoot "$WP"
  SetEnv LAB_DB_PORT $DB
  SetEnv LAB_WP_DEBUG 1
</VirtualHost>
<VirtualHost 127.0.0.1:$AS>
  DocumentRoot /usr/share/wordpress
</VirtualHost>
CONF
apache2 -f "$WORK/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/httpd.conf -k stop"
wait_port $A 20; wait_port $AD 20; wait_port $AS 20
c=(--product WordPress --version "$VERSION" --generator wordpress)
capture "${c[@]}" --id wordpress-500-lab-db-connection --url http://127.0.0.1:$A/ --origin app --scenario database-down --error-shape wordpress-wp-die-html --message "Error establishing a database connection" --notes "MySQL not reachable, WP_DEBUG off: wp_die() from wpdb::db_connect (dead_db)"
capture "${c[@]}" --id wordpress-500-lab-db-connection-debug --url http://127.0.0.1:$AD/ --origin app --scenario database-down --error-shape wordpress-wp-die-html --message "Error establishing a database connection" --notes "MySQL not reachable, WP_DEBUG on: the longer explanation naming the database host"
capture "${c[@]}" --id wordpress-404-lab-debian-no-config --url http://127.0.0.1:$AS/ --origin app --scenario misconfigured --notes "Debian's stock /usr/share/wordpress/wp-config.php finds no /etc/wordpress/config-127.0.0.1.php: its own HTTP/1.0 404 with a message"
# Not kept: /wp-login.php with MySQL down gives the same bytes as /.
