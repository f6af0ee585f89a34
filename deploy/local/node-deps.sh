# shellcheck shell=bash
# Sourced by stack.sh and test.sh: installs the locked npm dependencies when they are missing or
# older than package-lock.json, then builds every service into dist/.

ensure_node_deps() {
  local root=$1
  local marker=$root/node_modules/.package-lock.json
  # A patch in patches/ newer than the install is applied by installing again (postinstall).
  if [ ! -f "$marker" ] || [ "$root/package-lock.json" -nt "$marker" ] ||
    [ -n "$(find "$root/patches" -newer "$marker" -type f 2>/dev/null)" ]; then
    echo "installing npm dependencies (npm ci)"
    # The registry here does not serve every platform's optional native add-on (msgpackr-extract for
    # macOS/Windows), which npm ci counts as a lock mismatch; npm install then installs the same
    # locked versions and skips the missing optional ones.
    (cd "$root" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
      npm install --no-audit --no-fund --loglevel=error; } && touch "$marker")
  fi
}

build_services() {
  local root=$1
  (cd "$root" && npm run --silent build)
}
