#!/usr/bin/env bash
# PHP-FPM 8.2 (Debian php8.2-fpm) behind nginx (Debian nginx) over FastCGI, the usual LEMP set-up,
# serving lab/apps/php/scripts. PHP-FPM's own answers (File not found. for a missing script,
# Access denied. outside security.limit_extensions), PHP's errors through FPM (display_errors
# off and on), and nginx's pages when FPM is down, slow, or kills the worker.
# Ports: nginx 20210; FPM pools 20211 (production), 20212 (request_terminate_timeout 2s),
# 20213 (display_errors on); 20219 stays closed (FPM down).
source "$(dirname "$0")/../lib/common.sh"
need_apt php-fpm nginx
VERSION="PHP-FPM $(php-fpm8.2 -v | sed -n 's/^PHP \([^ ]*\).*/\1/p') (Debian $(dpkg-query -W -f='${Version}' php8.2-fpm)) behind nginx $(nginx -v 2>&1 | sed 's|.*nginx/||')"
N=20210 FP=20211 FK=20212 FD=20213 DOWN=20219
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
php_admin_value[log_errors] = On
[killer]
user = www-data
group = www-data
listen = 127.0.0.1:$FK
pm = static
pm.max_children = 1
request_terminate_timeout = 2s
php_admin_value[display_errors] = Off
[debug]
user = www-data
group = www-data
listen = 127.0.0.1:$FD
pm = static
pm.max_children = 1
php_admin_value[display_errors] = On
php_admin_value[html_errors] = On
CONF
php-fpm8.2 -n -y "$WORK/php-fpm.conf" > "$WORK/fpm.out" 2>&1 &
cleanup_add "kill $!"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  fastcgi_read_timeout 2s;
  server {
    listen 127.0.0.1:$N;
    root $DOC;
    location ~ ^/down/(.+\.php)\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root/\$1;
      fastcgi_pass 127.0.0.1:$DOWN;
    }
    location ~ ^/killed/(.+\.php)\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root/\$1;
      fastcgi_read_timeout 20s;
      fastcgi_pass 127.0.0.1:$FK;
    }
    location ~ ^/debug/(.+\.php)\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root/\$1;
      fastcgi_pass 127.0.0.1:$FD;
    }
    location ~ ^/fcgi-any/(.+)\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root/\$1;
      fastcgi_pass 127.0.0.1:$FP;
    }
    location ~ \.php\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      fastcgi_pass 127.0.0.1:$FP;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
cleanup_add "nginx -c $WORK/nginx.conf -s stop"
wait_port $N 20; wait_port $FP 20; wait_port $FK 20; wait_port $FD 20
U=http://127.0.0.1:$N
c=(--product "PHP-FPM behind nginx" --version "$VERSION")
capture "${c[@]}" --id php-fpm-404-lab-file-not-found-nginx --url $U/missing.php --generator php-fpm --origin app --scenario not-found --error-shape plain-text --message "File not found." --notes "SCRIPT_FILENAME names no file: PHP-FPM answers 'File not found.' (error log: Primary script unknown), nginx relays it"
capture "${c[@]}" --id php-fpm-403-lab-access-denied-nginx --url $U/fcgi-any/static.txt --generator php-fpm --origin app --scenario forbidden --error-shape plain-text --message "Access denied." --notes "a .txt sent to FPM: outside security.limit_extensions (.php), FPM answers 'Access denied.'"
capture "${c[@]}" --id php-500-lab-fatal-fpm-nginx --url $U/fatal.php --generator php --origin app --scenario unhandled-exception --body-kind empty --notes "display_errors=Off: PHP's empty 500 through FPM and nginx"
capture "${c[@]}" --id php-200-lab-fatal-display-on-fpm-nginx --url $U/debug/fatal.php --generator php --origin app --scenario unhandled-exception --error-shape php-error-html --message "Uncaught Error: Call to undefined function undefined_function_lab()" --notes "display_errors=On html_errors=On: the error printed in a 200 page"
capture "${c[@]}" --id nginx-502-lab-php-fpm-down --url $U/down/hello.php --generator nginx --origin proxy --scenario refused --notes "PHP-FPM not running: nginx's 502 (connect() failed (111: Connection refused) while connecting to upstream)"
capture "${c[@]}" --id nginx-504-lab-php-fpm-slow --url $U/slow.php --generator nginx --origin proxy --scenario timeout --notes "the script sleeps 30 s: fastcgi_read_timeout (2 s) expires, nginx's 504"
capture "${c[@]}" --id nginx-502-lab-php-fpm-worker-killed --url $U/killed/slow.php --generator nginx --origin proxy --scenario worker-timeout --notes "FPM's request_terminate_timeout (2 s) kills the worker: nginx's 502 (upstream prematurely closed FastCGI stdout)"
capture "${c[@]}" --id php-fpm-404-lab-head-nginx --url $U/missing.php --method HEAD --generator php-fpm --origin app --scenario not-found --notes "HEAD for FPM's File not found."
