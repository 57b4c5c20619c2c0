// Stand-ins for uv, npm, tsc, cdk and the bundle script's node: shell scripts on a private PATH that log how they were called and with
// which environment, fail on request, and do what a careless tool might (write the job summary, leave
// files in the temp dir), so the verify stage can be tested without installing anything. Their settings
// are written into the scripts, not passed in the environment: verify decides what environment a tool gets.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STUB = `name=$(basename "$0")
# A version probe (the CLI's preflight asks node and uv) is not a check: answered, not logged.
if [ "$*" = --version ]; then echo "$name 99.0.0"; exit 0; fi
# node stands in for the checks' Lambda bundle script only; anything else (the CLI, a workflow's helper
# scripts) runs on the real node.
if [ "$name" = node ]; then
  case "$1" in
    *bundle-python.mjs) ;;
    *) exec "$REAL_NODE" "$@" ;;
  esac
fi
echo "$name $*|$PWD" >> "$STUB_DIR/calls.log"
# The call and its whole environment as it was handed over (/proc keeps names a shell would drop, such as
# INPUT_GITHUB-TOKEN), NUL-separated.
{
  echo "$name $*"
  if [ -r /proc/$$/environ ]; then cat /proc/$$/environ; else env | tr '\\n' '\\0'; fi
} > "$(mktemp "$STUB_DIR/env/$name.XXXXXX")"
# What any tool a job starts could do with the runner's file commands.
for file in "$GITHUB_STEP_SUMMARY" "$GITHUB_OUTPUT" "$GITHUB_ENV" "$GITHUB_PATH" "$GITHUB_STATE"; do
  if [ -n "$file" ]; then echo "$name $* was here" >> "$file"; fi
done
# Leftovers, as cdk.out* and tsx's cache are; only in a temp dir the caller chose.
if [ -n "$TMPDIR" ]; then mktemp -d "$TMPDIR/stub-$name.XXXXXX" > /dev/null; fi
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
if [ "$name $1" = "npm test" ]; then
  echo " Test Files  1 passed (1)"; echo "      Tests  3 passed | 1 skipped (4)"
  # vitest's github-actions reporter, on whenever GITHUB_ACTIONS is true, adds its report to the job summary.
  if [ "$GITHUB_ACTIONS" = true ] && [ -n "$GITHUB_STEP_SUMMARY" ]; then echo "## Vitest Test Report" >> "$GITHUB_STEP_SUMMARY"; fi
fi
exit 0
`;

export interface StubOptions {
  /** Every call whose `name args` contains this prints two lines and exits 3. */
  readonly fail?: string;
  /** Seconds `uv sync` sleeps before it answers. */
  readonly sleep?: number;
  /** `uv sync` gives up unless npm has started meanwhile, which only a parallel run does. */
  readonly waitForNpm?: boolean;
}

/** One call of a stand-in: its command line and the environment it was started with. */
export interface StubCall {
  readonly command: string;
  readonly env: Readonly<Record<string, string>>;
  /** The environment as recorded, to search for a value under any name. */
  readonly raw: string;
}

export interface Stubs {
  /** PATH: the stand-ins first, then the system's own programs. */
  readonly env: NodeJS.ProcessEnv;
  /** The directory holding the stand-ins, to put first on another PATH. */
  readonly bin: string;
  /** Each call as `name args|cwd`, in order. */
  calls(): string[];
  /** Each call with its environment. */
  seen(): StubCall[];
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

export function installStubs(options: StubOptions = {}): Stubs {
  const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-stubs-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(join(dir, 'env'));
  const settings = {
    STUB_DIR: dir,
    STUB_FAIL: options.fail ?? '',
    STUB_SLEEP: options.sleep === undefined ? '' : String(options.sleep),
    STUB_WAIT_FOR_NPM: options.waitForNpm ? '1' : '',
    REAL_NODE: process.execPath,
  };
  const script = [
    '#!/bin/sh',
    ...Object.entries(settings).map(([name, value]) => `${name}=${shellQuote(value)}`),
    STUB,
  ].join('\n');
  for (const name of ['uv', 'npm', 'tsc', 'cdk', 'node']) {
    writeFileSync(join(bin, name), script);
    chmodSync(join(bin, name), 0o755);
  }
  const log = join(dir, 'calls.log');
  return {
    env: { PATH: `${bin}:/usr/bin:/bin` },
    bin,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
    seen: () =>
      readdirSync(join(dir, 'env')).map((file) => {
        const text = readFileSync(join(dir, 'env', file), 'utf8');
        const newline = text.indexOf('\n');
        const raw = text.slice(newline + 1);
        const env: Record<string, string> = {};
        for (const entry of raw.split('\0')) {
          const equals = entry.indexOf('=');
          if (equals > 0) env[entry.slice(0, equals)] = entry.slice(equals + 1);
        }
        return { command: text.slice(0, newline), env, raw };
      }),
  };
}
