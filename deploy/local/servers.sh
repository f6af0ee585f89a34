#!/usr/bin/env bash
# Local Kafka (KRaft, single node), FerretDB (MongoDB wire protocol, SQLite backend) and Redis
# for OCOP Trade Hub development and tests. Real servers on 127.0.0.1, no Docker.
#
#   deploy/local/servers.sh up     [kafka] [mongo] [redis]   # no names = all three
#   deploy/local/servers.sh down   [kafka] [mongo] [redis]
#   deploy/local/servers.sh status [kafka] [mongo] [redis]
#   deploy/local/servers.sh install [kafka] [mongo] [redis]  # download/build only
#
# Environment (defaults in brackets):
#   KAFKA_PORT [9092]  KAFKA_CONTROLLER_PORT [KAFKA_PORT+1000]  MONGO_PORT [27017]  REDIS_PORT [6379]
#   OCOP_STATE_DIR [deploy/local/.state]  data, logs/, run/*.pid of one set of servers
#   OCOP_CACHE_DIR [deploy/local/.cache]  downloaded jars and the built ferretdb binary (shared)
#   OCOP_READY_TIMEOUT [120]   seconds a server may take to become ready
#   OCOP_STOP_TIMEOUT [60]     seconds `down` waits after SIGTERM before SIGKILL
#   OCOP_KAFKA_CHECK [auto]    auto: readiness runs kafka/check-kafkajs.mjs when kafkajs resolves; 0: never
#   OCOP_KAFKA_HEAP_OPTS ["-Xmx512m -Xms256m"]
#   OCOP_FERRETDB_DEBUG_ADDR [-]  FerretDB's debug HTTP listener ("-" = off), e.g. 127.0.0.1:8088
#   OCOP_FERRETDB_LOG_LEVEL [INFO]
#   OCOP_FERRETDB_GOGC [800]   the Go collector setting of FerretDB (see mongo_launch)
#
# See deploy/local/README.md.
set -euo pipefail
set +m

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly HERE
readonly ALL_SERVERS=(kafka mongo redis)
readonly FERRETDB_VERSION=v1.24.2
readonly FERRETDB_MODULE=github.com/FerretDB/FerretDB
# Our fixes to its SQLite backend (mongo/ferretdb-*-fixes.patch); a new build name when they change.
readonly FERRETDB_PATCH="$HERE/mongo/ferretdb-$FERRETDB_VERSION-fixes.patch"
readonly FERRETDB_BUILD=$FERRETDB_VERSION-p4

log() { printf '%s\n' "$*" >&2; }
die() {
  log "servers.sh: error: $*"
  exit 1
}

usage() {
  sed -n '2,/^# See deploy/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
}

is_port() { [[ $1 =~ ^[0-9]+$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535)); }

abs_dir() {
  mkdir -p "$1"
  (cd "$1" && pwd)
}

KAFKA_PORT=${KAFKA_PORT:-9092}
MONGO_PORT=${MONGO_PORT:-27017}
REDIS_PORT=${REDIS_PORT:-6379}
is_port "$KAFKA_PORT" || die "KAFKA_PORT='$KAFKA_PORT' is not a port number"
is_port "$MONGO_PORT" || die "MONGO_PORT='$MONGO_PORT' is not a port number"
is_port "$REDIS_PORT" || die "REDIS_PORT='$REDIS_PORT' is not a port number"
if [[ -z ${KAFKA_CONTROLLER_PORT:-} ]]; then
  if ((KAFKA_PORT + 1000 <= 65535)); then
    KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1000))
  else
    KAFKA_CONTROLLER_PORT=$((KAFKA_PORT - 1000))
  fi
fi
is_port "$KAFKA_CONTROLLER_PORT" || die "KAFKA_CONTROLLER_PORT='$KAFKA_CONTROLLER_PORT' is not a port number"
[[ $KAFKA_CONTROLLER_PORT != "$KAFKA_PORT" ]] || die "KAFKA_CONTROLLER_PORT must differ from KAFKA_PORT"

READY_TIMEOUT=${OCOP_READY_TIMEOUT:-120}
STOP_TIMEOUT=${OCOP_STOP_TIMEOUT:-60}
STATE_DIR=""
CACHE_DIR=""

