#!/usr/bin/env bash
# Deploys every API of this workspace, the way .github/workflows/deploy.yml does after a merge:
#   1. install the workspace (npm ci at the root: the CDK packages and nx)
#   2. cdk synth: bundles every API (the constructs run scripts/bundle-python.mjs through CDK local
#      bundling) and runs the cdk-nag checks; then checks each API's bundle holds its module
#   3. cdk deploy --all from that cloud assembly, outputs to cdk-outputs.json
#   4. smoke test: call each API once (SigV4-signed for IAM auth)
# With --synth-only it stops after 2 and prints the smoke-test plan instead: no AWS account needed.
#
#   scripts/workflows/deploy.sh [--synth-only] [--workspace DIR]
#
# Needs node, npm and uv on PATH; for a deployment, AWS credentials in the environment and a bootstrapped
# account (see docs/deploy.md).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
workspace="."
synth_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --synth-only) synth_only=true ;;
    --workspace) workspace="$2"; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "deploy.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
workspace="$(cd "$workspace" && pwd)"
cd "$workspace"

summary() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"; fi; }
step() { printf '\n==> %s\n' "$*"; }
# The fixed places of the workspace (NPM_WORKSPACE_DIR, INFRA_DIR, RECORDS_DIR, ...), named once by the tool.
eval "$(node "$here/../../dist/cli.js" layout)"

apis="$(node "$here/apis.mjs" --workspace "$workspace")"
if [ -z "$apis" ] || [ ! -f "$INFRA_DIR/package.json" ]; then
  echo "Nothing to deploy: no API has been generated in this repository yet ($RECORDS_DIR/ is empty)."
  summary "### Nothing to deploy" "" "No API has been generated in this repository yet."
  exit 0
fi
printf 'APIs: %s\n' "$(echo "$apis" | tr '\n' ' ')"

step "install the workspace"
# The npm workspace of the CDK packages: the root, or packages/ in a workspace generated before the root
# became one and not updated since; else the app on its own.
npm_dir="$INFRA_DIR"
for dir in "$CDK_WORKSPACE_DIR" "$NPM_WORKSPACE_DIR"; do
  if [ -f "$dir/package.json" ] &&
    node -e 'process.exit(require(process.argv[1]).workspaces ? 0 : 1)' "$workspace/$dir/package.json"; then
    npm_dir="$dir"
  fi
done
if [ -f "$npm_dir/package-lock.json" ]; then verb=ci; else verb=install; fi
(cd "$npm_dir" && npm "$verb" --prefer-offline --no-audit --no-fund)

cdk=""
for candidate in "$INFRA_DIR/node_modules/.bin/cdk" "$CDK_WORKSPACE_DIR/node_modules/.bin/cdk" \
  "$NPM_WORKSPACE_DIR/node_modules/.bin/cdk"; do
  if [ -x "$candidate" ]; then cdk="$workspace/$candidate"; break; fi
done
if [ -z "$cdk" ]; then echo "deploy.sh: the aws-cdk CLI is not installed by $INFRA_DIR" >&2; exit 1; fi

# No notices, version check or telemetry: CI output stays about this repository.
export CDK_DISABLE_VERSION_CHECK=true CDK_DISABLE_CLI_TELEMETRY=true
assembly="$workspace/$INFRA_DIR/cdk.out"

step "cdk synth (bundles every API, runs cdk-nag)"
(cd "$INFRA_DIR" && "$cdk" synth --quiet --no-notices --output "$assembly")

step "check the bundles"
node "$here/check-bundles.mjs" --assembly "$assembly" --workspace "$workspace"

if [ "$synth_only" = true ]; then
  step "smoke-test plan (synth only: nothing is deployed)"
  node "$here/smoke-test.mjs" --plan "$assembly" --workspace "$workspace"
  summary "Synth only: the stacks were synthesized and checked; nothing was deployed."
  exit 0
fi

step "cdk deploy --all"
outputs="$workspace/cdk-outputs.json"
(cd "$INFRA_DIR" && "$cdk" deploy --app "$assembly" --all --ci --require-approval never \
  --no-notices --outputs-file "$outputs")

step "smoke test"
node "$here/smoke-test.mjs" --outputs "$outputs" --workspace "$workspace"
