#!/usr/bin/env bash
# Lints every workflow under .github/ and this repository's actions (action.yml and the composite actions the
# workflows use: setup/, checks/, deploy/, outdated/) with actionlint (syntax, expressions, action inputs, and shellcheck
# on run: scripts when shellcheck is installed) and zizmor (security: pinning, permissions, injection,
# credential persistence, and with the auditor persona also the findings the default persona leaves out, such as
# undocumented permissions and missing concurrency limits). Then the same on what `fastapi-scaffold init`
# writes into a repository of one's own (dist/cli.js, in temporary repositories: at the top level and with
# --workspace services), pinned to this commit. Installs both when missing: actionlint from the Go
# module proxy, zizmor from PyPI. Exits non-zero on any finding of either; a finding we accept is acknowledged in
# the workflow itself (`# zizmor: ignore[rule]` with its reason), so the reason is read where the code is.
#
#   scripts/ci/lint-workflows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ACTIONLINT_VERSION=v1.7.12
ZIZMOR_VERSION=1.32.0

gobin="$(go env GOPATH 2>/dev/null)/bin"
export PATH="$gobin:$HOME/.local/bin:$PATH"

if ! actionlint -version 2>/dev/null | grep -qx "$ACTIONLINT_VERSION"; then
  echo "installing actionlint $ACTIONLINT_VERSION (go install)"
  go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
fi
if ! zizmor --version 2>/dev/null | grep -q " $ZIZMOR_VERSION\$"; then
  echo "installing zizmor $ZIZMOR_VERSION (pip)"
  python3 -m pip install --quiet --user "zizmor==$ZIZMOR_VERSION" 2>/dev/null ||
    python3 -m pip install --quiet "zizmor==$ZIZMOR_VERSION"
fi

status=0
echo "==> actionlint $(actionlint -version | head -n 1)"
if command -v shellcheck >/dev/null 2>&1; then
  echo "    (with shellcheck $(shellcheck --version | sed -n 's/^version: //p'))"
else
  echo "    (shellcheck is not installed: run: scripts are not checked by it)"
fi
actionlint -no-color || status=1
if command -v shellcheck >/dev/null 2>&1; then
  echo "==> shellcheck on the scripts the workflows run"
  shellcheck scripts/workflows/*.sh scripts/ci/*.sh || status=1
fi

actions=(action.yml setup/action.yml checks/action.yml deploy/action.yml outdated/action.yml)
echo "==> $(zizmor --version) --offline --persona=auditor .github/ ${actions[*]}"
# --offline: no GitHub API calls (this machine cannot reach GitHub); the online audits (known-vulnerable
# action versions, impostor commits) run where GitHub is reachable by leaving it out.
zizmor --offline --persona=auditor --no-progress --format plain .github/ "${actions[@]}" || status=1

# What init writes elsewhere: the same templates with a pinned action instead of `uses: ./`.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
sha="$(git rev-parse HEAD)"
cli="$PWD/dist/cli.js"
for workspace in . services; do
  repo="$scratch/init-${workspace//./top}"
  git init -q "$repo"
  echo "==> fastapi-scaffold init --workspace $workspace, linted"
  (cd "$repo" && node "$cli" init --workspace "$workspace" \
    --action-ref "fastapi-scaffold/fastapi-scaffold@$sha" >/dev/null) || { status=1; continue; }
  (cd "$repo" && actionlint -no-color) || status=1
  zizmor --offline --persona=auditor --no-progress --format plain "$repo/.github/" || status=1
done

if [ "$status" -eq 0 ]; then echo "workflow lint: no findings"; fi
exit "$status"
