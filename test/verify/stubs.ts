// Stand-ins for uv, npm, tsc and cdk: shell scripts on a private PATH that log how they were called and
// fail on request, so the verify stage's sequencing can be tested without installing anything.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STUB = `#!/bin/sh
name=$(basename "$0")
echo "$name $*|$PWD" >> "$STUB_LOG"
if [ "$name" = npm ]; then
  : > "$STUB_DIR/npm-started"
  if [ "$1" = ci ] || [ "$1" = install ]; then
    mkdir -p node_modules/.bin
    for tool in tsc cdk; do cp "$STUB_DIR/bin/uv" "node_modules/.bin/$tool"; done
  fi
fi
if [ -n "$STUB_WAIT_FOR_NPM" ] && [ "$name $1" = "uv sync" ]; then
  i=0
  while [ ! -e "$STUB_DIR/npm-started" ]; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "npm never started while uv ran"; exit 4; }
    sleep 0.05
  done
fi
if [ -n "$STUB_SLEEP" ] && [ "$name $1" = "uv sync" ]; then sleep "$STUB_SLEEP"; fi
case "$name $*" in
  *"$STUB_FAIL"*) if [ -n "$STUB_FAIL" ]; then echo "line one of $name"; echo "boom from $name $*"; exit 3; fi ;;
esac
for arg in "$@"; do
  case "$arg" in
    --junitxml=*) printf '<testsuites><testsuite name="pytest" tests="5" failures="1" errors="0" skipped="1"></testsuite></testsuites>' > "\${arg#--junitxml=}" ;;
  esac
done
if [ "$name $1" = "npm test" ]; then echo " Test Files  1 passed (1)"; echo "      Tests  3 passed | 1 skipped (4)"; fi
exit 0
`;

export interface Stubs {
  readonly env: NodeJS.ProcessEnv;
  /** Each call as `name args|cwd`, in order. */
  calls(): string[];
}

export function installStubs(extra: NodeJS.ProcessEnv = {}): Stubs {
  const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-stubs-'));
  mkdirSync(join(dir, 'bin'));
  for (const name of ['uv', 'npm']) {
    writeFileSync(join(dir, 'bin', name), STUB);
    chmodSync(join(dir, 'bin', name), 0o755);
  }
  const log = join(dir, 'calls.log');
  return {
    env: {
      PATH: `${join(dir, 'bin')}:/usr/bin:/bin`,
      STUB_DIR: dir,
      STUB_LOG: log,
      ...extra,
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
  };
}
