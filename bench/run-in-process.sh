#!/usr/bin/env bash
# npm run bench:matching / bench:validation: builds and runs one in-process benchmark,
# dist/bench/NAME-bench.js (no servers needed), which writes bench/results/NAME.json and .md.
# Usage: run-in-process.sh NAME [node flags...]. Each script's header lists its settings.
set -euo pipefail

name=${1:?usage: run-in-process.sh NAME [node flags...]}
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$root/deploy/local/node-deps.sh"

ensure_node_deps "$root"
build_services "$root"
cd "$root"
node "$@" "dist/bench/$name-bench.js"
