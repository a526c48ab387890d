#!/usr/bin/env bash
# A real WordPress for the end-to-end tests: Debian's wordpress package on its
# own MariaDB (a private data directory under target/, no system service),
# installed and seeded from scratch, served by `php -S` on 127.0.0.1:<port>.
# Runs until stopped; stopping it stops the database too.
#
#   tests/wordpress/serve.sh <port> <origin that serves the sample pictures>
set -euo pipefail
port=${1:-8186}
images_origin=${2:-http://127.0.0.1:8185}
here=$(cd "$(dirname "$0")" && pwd)
state=$(cd "$here/../.." && pwd)/target/wordpress
config=/etc/wordpress/config-127.0.0.1.php

rm -rf "$state"
mkdir -p "$state/db" "$state/run"
mariadb-install-db --user="$(id -un)" --datadir="$state/db" --auth-root-authentication-method=socket \
  >"$state/install-db.log" 2>&1
mariadbd --user="$(id -un)" --datadir="$state/db" --socket="$state/run/mysql.sock" \
  --pid-file="$state/run/mysql.pid" --skip-networking --log-error="$state/mariadb.log" &
database=$!
stop() {
  kill "${server:-}" "$database" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

for _ in $(seq 1 60); do
  mariadb-admin --socket="$state/run/mysql.sock" ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --socket="$state/run/mysql.sock" <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL

cat >"$config" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$state/run/mysql.sock');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_ENVIRONMENT_TYPE', 'local');
PHP

HTTP_HOST="127.0.0.1:$port" php "$here/seed.php" "$here/../../public/data/articles" "$images_origin" >"$state/seed.log" 2>&1 \
  || { cat "$state/seed.log" >&2; exit 1; }

# Several workers: one slow or kept-alive connection must not block the others.
PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t /usr/share/wordpress >"$state/php.log" 2>&1 &
server=$!
wait "$server"
