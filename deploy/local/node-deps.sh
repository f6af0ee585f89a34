# shellcheck shell=bash
# Sourced by stack.sh and test.sh: installs the locked npm dependencies when they are missing or
# older than package-lock.json, then builds every service into dist/.

ensure_node_deps() {
  local root=$1
  if [ ! -f "$root/node_modules/.package-lock.json" ] ||
    [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    echo "installing npm dependencies (npm ci)"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build_services() {
  local root=$1
  (cd "$root" && npm run --silent build)
}
