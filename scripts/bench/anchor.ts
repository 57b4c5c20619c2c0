// The other generator, timed beside ours in the same bench run: the `py#fast-api` generator of awslabs' Nx
// plugin for AWS (npm `@aws/nx-plugin`, newest published), in an Nx workspace created as its docs say.
//
// Only what cannot work offline is changed, and each change is said in the notes: Nx Cloud is skipped
// (`--ci=skip`, NX_NO_CLOUD), the workspace's pinned Python (which uv would download) is replaced by one
// already on this machine, and npm is told to accept the plugin's `nx` peer range when the registry holds no
// create-nx-workspace in it.

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { summarise, type Summary } from './stats.js';

export interface AnchorFigures {
  /** The whole `nx g` process less the installs it ran. */
  readonly generate: Summary;
  /** The whole `nx g` process: generation, then the `uv sync` and `npm install` it runs. */
  readonly withInstalls: Summary;
  readonly notes: readonly string[];
}

interface AnchorOptions {
  /** A new temporary directory (removed by the caller at the end of the run). */
  readonly temp: (prefix: string) => string;
  readonly runs: number;
  readonly log: (text: string) => void;
  /** The Python version our generated projects pin (`3.15`). */
  readonly ourPython: string;
}

const NAME = 'bench-api';

/** The values of `field` for the versions `spec` matches, oldest first; none when it matches none. */
function npmView(spec: string, field: string): string[] {
  const result = spawnSync('npm', ['view', spec, field, '--json'], { encoding: 'utf8' });
  const out = result.stdout.trim();
  const value =
    out === '' ? [] : (JSON.parse(out) as string | string[] | { error: { code: string } });
  if (result.status !== 0) {
    if ((value as { error?: { code: string } }).error?.code === 'E404') return [];
    throw new Error(`npm view ${spec} ${field} failed: ${result.stderr}`);
  }
  return Array.isArray(value) ? value : [value as string];
}

function onPath(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`${name} is not on PATH`);
}

/**
 * The uv binary itself: a version manager's shim (pyenv) on PATH would pick its Python from the workspace's
 * `.python-version` and fail there. uv names itself to what it runs.
 */
function uvBinary(): string {
  return execFileSync(
    'uv',
    ['run', '--no-project', 'python', '-c', 'import os; print(os.environ["UV"])'],
    { encoding: 'utf8', cwd: '/' },
  ).trim();
}

/** A directory whose `uv` and `npm` run the real ones and append the nanoseconds of each install to `log`. */
function timingShims(dir: string, log: string): void {
  const shim = (name: string, real: string, installs: string) => {
    const path = join(dir, name);
    writeFileSync(
      path,
      [
        '#!/bin/sh',
        'start=$(date +%s%N)',
        `"${real}" "$@"`,
        'status=$?',
        `case "$1" in ${installs}) echo "$1 $(($(date +%s%N) - start))" >>"${log}" ;; esac`,
        'exit $status',
        '',
      ].join('\n'),
    );
    chmodSync(path, 0o755);
  };
  shim('uv', uvBinary(), 'sync');
  shim('npm', onPath('npm'), 'install|i|ci');
}

export function benchAnchor({ temp, runs, log, ourPython }: AnchorOptions): AnchorFigures {
  log('other generator: creating its workspace…');
  const plugin = npmView('@aws/nx-plugin', 'version').at(-1)!;
  const nxRange = JSON.parse(
    execFileSync('npm', ['view', `@aws/nx-plugin@${plugin}`, 'peerDependencies', '--json'], {
      encoding: 'utf8',
    }),
  ).nx as string;
  // The create-nx-workspace of the Nx the plugin asks for; a registry that lacks it gets the next one up.
  const inRange = npmView(`create-nx-workspace@${nxRange}`, 'version');
  const creator =
    inRange.at(-1) ??
    npmView(`create-nx-workspace@^${nxRange.replace(/^[~^]/, '')}`, 'version').at(0);
  if (!creator) throw new Error(`no create-nx-workspace for nx ${nxRange} on the registry`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NX_NO_CLOUD: 'true',
    // No daemon: nothing of the other generator outlives its command.
    NX_DAEMON: 'false',
    NX_INTERACTIVE: 'false',
    ...(inRange.length === 0 ? { npm_config_legacy_peer_deps: 'true' } : {}),
  };
  const parent = temp('anchor');
  execFileSync(
    'npx',
    [
      '--yes',
      `create-nx-workspace@${creator}`,
      'workspace',
      '--pm=npm',
      `--preset=@aws/nx-plugin@${plugin}`,
      '--iacProvider=CDK',
      '--ci=skip',
      '--no-interactive',
    ],
    { cwd: parent, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const pristine = join(parent, 'workspace');

  // The Python our own projects pin and our verify figure runs on.
  const python = execFileSync('uv', ['python', 'find', '--system', '--no-project', ourPython], {
    encoding: 'utf8',
    cwd: '/',
    env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never' },
  }).trim();
  const shims = temp('anchor-shims');
  const installLog = join(shims, 'installs.log');
  timingShims(shims, installLog);
  const runEnv = { ...env, PATH: `${shims}${delimiter}${env.PATH}`, UV_PYTHON: python };

  const once = (): { total: number; installs: number; pinned: string } => {
    const workspace = `${pristine}-run`;
    execFileSync('cp', ['-a', pristine, workspace]);
    writeFileSync(installLog, '');
    try {
      const start = process.hrtime.bigint();
      const result = spawnSync(
        join(workspace, 'node_modules/.bin/nx'),
        [
          'g',
          '@aws/nx-plugin:py#fast-api',
          `--name=${NAME}`,
          '--computeType=ServerlessApiGatewayHttpApi',
          '--no-interactive',
        ],
        { cwd: workspace, env: runEnv, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      const total = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`nx g py#fast-api failed: ${result.stderr}`);
      const installs = readFileSync(installLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + Number(line.split(' ')[1]) / 1e9, 0);
      if (installs === 0) throw new Error('nx g py#fast-api ran no install');
      const pinned = readFileSync(join(workspace, '.python-version'), 'utf8').trim();
      return { total, installs, pinned };
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  };

  log('other generator: generate…');
  const { pinned } = once();
  const totals: number[] = [];
  const generate: number[] = [];
  const installs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = once();
    totals.push(run.total);
    installs.push(run.installs);
    generate.push(run.total - run.installs);
  }
  const notes = [
    `Other generator: @aws/nx-plugin ${plugin} \`py#fast-api\` (\`--computeType=ServerlessApiGatewayHttpApi\`, like our http-api), in a workspace made by \`npx create-nx-workspace@${creator} --pm=npm --preset=@aws/nx-plugin@${plugin} --iacProvider=CDK --ci=skip\` (the npm form of its docs' command), timed as \`nx g\` runs in a fresh copy of that workspace after one unmeasured run that fills the uv cache. The installs it runs (\`uv sync\`, \`npm install\`) are timed as they run: ${summarise(installs).median.toFixed(1)} s of its ${summarise(totals).median.toFixed(1)} s (medians); "generate" is the rest. Offline stand-ins: Nx Cloud skipped; Python ${ourPython} (${python}), the one our projects run on, instead of the ${pinned} its \`.python-version\` pins, which uv would download${inRange.length === 0 ? `; npm accepts the plugin's nx ${nxRange} peer range with nx ${creator}, the registry holding no create-nx-workspace in that range` : ''}.`,
  ];
  return { generate: summarise(generate), withInstalls: summarise(totals), notes };
}
