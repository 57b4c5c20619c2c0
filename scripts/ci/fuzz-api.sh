#!/usr/bin/env bash
# Fuzzes a freshly generated API with schemathesis against its own OpenAPI document: generates it into a
# temporary workspace, installs it with uv, serves it with uvicorn on 127.0.0.1 (a free port), and sends
# generated requests to every operation. Fails on any 5xx, on any answer the document does not describe
# (status code, content type, headers, body schema), on a request the document allows that the API rejects
# and one it rules out that the API accepts, and on any response whose body holds a Python traceback.
# Ends with one line: "fuzz: N operations, M requests, K failures".
#
#   scripts/ci/fuzz-api.sh [--api-type http-api|function-url] [--max-examples N] [--max-time SECONDS]
#                          [--inject-fault]
#
# --inject-fault adds a route that fails with a 500 or answers with a traceback for some inputs, to show the
# fuzzing finds both (the run must then fail).
#
# Needs node (dist/ built), uv, curl, and PyPI for schemathesis.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"

SCHEMATHESIS_VERSION=4.32.5
api_type=http-api
max_examples=40
max_time=180
inject_fault=false
while [ $# -gt 0 ]; do
  case "$1" in
    --api-type) api_type="$2"; shift ;;
    --max-examples) max_examples="$2"; shift ;;
    --max-time) max_time="$2"; shift ;;
    --inject-fault) inject_fault=true ;;
    *) echo "fuzz-api.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d)"
server_pid=""
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> generate an API ($api_type) into $work"
node "$repo/dist/cli.js" generate --name fuzz-target --api-type "$api_type" --workspace "$work" --no-verify >/dev/null
project="$work/packages/fuzz-target"

cd "$project"
if [ "$inject_fault" = true ]; then
  echo "==> inject a faulty route"
  cat >>fuzz_target/main.py <<'PY'


@app.get("/fault/crash/{number}")
def crash(number: int) -> dict[str, int]:
    if number % 5 == 1:
        raise RuntimeError("injected fault")
    return {"number": number}


@app.get("/fault/leak/{number}")
def leak(number: int) -> dict[str, str]:
    if number % 5 == 2:
        return {"detail": "Traceback (most recent call last): injected"}
    return {"number": str(number)}
PY
fi

echo "==> uv sync"
[ -f uv.lock ] || uv lock --quiet
uv sync --locked --quiet

port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
echo "==> serve on $base"
POWERTOOLS_SERVICE_NAME=fuzz-target POWERTOOLS_METRICS_NAMESPACE=Fuzz POWERTOOLS_DEV=true \
  .venv/bin/uvicorn fuzz_target.main:app --host 127.0.0.1 --port "$port" --no-access-log \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if curl -fsS -o /dev/null "$base/openapi.json" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; echo "fuzz: the server did not start"; exit 1; fi
  sleep 0.2
done

# A check of our own, next to schemathesis's: an error page must never show a traceback.
mkdir -p "$work/hooks"
cat >"$work/hooks/fuzz_hooks.py" <<'PY'
import schemathesis


@schemathesis.check
def no_traceback(ctx, response, case):
    if b"Traceback" in response.content:
        raise AssertionError("the response body holds a Python traceback")
PY

echo "==> schemathesis $SCHEMATHESIS_VERSION: at most $max_examples examples per operation, $max_time s"
status=0
PYTHONPATH="$work/hooks" SCHEMATHESIS_HOOKS=fuzz_hooks \
  uvx --quiet --from "schemathesis==$SCHEMATHESIS_VERSION" schemathesis run "$base/openapi.json" \
  --checks all,no_traceback \
  --max-examples "$max_examples" --max-time "$max_time" \
  --request-timeout 20 --workers 4 --seed 1 --no-color \
  --report junit --report-junit-path "$work/junit.xml" >"$work/fuzz.log" 2>&1 || status=$?
cat "$work/fuzz.log"

# One line for CI logs, from the JUnit report: operations are test cases, failures are failed checks.
summary="$(python3 - "$work/junit.xml" "$work/fuzz.log" <<'PY'
import re, sys, xml.etree.ElementTree as ET
operations = failures = 0
try:
    for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
        operations += 1
        failures += len(case.findall("failure")) + len(case.findall("error"))
except (OSError, ET.ParseError):
    pass
log = open(sys.argv[2], encoding="utf-8", errors="replace").read()
requests = sum(int(n) for n in re.findall(r"(\d+) generated", log)) or "?"
print(f"fuzz: {operations} operations, {requests} requests, {failures} failures")
PY
)"
echo "$summary"
if [ "$status" -ne 0 ]; then echo "fuzz: FAILED (schemathesis exit code $status)"; fi
exit "$status"
