# Shared by scripts/serve and scripts/test: installs what is missing and skips
# what is present, so a second run costs seconds. Source it; don't run it.
#
# wasm32 toolchain: rustup's own `wasm32-unknown-unknown` target when it can be
# installed (an ordinary laptop), otherwise Debian's rustc-web, which builds the
# wasm32 standard library itself with -Zbuild-std (machines whose network only
# reaches package registries).

TRUNK_VERSION=0.21.14
WASM_TARGET=wasm32-unknown-unknown
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SETUP_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/jointlink-news
# Environment for cargo when it builds wasm; empty when rustup's target is used.
WASM_ENV=()

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "root is needed for: $*"
    return 1
  fi
}

apt_updated=false
apt_install() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "please install these with your package manager: ${missing[*]}"
    return 1
  fi
  say "installing ${missing[*]}"
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Remembers for a day that rustup could not download the target, so that
# repeated runs on such a machine do not wait for the timeout every time.
rustup_target_unavailable() {
  [ -n "$(find "$SETUP_CACHE/rustup-target-unavailable" -mmin -1440 2>/dev/null)" ]
}

# Smaller wasm (measured in docs/development.md): the standard library built
# with the app, for size (optimize_for_size) and with panic=abort, and panic
# locations left out. These are unstable options: RUSTC_BOOTSTRAP lets the
# stable compiler take them, as Debian's rustc-web needs anyway.
WASM_SIZE_ENV=(
  RUSTC_BOOTSTRAP=1
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zlocation-detail=none
  # Release builds stop at a panic without formatting its message: 8.9 KiB
  # less wasm. embed.js shows readers the message (src/host/last_resort.rs).
  CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
  CARGO_PROFILE_RELEASE_PANIC=immediate-abort
)

# WASM_TOOLCHAIN=debian skips rustup's target and uses the fallback directly.
ensure_wasm_toolchain() {
  if [ "${WASM_TOOLCHAIN:-}" = debian ]; then
    :
  elif rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    with_rust_src_for_size
    return 0
  elif ! rustup_target_unavailable; then
    say "adding the $WASM_TARGET target with rustup"
    if timeout 30 rustup target add "$WASM_TARGET"; then
      with_rust_src_for_size
      return 0
    fi
    mkdir -p "$SETUP_CACHE" && touch "$SETUP_CACHE/rustup-target-unavailable"
    say "rustup could not download $WASM_TARGET; using Debian's rustc-web with -Zbuild-std"
  fi
  say "building wasm with Debian's rustc-web and -Zbuild-std"
  apt_install rustc-web cargo-web rust-web-src lld-22
  if ! rustup toolchain list | grep -q '^debweb'; then
    rustup toolchain link debweb /usr
  fi
  WASM_ENV=(RUSTUP_TOOLCHAIN=debweb "${WASM_SIZE_ENV[@]}")
}

# The standard library's sources, so the wasm can be built with it for size;
# where rustup cannot download them, the build goes on without (larger wasm).
with_rust_src_for_size() {
  if rustup component list --installed 2>/dev/null | grep -q '^rust-src' \
    || timeout 60 rustup component add rust-src; then
    WASM_ENV=("${WASM_SIZE_ENV[@]}")
  else
    say "rustup could not download rust-src; building the wasm without the size options"
  fi
}

# Runs a command that compiles for wasm32 with the toolchain chosen above.
with_wasm_toolchain() {
  env "${WASM_ENV[@]}" "$@"
}