init_dirs() {
  STATE_DIR=$(abs_dir "${OCOP_STATE_DIR:-$HERE/.state}")
  CACHE_DIR=$(abs_dir "${OCOP_CACHE_DIR:-$HERE/.cache}")
  mkdir -p "$STATE_DIR/run" "$STATE_DIR/logs"
}

now_ms() {
  local t
  t=$(date +%s%N)
  echo $((t / 1000000))
}

secs_since() { # start_ms -> "12.3s"
  local d=$(($(now_ms) - $1))
  printf '%d.%ds' $((d / 1000)) $((d % 1000 / 100))
}

port_open() { timeout 2 bash -c ": >/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

pid_file() { printf '%s/run/%s.pid' "$STATE_DIR" "$1"; }
addr_file() { printf '%s/run/%s.addr' "$STATE_DIR" "$1"; }
log_file() { printf '%s/logs/%s.log' "$STATE_DIR" "$1"; }

port_of() {
  case $1 in
    kafka) echo "$KAFKA_PORT" ;;
    mongo) echo "$MONGO_PORT" ;;
    redis) echo "$REDIS_PORT" ;;
  esac
}

report() { # name addr message
  printf '%-6s %-16s %s\n' "$1" "$2" "$3"
}

# A pid counts as ours only while it runs a command line naming this state dir,
# so a stale pid file (reboot, pid reuse) can never make us signal a stranger.
marker_of() {
  case $1 in
    kafka) echo "$STATE_DIR/kafka/server.properties" ;;
    mongo) echo "file:$STATE_DIR/ferretdb/" ;;
    redis) echo "$STATE_DIR/redis" ;;
  esac
}

proc_alive() {
  local stat state
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  state=${stat##*) }
  state=${state%% *}
  [[ $state != Z && $state != X ]]
}

proc_matches() { # pid marker
  local cmd
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *"$2"* ]]
}

# Prints the pid of the server this state dir started, if it still runs; drops a stale pid file.
our_pid() {
  local f pid
  f=$(pid_file "$1")
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  if [[ $pid =~ ^[0-9]+$ ]] && proc_alive "$pid" && proc_matches "$pid" "$(marker_of "$1")"; then
    echo "$pid"
    return 0
  fi
  rm -f "$f" "$(addr_file "$1")"
  return 1
}

# Runs a server detached (own session, stdin closed, output to its log), records its pid.
LAUNCHED_PID=""
launch() { # name workdir cmd...
  local name=$1 dir=$2 logf
  shift 2
  logf=$(log_file "$name")
  [[ ! -f $logf ]] || mv -f "$logf" "$logf.prev"
  # 8 and 9 are our lock fds: the server must not inherit (and so hold) them.
  (cd "$dir" && exec setsid "$@" 8>&- 9>&-) >"$logf" 2>&1 </dev/null &
  LAUNCHED_PID=$!
  echo "$LAUNCHED_PID" >"$(pid_file "$name")"
  echo "127.0.0.1:$(port_of "$name")" >"$(addr_file "$name")"
}

stop_pid() { # pid -> prints how it ended
  local pid=$1 deadline
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(($(now_ms) + STOP_TIMEOUT * 1000))
  while proc_alive "$pid"; do
    if (($(now_ms) > deadline)); then
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      echo "killed after ${STOP_TIMEOUT}s"
      return 0
    fi
    sleep 0.2
  done
  echo "stopped"
}

lock_fd() { # fd file
  # shellcheck disable=SC2094
  eval "exec $1>\"\$2\""
  flock -w 900 "$1" || die "could not lock $2 within 900s"
}

# ---------------------------------------------------------------- installers

