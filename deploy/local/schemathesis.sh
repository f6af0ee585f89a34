#!/usr/bin/env bash
# schemathesis (PyPI), the API fuzzer, in a virtual environment under the cache folder.
#   schemathesis.sh install                         install the pinned packages (when missing or changed)
#   schemathesis.sh run <gateway-url> <name> <token> <report-dir>
#       one run against the gateway's /docs-json as the holder of <token>: phases examples, coverage
#       and fuzzing with the contract checks; a JUnit report <report-dir>/<name>.xml.
#       SCHEMATHESIS_CONFIG: a schemathesis.toml, e.g. the caller's own ids as path parameters
# SCHEMATHESIS_MAX_EXAMPLES (default 12) bounds the fuzzing phase's cases per operation.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly requirements=$here/schemathesis-requirements.txt
venv=${OCOP_CACHE_DIR:-$here/.cache}/venv-schemathesis

install() {
  local fingerprint
  fingerprint=$(sha256sum "$requirements" | cut -d' ' -f1)
  if [ -x "$venv/bin/schemathesis" ] && [ "$(cat "$venv/.version" 2>/dev/null)" = "$fingerprint" ]; then
    return 0
  fi
  echo "installing schemathesis ($(grep '^schemathesis==' "$requirements")) into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  echo "$fingerprint" >"$venv/.version"
}

run() {
  local gateway=$1 name=$2 token=$3 reports=$4
  install >&2
  mkdir -p "$reports"
  # Its crash cache (.schemathesis/) goes beside the reports, not into the checkout.
  cd "$reports"
  # Checks that judge the API against its document; a server error is never acceptable.
  "$venv/bin/schemathesis" --no-color ${SCHEMATHESIS_CONFIG:+--config-file "$SCHEMATHESIS_CONFIG"} run "$gateway/docs-json" \
    --url "$gateway" \
    --header "Authorization: Bearer $token" \
    --phases examples,coverage,fuzzing \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-12}" \
    --workers 2 \
    --seed 2021 \
    --generation-database none \
    --request-timeout 20 \
    --report junit --report-junit-path "$reports/$name.xml"
}

case ${1:-} in
  install) install ;;
  run) shift; run "$@" ;;
  *) echo "usage: $0 install | run <gateway-url> <name> <token> <report-dir>" >&2; exit 2 ;;
esac
