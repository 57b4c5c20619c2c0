#!/usr/bin/env bash
# Makes sure the Python tools that build and check a generated CDK workspace are installed: uv (bundles the
# Lambda code), cfn-lint and checkov (lint the synthesized templates). Each comes from PyPI when missing;
# prints the versions in use. Used by test/templates/infra.test.ts.
set -euo pipefail

pip_install() {
  python3 -m pip install --quiet --disable-pip-version-check "$@" 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check --user "$@"
}

export PATH="$HOME/.local/bin:$PATH"
for tool in uv cfn-lint checkov; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "cdk-tools: installing $tool from PyPI" >&2
    pip_install "$tool"
  fi
done

echo "uv $(uv --version | cut -d' ' -f2)"
echo "cfn-lint $(cfn-lint --version | cut -d' ' -f2)"
echo "checkov $(checkov --version)"
