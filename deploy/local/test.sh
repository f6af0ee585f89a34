#!/usr/bin/env bash
# The whole test suite (unit, integration, end-to-end) against real Kafka, MongoDB-wire and Redis
# servers that this script starts on their own ports for the run and stops afterwards.
# Ends with one line: "N passed, N failed". Extra arguments go to jest (e.g. a test path pattern).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=deploy/local/node-deps.sh
source "$here/node-deps.sh"

# Its own ports and state, so a running development stack is neither used nor disturbed.
export OCOP_STATE_DIR=${OCOP_TEST_STATE_DIR:-$here/.state-test}
export KAFKA_PORT=${TEST_KAFKA_PORT:-19092} KAFKA_CONTROLLER_PORT=${TEST_KAFKA_CONTROLLER_PORT:-19093}
export MONGO_PORT=${TEST_MONGO_PORT:-37017} REDIS_PORT=${TEST_REDIS_PORT:-16379}

ensure_node_deps "$root"
# Lint or build failing is a failed run too, reported in the same last line.
(cd "$root" && npm run --silent lint) || { echo "lint failed"; echo "0 passed, 1 failed"; exit 1; }
build_services "$root" || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

stop_servers() { bash "$here/servers.sh" down >/dev/null 2>&1 || true; }
stop_servers # leftovers of an interrupted run
rm -rf "$OCOP_STATE_DIR"
trap stop_servers EXIT
bash "$here/servers.sh" up

export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
export MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT

# The console's browser tests (apps/web/test, run by jest with the rest) drive Debian's Chromium.
bash "$here/browser.sh" || { echo "installing Chromium failed"; echo "0 passed, 1 failed"; exit 1; }

report=$(mktemp)
status=0
# --forceExit: a handle a failed suite leaves open (jest names it in a warning) must not keep a
# finished run alive until CI's time limit; the results are written by then.
(cd "$root" && npx jest --runInBand --forceExit --json --outputFile="$report" "$@") || status=$?
counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
  console.log(`${r.numPassedTests} ${r.numFailedTests + brokenSuites}`);
' "$report") || { counts="0 1"; status=1; }
rm -f "$report"
read -r passed failed <<<"$counts"
echo "jest: $passed passed, $failed failed"

# schemathesis against the running gateway, once per role (deploy/local/schemathesis.sh), after the
# suite: in every whole run (CI's), not when arguments pick some of jest's tests. OCOP_SCHEMATHESIS=1
# or 0 says otherwise.
fuzz_default=1
[ "$#" -eq 0 ] || fuzz_default=0
if [ "${OCOP_SCHEMATHESIS:-$fuzz_default}" = 1 ]; then
  # On servers of its own (run-schemathesis starts them): the suites' are no longer needed.
  stop_servers
  fuzz_log=$(mktemp)
  (cd "$root" && node dist/libs/testing/src/api-fuzzing/run-schemathesis.js) | tee "$fuzz_log" || status=1
  read -r fuzz_passed fuzz_failed <<<"$(tail -n 1 "$fuzz_log" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p')"
  rm -f "$fuzz_log"
  passed=$((passed + ${fuzz_passed:-0}))
  failed=$((failed + ${fuzz_failed:-1}))
fi
echo "$passed passed, $failed failed"
exit "$status"
