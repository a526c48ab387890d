#!/usr/bin/env bash
# Starts Debian's nginx with the shipped configuration (deploy/nginx/) over a
# release build, in the foreground, as the current user, with everything under
# target/nginx-<port>/: the site in <site-dir> on 127.0.0.1:<port>, if given
# the /news/ build in <subpath-dir> on <subpath-port>, and if given host pages
# in <ssi-pages-dir> on <ssi-port> that include the site's embedded views
# (jointlink-news-ssi.conf), with the site's bundle at /bundle/.
#   bash tests/nginx/serve.sh <port> <site-dir> [<subpath-port> <subpath-dir> [<ssi-port> <ssi-pages-dir>]]
set -euo pipefail
port=$1
site=$(realpath "$2")
subpath_port=${3:-}
subpath=${4:+$(realpath "$4")}
ssi_port=${5:-}
ssi_pages=${6:+$(realpath "$6")}
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$root/target/nginx-$port
rm -rf "$prefix"
mkdir -p "$prefix/conf" "$prefix/logs" "$prefix/tmp" "$prefix/subpath-root"
cp "$root"/deploy/nginx/jointlink-news-site.conf "$root"/deploy/nginx/jointlink-news-headers.conf "$prefix/conf/"
config=$(sed -e "s#listen 8080;#listen 127.0.0.1:$port;#" -e "s#/srv/jointlink-news/site#$site#" \
  "$root/deploy/nginx/jointlink-news.conf")
if [ -n "$subpath_port" ]; then
  ln -s "$subpath" "$prefix/subpath-root/news"
  config=$(sed -e "s#listen 8081;#listen 127.0.0.1:$subpath_port;#" \
    -e "s#/srv/jointlink-news/subpath-root#$prefix/subpath-root#" <<<"$config")
else
  # Only the first server block: the site at the root.
  config=$(awk '/^# The same site below \/news\//{exit} {print}' <<<"$config")
fi
if [ -n "$ssi_port" ]; then
  sed -e "s#/srv/jointlink-news/site/embed/#$site/embed/#" -e "s#/assets/news/data/#/bundle/data/#" \
    "$root/deploy/nginx/jointlink-news-ssi.conf" > "$prefix/conf/jointlink-news-ssi.conf"
  cp "$root/deploy/nginx/jointlink-news-ssi-address.conf" "$prefix/conf/"
  config+="
include jointlink-news-ssi-address.conf;
server {
    listen 127.0.0.1:$ssi_port;
    root $ssi_pages;
    # A host's pages, compressed as they are sent (SSI output cannot be precompressed).
    location / { ssi on; gzip on; }
    location /bundle/ { alias $site/; }
    include jointlink-news-ssi.conf;
}"
fi
printf '%s\n' "$config" > "$prefix/conf/jointlink-news.conf"
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
