#!/usr/bin/env bash
# npm run bench: the system benchmark (bench/system-bench.ts) through the gateway.
# With GATEWAY_URL set (and KAFKA_BROKERS for the raw Kafka figures), that running system is used
# and nothing is started (BENCH_STACK_STATE_DIR, its state dir, adds the CPU figures). Otherwise
# the whole stack (servers and seven services) is started with deploy/local/stack.sh on its own
# ports and state dir, without demo data (the benchmark loads its own at BENCH_SCALE), and
# stopped on exit. Writes bench/results/system.json and system.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

if [[ -z ${GATEWAY_URL:-} ]]; then
  export OCOP_STATE_DIR=${BENCH_STATE_DIR:-$root/deploy/local/.state-bench-system}
  export KAFKA_PORT=${BENCH_KAFKA_PORT:-29192} KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-29193}
  export MONGO_PORT=${BENCH_MONGO_PORT:-47117} REDIS_PORT=${BENCH_REDIS_PORT:-26479}
  export GATEWAY_PORT=${BENCH_GATEWAY_PORT:-5000} PRODUCERS_PORT=5001 DISTRIBUTORS_PORT=5002
  export TRADE_FAIRS_PORT=5003 MOU_PORT=5004 MATCHING_PORT=5005 QUERY_PORT=5006
  export ADMIN_EMAIL=admin@demo.ocop.vn ADMIN_PASSWORD=ocop-demo-2021 OCOP_DEMO=0
  export RATE_LIMIT_PER_MINUTE=${RATE_LIMIT_PER_MINUTE:-1000000}
  stop_stack() { bash "$root/deploy/local/stack.sh" down >/dev/null 2>&1 || true; }
  stop_stack # leftovers of an interrupted run
  rm -rf "$OCOP_STATE_DIR"
  trap stop_stack EXIT
  bash "$root/deploy/local/stack.sh" up
  export GATEWAY_URL=http://127.0.0.1:$GATEWAY_PORT KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
  export BENCH_STACK_STATE_DIR=$OCOP_STATE_DIR # its pid files: the CPU each process spends
else
  echo "bench: using the system at $GATEWAY_URL (not started here)"
  # shellcheck source=deploy/local/node-deps.sh
  source "$root/deploy/local/node-deps.sh"
  ensure_node_deps "$root"
  build_services "$root"
fi

cd "$root"
node dist/bench/system-bench.js