APT_LOG=""
apt_install() { # packages...
  command -v apt-get >/dev/null || die "need $* but apt-get is missing: install them yourself"
  local sudo=() rc=0 policy_added=0
  [[ $(id -u) == 0 ]] || sudo=(sudo -n)
  APT_LOG="$CACHE_DIR/apt.log"
  # Keep the Debian package from starting its own service (on the default port) during install.
  if [[ $(id -u) == 0 && ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    policy_added=1
  fi
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300)
  log "servers.sh: apt-get install $* (log: $APT_LOG)"
  if ! "${apt[@]}" install --no-install-recommends "$@" >>"$APT_LOG" 2>&1; then
    { "${apt[@]}" update >>"$APT_LOG" 2>&1 && "${apt[@]}" install --no-install-recommends "$@" >>"$APT_LOG" 2>&1; } || rc=$?
  fi
  ((policy_added == 0)) || rm -f /usr/sbin/policy-rc.d
  if ((rc != 0)); then
    tail -n 20 "$APT_LOG" >&2
    die "apt-get install $* failed"
  fi
}

need_java() {
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  local v
  v=$(java -version 2>&1 | sed -n -E '1s/.*version "([0-9]+).*/\1/p')
  if ! [[ $v =~ ^[0-9]+$ ]] || ((v < 17)); then
    die "Kafka 4 needs Java 17+, 'java' is version '${v:-?}'"
  fi
}

KAFKA_VERSION=""
KAFKA_LIBS=""
kafka_locate() {
  local pom=$HERE/kafka/pom.xml hash
  KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$pom")
  hash=$(sha256sum "$pom" | cut -c1-10)
  KAFKA_LIBS="$CACHE_DIR/kafka-libs-$KAFKA_VERSION-$hash"
}

kafka_install() {
  kafka_locate
  need_java
  [[ ! -f $KAFKA_LIBS/.complete ]] || return 0
  lock_fd 9 "$CACHE_DIR/.kafka.lock"
  if [[ ! -f $KAFKA_LIBS/.complete ]]; then
    command -v mvn >/dev/null || apt_install maven
    local t0 tmp="$KAFKA_LIBS.tmp.$$" mlog="$CACHE_DIR/kafka-mvn.log"
    t0=$(now_ms)
    log "servers.sh: kafka: resolving kafka_2.13 $KAFKA_VERSION jars from Maven Central (log: $mlog)"
    rm -rf "$tmp"
    if ! mvn -q -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$tmp" >"$mlog" 2>&1; then
      tail -n 30 "$mlog" >&2
      rm -rf "$tmp"
      die "kafka: mvn dependency:copy-dependencies failed"
    fi
    touch "$tmp/.complete"
    rm -rf "$KAFKA_LIBS"
    mv "$tmp" "$KAFKA_LIBS"
    INSTALL_NOTE[kafka]="jars resolved in $(secs_since "$t0")"
  fi
  exec 9>&-
}

FERRETDB_BIN=""
mongo_install() {
  FERRETDB_BIN="$CACHE_DIR/ferretdb-$FERRETDB_BUILD/bin/ferretdb"
  [[ ! -x $FERRETDB_BIN ]] || return 0
  lock_fd 9 "$CACHE_DIR/.ferretdb.lock"
  if [[ ! -x $FERRETDB_BIN ]]; then
    command -v go >/dev/null || die "mongo: building FerretDB needs Go (1.24+) on PATH"
    local t0 work="$CACHE_DIR/ferretdb-$FERRETDB_BUILD/build.$$" blog="$CACHE_DIR/ferretdb-build.log" src
    t0=$(now_ms)
    command -v patch >/dev/null || die "mongo: building FerretDB needs patch on PATH"
    log "servers.sh: mongo: building FerretDB $FERRETDB_BUILD from the Go module proxy (log: $blog)"
    rm -rf "$work"
    mkdir -p "$work/tool"
    # A scratch module resolves FerretDB and its dependencies through the Go module proxy.
    # `go install` of cmd/ferretdb straight from the module cache builds a binary that panics at start
    # (its embedded build/version/version.txt is generated by FerretDB's own build and is empty in the
    # published module), so build a copy of the module with that one file filled in, and with our
    # fixes to its SQLite backend applied.
    if ! (
      cd "$work/tool" &&
        export GOWORK=off GOFLAGS=-mod=mod CGO_ENABLED=0 &&
        go mod init ferretdb-tool &&
        go get "$FERRETDB_MODULE@$FERRETDB_VERSION" &&
        src=$(go list -m -f '{{.Dir}}' "$FERRETDB_MODULE") &&
        cp -R "$src" "$work/src" &&
        chmod -R u+w "$work/src" &&
        printf '%s\n' "$FERRETDB_VERSION" >"$work/src/build/version/version.txt" &&
        cd "$work/src" &&
        patch -p0 --forward --batch <"$FERRETDB_PATCH" &&
        GOFLAGS=-mod=readonly go build -trimpath -buildvcs=false -o "$work/ferretdb" ./cmd/ferretdb &&
        version_out=$("$work/ferretdb" --version) &&
        # Not `| grep -q`: grep exits at the first line, and under pipefail the SIGPIPE that
        # ferretdb gets writing the next line failed the build now and then.
        { [[ $version_out == *"version: $FERRETDB_VERSION"* ]] ||
          { printf 'unexpected ferretdb --version output:\n%s\n' "$version_out"; false; }; }
    ) >"$blog" 2>&1; then
      tail -n 30 "$blog" >&2
      rm -rf "$work"
      die "mongo: building FerretDB $FERRETDB_BUILD failed"
    fi
    mkdir -p "$(dirname "$FERRETDB_BIN")"
    mv "$work/ferretdb" "$FERRETDB_BIN"
    rm -rf "$work"
    INSTALL_NOTE[mongo]="ferretdb built in $(secs_since "$t0")"
  fi
  exec 9>&-
}

redis_install() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
  lock_fd 9 "$CACHE_DIR/.redis.lock"
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    local t0
    t0=$(now_ms)
    apt_install redis-server redis-tools
    INSTALL_NOTE[redis]="apt-get install in $(secs_since "$t0")"
  fi
  exec 9>&-
}

