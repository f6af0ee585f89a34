#!/usr/bin/env bash
# The whole system on this machine without Docker: real Kafka, MongoDB-wire (FerretDB) and Redis
# servers (servers.sh) and the seven services built from this checkout.
#   stack.sh up       install what is missing, start servers and services, print their health, and
#                     load the demo data (Hà Nội's programme) once per state directory (OCOP_DEMO=0: not)
#   stack.sh down     stop exactly what up started
#   stack.sh status   show what runs
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$here/node-deps.sh"

export OCOP_STATE_DIR=${OCOP_STATE_DIR:-$here/.state}
export KAFKA_PORT=${KAFKA_PORT:-9092} MONGO_PORT=${MONGO_PORT:-27017} REDIS_PORT=${REDIS_PORT:-6379}
run_dir=$OCOP_STATE_DIR/services
services=(producers distributors trade-fairs mou matching query gateway)

port_of() {
  case $1 in
    gateway) echo "${GATEWAY_PORT:-3000}" ;;
    producers) echo "${PRODUCERS_PORT:-3001}" ;;
    distributors) echo "${DISTRIBUTORS_PORT:-3002}" ;;
    trade-fairs) echo "${TRADE_FAIRS_PORT:-3003}" ;;
    mou) echo "${MOU_PORT:-3004}" ;;
    matching) echo "${MATCHING_PORT:-3005}" ;;
    query) echo "${QUERY_PORT:-3006}" ;;
  esac
}

url_setting() { echo "$(echo "$1" | tr 'a-z-' 'A-Z_')_URL"; }

# A random secret made once per state directory and kept there (mode 600), so tokens outlive a
# restart: gateway-jwt-secret signs access tokens, internal-secret the gateway's calls to services.
state_secret() {
  local file=$OCOP_STATE_DIR/$1
  if [ ! -s "$file" ]; then
    mkdir -p "$OCOP_STATE_DIR"
    (umask 077 && od -An -N32 -tx1 /dev/urandom | tr -d ' \n' >"$file")
  fi
  cat "$file"
}

readonly demo_admin=admin@demo.ocop.vn demo_password=ocop-demo-2021

# Hà Nội's programme through the public API, once per state directory; an interrupted load resumes.
load_demo() {
  [ "${OCOP_DEMO:-1}" != 0 ] || return 0
  local marker=$OCOP_STATE_DIR/demo-loaded
  if [ ! -f "$marker" ]; then
    node "$root/dist/libs/demo-data/src/load-demo.js" --gateway "http://127.0.0.1:$(port_of gateway)" \
      --seed "${OCOP_DEMO_SEED:-2021}" --scale "${OCOP_DEMO_SCALE:-1}" \
      --progress "$OCOP_STATE_DIR/demo-progress.jsonl" $([ "${OCOP_DEMO_TRADE:-0}" = 1 ] && echo --trade)
    date -u +%FT%TZ >"$marker"
  fi
  echo "demo users (password $demo_password): officer@demo.ocop.vn producer@demo.ocop.vn distributor@demo.ocop.vn $demo_admin"
}

running() { [ -f "$run_dir/$1.pid" ] && kill -0 "$(cat "$run_dir/$1.pid")" 2>/dev/null; }

health_of() { curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(port_of "$1")/health" || true; }

start_service() {
  local name=$1 port
  port=$(port_of "$name")
  if running "$name"; then
    echo "$name already running (pid $(cat "$run_dir/$name.pid"))"
    return
  fi
  # Services listen on loopback only: nothing but the gateway (and this machine) reaches them. The
  # gateway too, unless GATEWAY_HOST opens it (e.g. 0.0.0.0 behind a firewall).
  local host=127.0.0.1
  [ "$name" != gateway ] || host=${GATEWAY_HOST:-127.0.0.1}
  local -a env=(
    "PORT=$port"
    "HOST=$host"
    "KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
    "MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/"
    "REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
    "INTERNAL_SECRET=${INTERNAL_SECRET:-$(state_secret internal-secret)}"
  )
  if [ "$name" = gateway ]; then
    for backend in "${services[@]}"; do
      [ "$backend" = gateway ] || env+=("$(url_setting "$backend")=http://127.0.0.1:$(port_of "$backend")")
    done
    env+=("JWT_SECRET=${JWT_SECRET:-$(state_secret gateway-jwt-secret)}")
    # The first administrator: the one asked for (ADMIN_EMAIL and ADMIN_PASSWORD), else the demo's.
    if [ -n "${ADMIN_EMAIL:-}" ]; then
      env+=("ADMIN_EMAIL=$ADMIN_EMAIL" "ADMIN_PASSWORD=${ADMIN_PASSWORD:?ADMIN_PASSWORD is needed with ADMIN_EMAIL}")
    elif [ "${OCOP_DEMO:-1}" != 0 ]; then
      env+=("ADMIN_EMAIL=$demo_admin" "ADMIN_PASSWORD=$demo_password")
    fi
  fi
  # A larger young generation: the services allocate mostly short-lived objects per request and
  # per event, and with Node's default (16 MB) the scavenger ran twice as often. In CPU profiles of
  # the same commands, the collector's time per 1,000 commands, all seven services together, went
  # from 2.4 s to 1.75 s (about 3% of the whole system's CPU per command).
  # shellcheck disable=SC2086 # OCOP_NODE_ARGS is a list of flags (e.g. --cpu-prof to profile)
  env "${env[@]}" nohup node --max-semi-space-size="${OCOP_NODE_SEMI_SPACE_MB:-32}" ${OCOP_NODE_ARGS:-} \
    "$root/dist/apps/$name/src/main.js" >>"$run_dir/$name.log" 2>&1 &
  echo $! >"$run_dir/$name.pid"
}

wait_healthy() {
  local name=$1 deadline=$((SECONDS + 90))
  until [ "$(health_of "$name")" = 200 ]; do
    if ! running "$name" || [ $SECONDS -gt $deadline ]; then
      echo "$name did not become healthy; last lines of $run_dir/$name.log:" >&2
      tail -n 20 "$run_dir/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
}

stop_service() {
  local name=$1 pid
  [ -f "$run_dir/$name.pid" ] || return 0
  pid=$(cat "$run_dir/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "stopped $name"
  fi
  rm -f "$run_dir/$name.pid"
}

print_status() {
  printf '%-13s %-24s %s\n' service url health
  for name in "${services[@]}"; do
    local code
    code=$(health_of "$name")
    case $code in 200) state=up ;; 503) state="down (a dependency is unreachable)" ;; *) state="not answering" ;; esac
    printf '%-13s %-24s %s\n' "$name" "http://127.0.0.1:$(port_of "$name")" "$state"
  done
}

case ${1:-up} in
  up)
    started=$SECONDS
    ensure_node_deps "$root"
    build_services "$root"
    bash "$here/servers.sh" up
    mkdir -p "$run_dir"
    for name in "${services[@]}"; do start_service "$name"; done
    for name in "${services[@]}"; do wait_healthy "$name"; done
    load_demo
    print_status
    echo "all services up in $((SECONDS - started))s"
    echo "gateway: http://127.0.0.1:$(port_of gateway)/api/v1 (system status: /api/v1/status); stop with: npm stop"
    ;;
  down)
    for ((i = ${#services[@]} - 1; i >= 0; i--)); do stop_service "${services[i]}"; done
    bash "$here/servers.sh" down
    ;;
  status)
    bash "$here/servers.sh" status
    print_status
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
