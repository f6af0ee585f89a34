#!/usr/bin/env bash
# npm run bench:matching: builds and runs the matching benchmark (dist/bench/matching-bench.js),
# in-process on generated data (no servers needed), writing bench/results/matching.json and .md.
# Sizes: BENCH_PRODUCTS, BENCH_PRODUCERS, BENCH_REQUESTS, BENCH_FAIR_PRODUCERS,
# BENCH_FAIR_DISTRIBUTORS, BENCH_SLOTS, BENCH_TABLES, BENCH_MAX_PER_PARTY (see the script).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$root/deploy/local/node-deps.sh"

ensure_node_deps "$root"
build_services "$root"
cd "$root"
# --expose-gc: the heap figure is measured after a collection, not with garbage in it.
node --expose-gc dist/bench/matching-bench.js
