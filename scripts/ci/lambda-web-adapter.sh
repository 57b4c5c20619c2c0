#!/usr/bin/env bash
# Builds the AWS Lambda Web Adapter from its crate (lambda_web_adapter) once per version and prints the path of
# the adapter binary. Around it the cache holds the layer's own layout: opt/bootstrap (the exec wrapper Lambda
# runs instead of the Python runtime, which starts the handler, run.sh) and opt/extensions/lambda-adapter (the
# extension binary), as the LambdaAdapterLayer* layers unpack under /opt.
#
#   scripts/ci/lambda-web-adapter.sh [version]
#
# Needs cargo (https://rustup.rs) and the crate registry. The first run of a version compiles for a few minutes;
# later runs print the cached path at once. Used by test/production/function-url.test.ts.
set -euo pipefail

# The newest version in the crate registry. The layer the construct deploys (LAMBDA_WEB_ADAPTER_LAYER_VERSION in
# fast-api.ts, documented there as adapter 1.0.1) is of the same 1.0 line; build that version once the registry
# has it.
version="${1:-1.0.0-rc1}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/fastapi-scaffold/lwa-$version"
binary="$cache/opt/extensions/lambda-adapter"

if [ -x "$binary" ] && [ -f "$cache/opt/bootstrap" ]; then
  echo "$binary"
  exit 0
fi

command -v cargo >/dev/null 2>&1 || {
  echo "lambda-web-adapter: cargo is not on PATH; install Rust from https://rustup.rs" >&2
  exit 1
}

mkdir -p "$(dirname "$cache")"
staging="$(mktemp -d "$cache.XXXXXX")"
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() { rm -rf "$staging"; }
trap cleanup EXIT

echo "lambda-web-adapter: building lambda_web_adapter $version (a few minutes, once)" >&2
# A debug build: the crate's release profile (LTO, one codegen unit) takes several times longer, and the tests
# prove behaviour, not speed. --locked builds the dependency versions the release was published with.
cargo install --quiet --locked --debug --root "$staging/cargo" "lambda_web_adapter@$version" >&2
mkdir -p "$staging/opt/extensions"
mv "$staging/cargo/bin/lambda-adapter" "$staging/opt/extensions/lambda-adapter"

# The wrapper ships in the crate's layer/ directory, beside the sources cargo has just downloaded and verified.
crate="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -maxdepth 2 -name "lambda_web_adapter-$version.crate" |
  head -n 1)"
[ -n "$crate" ] || {
  echo "lambda-web-adapter: cargo left no lambda_web_adapter-$version.crate in its cache" >&2
  exit 1
}
tar -xzOf "$crate" "lambda_web_adapter-$version/layer/bootstrap" >"$staging/opt/bootstrap"
chmod 755 "$staging/opt/bootstrap"
rm -rf "$staging/cargo"

# Into place in one step, so an interrupted build never leaves a cache that looks complete; if another run
# finished first, its copy is as good as this one.
mv -T "$staging" "$cache" 2>/dev/null || [ -x "$binary" ]
echo "$binary"