# Runs a native build from inside a wasm build (Trunk's hook): without any of
# the wasm toolchain's settings, which it inherits.
without_wasm_toolchain() {
  local unset=(-u RUSTUP_TOOLCHAIN) setting
  for setting in "${WASM_SIZE_ENV[@]}"; do
    unset+=(-u "${setting%%=*}")
  done
  env "${unset[@]}" "$@"
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    return 0
  fi
  say "installing trunk $TRUNK_VERSION (about 13 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

# The CLI must be exactly the wasm-bindgen version that Cargo.lock pins.
ensure_wasm_bindgen_cli() {
  local version
  version=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' "$PROJECT_ROOT/Cargo.lock")
  if wasm-bindgen --version 2>/dev/null | grep -q " $version\$"; then
    return 0
  fi
  say "installing wasm-bindgen-cli $version (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$version"
}

# npm packages: wasm-opt (binaryen) for Trunk, terser for the loader, Playwright and ajv for the tests.
ensure_node_packages() {
  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  if [ ! "$PROJECT_ROOT/node_modules/.package-lock.json" -nt "$PROJECT_ROOT/package-lock.json" ]; then
    say "installing npm packages"
    (cd "$PROJECT_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export PATH="$PROJECT_ROOT/node_modules/.bin:$PATH"
}

# twiggy, for scripts/size's account of where the wasm bytes go.
TWIGGY_VERSION=0.8.0
ensure_twiggy() {
  if twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION\$"; then
    return 0
  fi
  say "installing twiggy $TWIGGY_VERSION (about a minute, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
}

# rustfmt and clippy come with rustup's default profile; add them if missing.
ensure_rust_components() {
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    say "adding rustfmt and clippy"
    rustup component add rustfmt clippy
  fi
}

# A test run from nothing writes about FRESH_BUILD_GIB of build output (native,
# wasm, prerender and debug profiles). A full disk shows up as a linker crash
# deep in the build, so say it plainly before starting.
FRESH_BUILD_GIB=12
ensure_disk_space() {
  local free_gib
  free_gib=$(df --output=avail -BG "$PROJECT_ROOT" | tail -1 | tr -dc '0-9')
  if [ "$free_gib" -lt 2 ]; then
    say "only ${free_gib} GiB free on the disk of $PROJECT_ROOT; the build needs more (about ${FRESH_BUILD_GIB} GiB from nothing)"
    return 1
  fi
  if [ ! -d "$PROJECT_ROOT/target" ] && [ "$free_gib" -lt "$FRESH_BUILD_GIB" ]; then
    say "warning: ${free_gib} GiB free; a build from nothing writes about ${FRESH_BUILD_GIB} GiB and may fail with a linker crash"
  fi
}

ensure_build_tools() {
  export PATH="$HOME/.cargo/bin:$PATH"
  ensure_wasm_toolchain
  ensure_trunk
  ensure_wasm_bindgen_cli
  ensure_node_packages
}

# Installs packages without starting their system services: the tests run their own.
apt_install_without_services() {
  if dpkg-query -W -f='${Status}' "$@" 2>/dev/null | grep -c 'ok installed' | grep -qx "$#"; then
    return 0
  fi
  local blocker=/usr/sbin/policy-rc.d added=false
  if [ ! -e "$blocker" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$blocker" >/dev/null && as_root chmod +x "$blocker" && added=true
  fi
  apt_install "$@"
  if [ "$added" = true ]; then
    as_root rm -f "$blocker"
  fi
}

# WordPress, MariaDB and PHP for the WordPress source's tests.
ensure_wordpress() {
  apt_install_without_services wordpress mariadb-server php-cli php-mysql
}

# Debian's nginx with the brotli module, to serve the release build as deploy/nginx/ says.
ensure_nginx() {
  apt_install_without_services nginx libnginx-mod-http-brotli-static
}

# zbarimg, which the tests read the QR codes back with, as a phone would.
ensure_qr_decoder() {
  apt_install zbar-tools
}

# Chromium and its WebDriver; CHROMIUM and CHROMEDRIVER may point elsewhere.
ensure_browser() {
  if [ -z "${CHROMIUM:-}" ] || [ -z "${CHROMEDRIVER:-}" ]; then
    apt_install chromium chromium-driver
  fi
  export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
  export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
}

# The release bundle in dist/ (scripts, wasm, styles, icon, shell.html) in a
# fresh folder <target>, with <data-dir> as its data folder.
copy_bundle() {
  local target=$1 data=$2
  rm -rf "$target" && mkdir -p "$target"
  cp "$PROJECT_ROOT"/dist/*.js "$PROJECT_ROOT"/dist/*.wasm "$PROJECT_ROOT"/dist/*.css \
    "$PROJECT_ROOT"/dist/favicon.svg "$PROJECT_ROOT"/dist/logo.svg "$PROJECT_ROOT"/dist/shell.html "$target/"
  cp -r "$data" "$target/data"
}

# The release bundle in dist/ as a site without prerendered pages: Trunk's own
# page (shell.html) as index.html, so every view loads its data in the browser.
derive_app_only_site() {
  copy_bundle "$1" "$PROJECT_ROOT/dist/data"
  mv "$1/shell.html" "$1/index.html"
}

# The prerendered listing as a plain HTML page: every script and preload
# removed, the markup and styles kept. The benchmark's reference.
derive_plain_listing() {
  local target=$1
  rm -rf "$target" && mkdir -p "$target"
  cp "$PROJECT_ROOT"/dist/*.css "$PROJECT_ROOT"/dist/favicon.svg "$target/"
  sed -E -e 's#<script[^>]*>[^<]*</script>##g' -e 's#<link rel="(modulepreload|preload)"[^>]*>##g' \
    "$PROJECT_ROOT/dist/index.html" > "$target/index.html"
}
