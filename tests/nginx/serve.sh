#!/usr/bin/env bash
# Starts Debian's nginx with the shipped configuration (deploy/nginx/) over the
# release builds, for the end-to-end tests: the site at the root on <port>, the
# /news/ build on <subpath-port>, both on 127.0.0.1, run in the foreground as
# the current user with everything under target/nginx/.
#   bash tests/nginx/serve.sh <port> <subpath-port>
set -euo pipefail
port=$1
subpath_port=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$root/target/nginx
rm -rf "$prefix"
mkdir -p "$prefix/conf" "$prefix/logs" "$prefix/tmp" "$prefix/subpath-root"
ln -s "$root/dist-subpath" "$prefix/subpath-root/news"
cp "$root"/deploy/nginx/jointlink-news-site.conf "$root"/deploy/nginx/jointlink-news-headers.conf "$prefix/conf/"
sed -e "s#listen 8080;#listen 127.0.0.1:$port;#" \
  -e "s#listen 8081;#listen 127.0.0.1:$subpath_port;#" \
  -e "s#/srv/jointlink-news/site#$root/dist#" \
  -e "s#/srv/jointlink-news/subpath-root#$prefix/subpath-root#" \
  "$root/deploy/nginx/jointlink-news.conf" > "$prefix/conf/jointlink-news.conf"
# Workers would otherwise switch to a user that may not read the build.
user=""
[ "$(id -u)" -eq 0 ] && user="user root;"
cat > "$prefix/conf/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
$user
worker_processes 1;
error_log $prefix/logs/error.log;
pid $prefix/logs/nginx.pid;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  include jointlink-news.conf;
}
CONF
exec nginx -p "$prefix" -c conf/nginx.conf -e "$prefix/logs/error.log" -g 'daemon off;'
