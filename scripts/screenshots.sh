#!/bin/sh
# Renders the main pages of the web interface to PNG with headless chromium (make screenshots).
# Usage: scripts/screenshots.sh BIN_DIR OUT_DIR [PORT]
# It indexes the seeds into a throwaway state directory, starts clipperd with its web interface on
# 127.0.0.1:PORT, takes one picture per page (desktop width, plus the search on a phone's width),
# then stops the daemon.
set -eu
bin=${1:?the directory of the built clipperd}
out=${2:?the folder for the PNG files}
port=${3:-7799}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshots: chromium is not installed (make test-deps installs it)" >&2; exit 1; }

state=$(mktemp -d /tmp/clipper-screenshots-XXXXXX)
profile=$(mktemp -d /tmp/clipper-chromium-XXXXXX)
daemon=""
cleanup() {
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
    rm -rf "$state" "$profile"
}
trap cleanup EXIT INT TERM

mkdir -p "$state/inbox" "$out"
cp seeds/* "$state/inbox/"
"$bin/clipperd" --state-dir "$state" --once --web-listen off 2>/dev/null
"$bin/clipperd" --state-dir "$state" --web-listen "127.0.0.1:$port" 2>"$state/clipperd.log" &
daemon=$!
base="http://127.0.0.1:$port"
curl --silent --retry 40 --retry-connrefused --retry-delay 1 --output /dev/null "$base/"

# The seed article the search lists first, for the article page.
article=$(curl --silent "$base/search?q=sanctuary" | grep -o 'href="/articles/[0-9a-f]*"' | head -n 1 | cut -d'"' -f2)

shoot() { # NAME PATH WIDTH HEIGHT
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --user-data-dir="$profile" --window-size="$3,$4" --screenshot="$out/$1.png" "$base$2" 2>/dev/null
    echo "screenshots: $out/$1.png ($2)"
}
shoot web-home / 1280 900
shoot web-search "/search?q=police&place=Albuquerque" 1280 1000
shoot web-article "$article" 1280 1400
shoot web-person "/people/Harold%20Medina" 1280 1100
shoot web-status /status 1280 900
shoot web-search-phone "/search?q=police" 390 844