# ---------------------------------------------------------------- start (prepare + launch)

kafka_cluster_id() {
  local id
  while :; do
    id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
    [[ $id == -* ]] || break
  done
  echo "$id"
}

kafka_prepare() {
  local d="$STATE_DIR/kafka"
  mkdir -p "$d/data"
  cat >"$d/server.properties" <<EOF
# Written by deploy/local/servers.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$d/data
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=true
delete.topic.enable=true
# topics keep events forever
log.retention.ms=-1
log.retention.bytes=-1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  if [[ ! -f $d/data/meta.properties ]]; then
    [[ -s $d/cluster.id ]] || kafka_cluster_id >"$d/cluster.id"
    local flog="$STATE_DIR/logs/kafka-format.log"
    if ! java -Docop.kafka.loglevel=WARN -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --standalone \
      -t "$(<"$d/cluster.id")" -c "$d/server.properties" >"$flog" 2>&1 8>&- 9>&-; then
      tail -n 30 "$flog" >&2
      die "kafka: formatting $d/data failed"
    fi
  fi
}

kafka_launch() {
  local heap
  read -r -a heap <<<"${OCOP_KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
  launch kafka "$STATE_DIR/kafka" java "${heap[@]}" \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Docop.kafka.loglevel=INFO -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$STATE_DIR/kafka/server.properties"
}

mongo_prepare() { mkdir -p "$STATE_DIR/ferretdb"; }

# synchronous(normal): in WAL mode a commit no longer waits for an fsync (FerretDB runs one
# transaction per updated document); a crash of the server loses nothing, a power cut may lose the
# last commits, which local and test servers can afford.
# GOGC: FerretDB allocates a lot per command (every document is decoded from JSON); with Go's
# default the collector ran about a third of its CPU time. A larger heap between collections
# (tens of MB here) trades memory this machine has for that CPU.
mongo_launch() {
  GOGC=${OCOP_FERRETDB_GOGC:-800} launch mongo "$STATE_DIR/ferretdb" "$FERRETDB_BIN" \
    --handler=sqlite --sqlite-url="file:$STATE_DIR/ferretdb/?_pragma=synchronous(normal)" \
    --state-dir="$STATE_DIR/ferretdb" \
    --listen-addr="127.0.0.1:$MONGO_PORT" --debug-addr="${OCOP_FERRETDB_DEBUG_ADDR:--}" \
    --telemetry=disable --log-level="${OCOP_FERRETDB_LOG_LEVEL:-INFO}"
}

redis_prepare() { mkdir -p "$STATE_DIR/redis"; }

