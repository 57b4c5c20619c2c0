#!/usr/bin/env bash
# Runs a command (e.g. 'npm ci && npm test') with what this repository needs and a fresh machine may lack:
# uv, installed into .venv (so a system Python that refuses pip installs, PEP 668, is no obstacle); the Python
# the generated projects pin (uv's own build where it may download one, else one made from Debian's
# packages, see scripts/ci/runtime-python.sh); and Node 24 from the npm registry (npx -p node@24) when the
# machine's Node is older than the supported 22.12.
#   scripts/fresh.sh 'npm ci && npm run demo'
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: scripts/fresh.sh 'COMMAND'" >&2; exit 2; }
if [ ! -x .venv/bin/uv ]; then python3 -m venv .venv && .venv/bin/pip install --quiet --disable-pip-version-check uv; fi
export PATH="$PWD/.venv/bin:$PATH"
runtime_python="$(scripts/ci/runtime-python.sh)"
runtime_bin="$(dirname "$runtime_python")"
# Appended: python3 stays the machine's own, the pinned Python is found by its versioned name.
export PATH="$PATH:$runtime_bin"
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a >= 24 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null; then
  exec bash -c "$1"
fi
# Only to find Node 24: the command itself runs outside npx, which would hand its own settings
# (npm_config_call, npm_config_package) to every npm and npx the command starts.
node24_bin="$(npx --yes --package node@24 --call 'dirname "$(command -v node)"')"
export PATH="$node24_bin:$PATH"
exec bash -c "$1"
