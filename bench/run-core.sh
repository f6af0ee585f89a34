#!/usr/bin/env bash
# npm run bench:core: builds, starts its own Kafka and FerretDB on dedicated ports with a fresh state
# dir (stopped on exit), and runs the core benchmark (dist/bench/core-bench.js). It prints the
# figures and writes bench/results/core.json and core.md.
#
# With KAFKA_BROKERS and MONGO_URL both set, those servers are used instead and nothing is started.
# Sizes and ports: see bench/README.md (BENCH_EVENTS, BENCH_LAG_RATE, ... and BENCH_KAFKA_PORT, ...).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$root/deploy/local/node-deps.sh"

ensure_node_deps "$root"
build_services "$root"

if [[ -n ${KAFKA_BROKERS:-} && -n ${MONGO_URL:-} ]]; then
  echo "bench: using KAFKA_BROKERS=$KAFKA_BROKERS MONGO_URL=$MONGO_URL (not started here)"
else
  # Own ports and state, so neither a development stack nor a test run is used or disturbed.
  export OCOP_STATE_DIR=${BENCH_STATE_DIR:-$root/deploy/local/.state-bench}
  export KAFKA_PORT=${BENCH_KAFKA_PORT:-29092} KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-29093}
  export MONGO_PORT=${BENCH_MONGO_PORT:-47017}
  servers=(kafka mongo) # the core needs no Redis
  stop_servers() { bash "$root/deploy/local/servers.sh" down "${servers[@]}" >/dev/null 2>&1 || true; }
  stop_servers # leftovers of an interrupted run
  rm -rf "$OCOP_STATE_DIR"
  trap stop_servers EXIT
  bash "$root/deploy/local/servers.sh" up "${servers[@]}"
  export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
  export MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/
  BENCH_KAFKA_PID=$(cat "$OCOP_STATE_DIR/run/kafka.pid") BENCH_MONGO_PID=$(cat "$OCOP_STATE_DIR/run/mongo.pid")
  export BENCH_KAFKA_PID BENCH_MONGO_PID # to measure the servers' CPU per phase
  version=$(grep -m1 -oE 'Kafka version: [^ ]+' "$OCOP_STATE_DIR/logs/kafka.log" 2>/dev/null || true)
  export BENCH_KAFKA_VERSION=${BENCH_KAFKA_VERSION:-${version#Kafka version: }}
fi

cd "$root"
node dist/bench/core-bench.js
