#!/usr/bin/env bash
# The checks .github/workflows/pr-checks.yml runs on a pull request, runnable on a laptop too. Which checks
# exist is defined once, by the tool's verify stage (`fastapi-scaffold verify`, src/verify/checks.ts): this
# script only picks what to verify and turns results into a job summary.
#   python [--changed-from REF]  the checks of each API project (only those changed since REF, if given;
#                                not `nx affected`: this job runs before any npm install, and the checks are
#                                verify's, the ones the pull request reports, not the project.json targets)
#   infra                        the CDK packages' checks: install (at the root), type-check, tests, cdk synth
#                                (which bundles every API and runs the cdk-nag checks)
#   synth                        the same (diff reuses the assembly it synthesizes)
#   diff OUTFILE                 after infra or synth: cdk diff against the deployed stacks (needs AWS
#                                credentials), written as a Markdown pull-request comment to OUTFILE
#   comment FILE                 post FILE on pull request $PR_NUMBER, replacing this script's earlier
#                                comment (needs gh and GH_TOKEN)
#
#   scripts/workflows/pr-checks.sh [--workspace DIR] python --changed-from origin/main
#
# Each step is printed before it runs; the first failure stops the script with its exit code.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# The repository this script belongs to, unless --workspace names another (first argument).
root="$here/../.."
if [ "${1:-}" = --workspace ]; then root="$2"; shift 2; fi
cd "$root"
root="$(pwd)"

summary() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"; fi; }
# The tool's own CLI, from the repository this script belongs to.
cli="$here/../../dist/cli.js"
verify() { run node "$cli" verify --workspace "$root" "$@"; }
# The fixed places of the workspace (NPM_WORKSPACE_DIR, INFRA_DIR, ...), named once by the tool.
eval "$(node "$cli" layout)"
run() { printf '\n==> (%s) %s\n' "${PWD#"$root"/}" "$*"; "$@"; }

cdk_bin() {
  local candidate
  for candidate in "$INFRA_DIR/node_modules/.bin/cdk" "$CDK_WORKSPACE_DIR/node_modules/.bin/cdk" \
    "$NPM_WORKSPACE_DIR/node_modules/.bin/cdk"; do
    if [ -x "$root/$candidate" ]; then echo "$root/$candidate"; return; fi
  done
  echo "pr-checks.sh: the aws-cdk CLI is not installed; run the infra checks first" >&2
  return 1
}
python_checks() {
  local projects
  projects="$(node "$here/apis.mjs" --workspace "$root" "$@")"
  if [ -z "$projects" ]; then
    echo "No API project changed: nothing to lint or test."
    summary "No API project changed."
    return 0
  fi
  local project names=()
  for project in $projects; do names+=(--name "${project##*/}"); done
  verify --only python "${names[@]}"
  summary "### Python checks" ""
  for project in $projects; do summary "- \`$project\`: passed"; done
}

has_infra() {
  if [ -f "$INFRA_DIR/package.json" ]; then return 0; fi
  echo "No CDK app in $INFRA_DIR yet: nothing to check."
  return 1
}

infra_checks() {
  has_infra || return 0
  verify --only infra
  summary "### Infrastructure checks" "" "- the CDK packages: install, tsc, tests, cdk synth with cdk-nag: passed"
}

diff_comment() {
  local out="$1" cdk diff_file status=0
  has_infra || return 0
  cdk="$(cdk_bin)"
  diff_file="$(mktemp)"
  export CDK_DISABLE_VERSION_CHECK=true CDK_DISABLE_CLI_TELEMETRY=true
  # cdk diff prints to stderr; --app reuses the assembly the infra checks synthesized.
  (cd "$INFRA_DIR" && "$cdk" diff --app cdk.out --no-notices >"$diff_file" 2>&1) || status=$?
  {
    echo "<!-- fastapi-scaffold:cdk-diff -->"
    echo "### \`cdk diff\` against the deployed stacks"
    echo
    if [ "$status" -ne 0 ]; then echo "cdk diff exited with code $status."; echo; fi
    echo '<details><summary>Diff</summary>'
    echo
    echo '````text'
    # Keep the comment under GitHub's 65,536-character limit.
    sed -e 's/\x1b\[[0-9;]*m//g' "$diff_file" | tail -c 60000
    echo '````'
    echo
    echo '</details>'
  } >"$out"
  cat "$diff_file"
  return "$status"
}

post_comment() {
  local file="$1" marker id
  if [ ! -s "$file" ]; then echo "Nothing to post."; return 0; fi
  marker="$(head -n 1 "$file")"
  : "${PR_NUMBER:?PR_NUMBER must name the pull request}" "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY must be set}"
  # The newest earlier comment of the workflow's own bot that starts with the same marker, if any.
  id="$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" \
    --jq ".[] | select(.user.login == \"github-actions[bot]\" and (.body | startswith(\"$marker\"))) | .id" | tail -n 1)"
  if [ -n "$id" ]; then
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$file" --silent
  else
    gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$file" --silent
  fi
}

case "${1:-}" in
  python) shift; python_checks "$@" ;;
  infra) infra_checks ;;
  synth) infra_checks ;;
  comment) [ -n "${2:-}" ] || { echo "usage: pr-checks.sh comment FILE" >&2; exit 2; }; post_comment "$2" ;;
  diff) [ -n "${2:-}" ] || { echo "usage: pr-checks.sh diff OUTFILE" >&2; exit 2; }; diff_comment "$2" ;;
  *) sed -n '2,19p' "$0" >&2; exit 2 ;;
esac
