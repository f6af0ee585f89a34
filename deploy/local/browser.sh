#!/usr/bin/env bash
# Debian's Chromium and a font with Vietnamese glyphs for the console's browser tests, screenshots
# and budget, installed only when missing (never a browser downloaded by a test tool).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'NotoSans-Regular' || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing ${missing[*]} (apt-get)"
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine may be empty or stale.
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}
