#!/usr/bin/env bash
# npm run bench:validation: builds and runs the validation benchmark (dist/bench/validation-bench.js),
# in-process (no servers needed), writing bench/results/validation.json and .md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$root/deploy/local/node-deps.sh"

ensure_node_deps "$root"
build_services "$root"
cd "$root"
node dist/bench/validation-bench.js