redis_launch() {
  # --set-proc-title no keeps the command line (and so the state dir marker) visible in /proc.
  launch redis "$STATE_DIR/redis" redis-server --port "$REDIS_PORT" --bind 127.0.0.1 \
    --save '' --appendonly no --daemonize no --dir "$STATE_DIR/redis" --set-proc-title no --logfile ''
}

# ---------------------------------------------------------------- readiness probes
# Each sets PROBE_NOTE on success and PROBE_LAST (last error output) on failure.

PROBE_NOTE=""
PROBE_LAST=""

have_node() { command -v node >/dev/null; }

kafka_client_check() {
  if [[ ${OCOP_KAFKA_CHECK:-auto} == 0 ]] || ! have_node; then
    PROBE_NOTE="port + broker log"
    return 0
  fi
  local out rc=0
  out=$(CHECK_QUIET=1 timeout 60 node "$HERE/kafka/check-kafkajs.mjs" "127.0.0.1:$KAFKA_PORT" 2>&1 8>&- 9>&-) || rc=$?
  case $rc in
    0) PROBE_NOTE="kafkajs round trip ok" ;;
    3) PROBE_NOTE="port + broker log; kafkajs not installed yet" ;;
    *)
      PROBE_LAST=$out
      return 1
      ;;
  esac
}

kafka_probe() {
  port_open "$KAFKA_PORT" || return 1
  grep -q 'Kafka Server started' "$(log_file kafka)" 2>/dev/null || return 1
  kafka_client_check
}

kafka_probe_external() {
  port_open "$KAFKA_PORT" || return 1
  PROBE_NOTE="port answers"
}

mongo_probe() {
  port_open "$MONGO_PORT" || return 1
  if ! have_node; then
    PROBE_NOTE="port only (no node for a ping)"
    return 0
  fi
  local out
  if out=$(PING_TIMEOUT_MS=3000 timeout 20 node "$HERE/mongo/ping.mjs" "127.0.0.1:$MONGO_PORT" 2>&1 8>&- 9>&-); then
    local via=${out##*\(}
    PROBE_NOTE="ping ok via ${via%)}"
    return 0
  fi
  PROBE_LAST=$out
  return 1
}

mongo_probe_external() { mongo_probe; }

redis_probe() {
  local out
  out=$(timeout 5 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>&1) || {
    PROBE_LAST=$out
    return 1
  }
  [[ $out == PONG ]] || {
    PROBE_LAST=$out
    return 1
  }
  PROBE_NOTE="PONG"
}

redis_probe_external() {
  command -v redis-cli >/dev/null || {
    PROBE_NOTE="port answers"
    return 0
  }
  redis_probe
}

# ---------------------------------------------------------------- commands

declare -A INSTALL_NOTE=()

parse_names() { # args... -> NAMES
  NAMES=()
  local a seen=" "
  (($# > 0)) || set -- "${ALL_SERVERS[@]}"
  for a in "$@"; do
    case $a in
      kafka | mongo | redis) ;;
      ferretdb | mongodb) a=mongo ;;
      *)
        usage
        die "unknown server '$a' (expected: kafka mongo redis)"
        ;;
    esac
    [[ $seen == *" $a "* ]] || NAMES+=("$a")
    seen+="$a "
  done
}

fail_start() { # name pid why
  local name=$1 pid=$2 why=$3 logf
  logf=$(log_file "$name")
  report "$name" "127.0.0.1:$(port_of "$name")" "FAILED: $why" >&2
  if [[ -n $PROBE_LAST ]]; then
    log "--- last readiness check output:"
    printf '%s\n' "$PROBE_LAST" | tail -n 15 >&2
  fi
  if grep -qE ' (ERROR|FATAL) |^Caused by:' "$logf" 2>/dev/null; then
    log "--- first errors in $logf:"
    grep -E ' (ERROR|FATAL) |^Caused by:' "$logf" | head -n 5 >&2 || true
  fi
  log "--- last lines of $logf:"
  grep -vE '^[[:space:]]+(at |\.\.\. [0-9]+ more)' "$logf" | tail -n 20 >&2 || true
  log "---"
  if proc_alive "$pid"; then stop_pid "$pid" >/dev/null; fi
  rm -f "$(pid_file "$name")" "$(addr_file "$name")"
}

