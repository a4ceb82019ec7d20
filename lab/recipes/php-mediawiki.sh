#!/usr/bin/env bash
# MediaWiki 1.39 (Debian mediawiki) under Apache httpd + mod_php, at /mediawiki as Debian's
# conf-available/mediawiki.conf serves it: with its database down ("Cannot access the database",
# LocalSettings.php from lab/apps/php/mediawiki via MW_CONFIG_FILE), and not yet installed
# (Debian's LocalSettings.php symlink dangling: "LocalSettings.php not found").
# Ports 20280 (database down), 20281 (not installed); 20289 stays closed (MySQL down).
source "$(dirname "$0")/../lib/common.sh"
need_apt mediawiki libapache2-mod-php apache2 php-mysql
MWV="$(sed -n "s/.*define( 'MW_VERSION', '\([^']*\)'.*/\1/p" /usr/share/mediawiki/includes/Defines.php)"
VERSION="MediaWiki $MWV (Debian $(dpkg-query -W -f='${Version}' mediawiki)), PHP $(php -r 'echo PHP_VERSION;') mod_php in $(apache2 -v | sed -n 's/^Server version: //p')"
A=20280 AN=20281 DB=20289
mkdir -p "$WORK/conf"; cp "$LAB/apps/php/mediawiki/LocalSettings.php" "$WORK/conf/"; chmod -R a+rX "$WORK"
M=/usr/lib/apache2/modules
cat > "$WORK/httpd.conf" <<CONF
ServerRoot "$WORK"
ServerName 127.0.0.1
Listen 127.0.0.1:$A
Listen 127.0.0.1:$AN
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
LoadModule alias_module $M/mod_alias.so
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
Alias /mediawiki /var/lib/mediawiki
<Directory /var/lib/mediawiki/>
  Options +FollowSymLinks
  Require all granted
</Directory>
<VirtualHost 127.0.0.1:$A>
  SetEnv MW_CONFIG_FILE $WORK/conf/LocalSettings.php
  SetEnv LAB_DB_PORT $DB
</VirtualHost>
<VirtualHost 127.0.0.1:$AN>
</VirtualHost>
CONF
apache2 -f "$WORK/httpd.conf" -k start
cleanup_add "apache2 -f $WORK/httpd.conf -k stop"
wait_port $A 20; wait_port $AN 20
c=(--product MediaWiki --version "$VERSION" --generator mediawiki)
capture "${c[@]}" --id mediawiki-500-lab-db-down --url http://127.0.0.1:$A/mediawiki/index.php --origin app --scenario database-down --error-shape mediawiki-html --message "Cannot access the database" --notes "MySQL not reachable: MediaWiki's DBConnectionError page (MWExceptionRenderer)"
capture "${c[@]}" --id mediawiki-500-lab-db-down-api --url "http://127.0.0.1:$A/mediawiki/api.php?action=query&list=allpages&format=json" --origin app --scenario database-down --error-shape mediawiki-html --message "Cannot access the database" --notes "the Action API, a query that needs the database, with MySQL not reachable: the same HTML page plus a MediaWiki-API-Error header"
capture "${c[@]}" --id mediawiki-200-lab-not-installed --url http://127.0.0.1:$AN/mediawiki/index.php --origin app --scenario misconfigured --error-shape mediawiki-html --message "LocalSettings.php not found." --notes "Debian's /var/lib/mediawiki/LocalSettings.php points at a missing /etc/mediawiki/LocalSettings.php: the not-installed page (a 200)"