cmd_install() {
  local name
  for name in "${NAMES[@]}"; do
    "${name}_install"
    report "$name" "-" "installed${INSTALL_NOTE[$name]:+ (${INSTALL_NOTE[$name]})}"
  done
}

cmd_up() {
  local name pid rc=0 to_start=()
  lock_fd 8 "$STATE_DIR/.lock"
  for name in "${NAMES[@]}"; do
    local addr
    addr="127.0.0.1:$(port_of "$name")"
    if pid=$(our_pid "$name"); then
      report "$name" "$(<"$(addr_file "$name")")" "already running (pid $pid)"
    elif port_open "$(port_of "$name")"; then
      PROBE_NOTE="" PROBE_LAST=""
      if "${name}_probe_external"; then
        report "$name" "$addr" "reused (answering, not started from $STATE_DIR; $PROBE_NOTE)"
      else
        report "$name" "$addr" "FAILED: port is taken by something that does not answer like $name: ${PROBE_LAST:-?}" >&2
        rc=1
      fi
    else
      to_start+=("$name")
    fi
  done
  ((${#to_start[@]} > 0)) || return "$rc"

  for name in "${to_start[@]}"; do "${name}_install"; done

  declare -A t0=() pids=()
  for name in "${to_start[@]}"; do
    t0[$name]=$(now_ms)
    "${name}_prepare"
    "${name}_launch"
    pids[$name]=$LAUNCHED_PID
  done

  # Poll all pending servers together so each one's time is its own.
  local pending=("${to_start[@]}") deadline_ms=$((READY_TIMEOUT * 1000))
  while ((${#pending[@]} > 0)); do
    local still=()
    for name in "${pending[@]}"; do
      PROBE_NOTE="" PROBE_LAST=""
      if ! proc_alive "${pids[$name]}"; then
        fail_start "$name" "${pids[$name]}" "process exited before it was ready"
        rc=1
      elif "${name}_probe"; then
        local extra="${INSTALL_NOTE[$name]:+; ${INSTALL_NOTE[$name]}}"
        report "$name" "127.0.0.1:$(port_of "$name")" "started in $(secs_since "${t0[$name]}") (pid ${pids[$name]}; $PROBE_NOTE$extra)"
      elif (($(now_ms) - ${t0[$name]} > deadline_ms)); then
        fail_start "$name" "${pids[$name]}" "not ready within ${READY_TIMEOUT}s"
        rc=1
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]} == 0)) || sleep 0.25
  done
  return "$rc"
}

cmd_down() {
  local name pid t0 how
  lock_fd 8 "$STATE_DIR/.lock"
  for name in "${NAMES[@]}"; do
    local addr
    addr="127.0.0.1:$(port_of "$name")"
    [[ ! -f $(addr_file "$name") ]] || addr=$(<"$(addr_file "$name")")
    if pid=$(our_pid "$name"); then
      t0=$(now_ms)
      how=$(stop_pid "$pid")
      rm -f "$(pid_file "$name")" "$(addr_file "$name")"
      report "$name" "$addr" "$how (pid $pid) in $(secs_since "$t0")"
    elif port_open "$(port_of "$name")"; then
      report "$name" "$addr" "not started from $STATE_DIR; left running"
    else
      report "$name" "$addr" "not running"
    fi
  done
}

cmd_status() {
  local name pid
  for name in "${NAMES[@]}"; do
    local addr
    addr="127.0.0.1:$(port_of "$name")"
    if pid=$(our_pid "$name"); then
      addr=$(<"$(addr_file "$name")")
      if port_open "${addr##*:}"; then
        report "$name" "$addr" "running (pid $pid)"
      else
        report "$name" "$addr" "running (pid $pid) but not answering"
      fi
    elif port_open "$(port_of "$name")"; then
      report "$name" "$addr" "answering (not started from $STATE_DIR)"
    else
      report "$name" "$addr" "stopped"
    fi
  done
}

main() {
  local cmd=${1:-}
  (($# == 0)) || shift
  case $cmd in
    up | down | status | install) ;;
    -h | --help | help)
      usage
      return 0
      ;;
    *)
      usage
      die "expected a command: up, down, status or install"
      ;;
  esac
  parse_names "$@"
  init_dirs
  "cmd_$cmd"
}

main "$@"
