// `npm run bench [-- --quick]`: how fast we generate, and how fast what we generate runs.
//
// Every figure is measured in this run next to a baseline measured the same way (interleaved, so both see
// the same machine noise) and reported as a ratio too. Full runs write BENCHMARKS.md and
// benchmarks.json at the repository root; `--quick` (CI) uses few samples and writes to .tmp/bench/.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { satisfies } from '../../src/cli/preflight.js';
import { generate } from '../../src/generate.js';
import { loadTemplates } from '../../src/plan/templates.js';
import { parseRequest } from '../../src/request/request.js';
import { CDK_WORKSPACE_DIR } from '../../src/layout.js';
import { TEMPLATES_DIR, toolInfo } from '../../src/tool.js';
import type { ApiRequest } from '../../src/request/request.js';
import type { CheckResult } from '../../src/verify/types.js';
import { verifyWorkspace } from '../../src/verify/verify.js';
import { benchAnchor } from './anchor.js';
import { profileSection } from './notes.js';
import { ratio, summarise, type Summary } from './stats.js';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    out: { type: 'string' },
    // The comparison with the other generator (scripts/bench/anchor.ts): minutes of npm installs more.
    'with-anchor': { type: 'boolean' },
  },
});
const quick = values.quick ?? false;
const outDir = values.out ?? (quick ? join(ROOT, '.tmp/bench') : ROOT);
const RUNS = quick
  ? { render: 3, inProcess: 5, imports: 3, invocations: 200, actionStart: 3, verify: 1 }
  : { render: 15, inProcess: 30, imports: 25, invocations: 2000, actionStart: 15, verify: 3 };

const TARGETS = {
  renderRatio: 1.6,
  verifyToInstallsRatio: 1.5,
  tenthToFirstRatio: 1.2,
  actionStartRatio: 2,
  coldImportRatio: 1.25,
  shippedImportRatio: 1.15,
  warmP50Ratio: 1.3,
  bundleUnzippedMb: 25,
};

interface Figure {
  readonly name: string;
  readonly value: Summary;
  readonly baseline?: Summary;
  readonly unit: 's' | 'ms' | 'MB';
  readonly target?: string;
  readonly meets?: boolean;
}

const figures: Figure[] = [];
const notes: string[] = [];
const log = (text: string) => process.stderr.write(`${text}\n`);

const temps: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fastapi-scaffold-bench-${prefix}-`));
  temps.push(dir);
  return dir;
}

function timeProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return seconds;
}

/** Runs `measure` and `baseline` alternately, `runs` times each. */
function interleave(
  runs: number,
  measure: () => number,
  baseline: () => number,
): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(measure());
    b.push(baseline());
  }
  return [a, b];
}

function dirSize(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, name) => total + dirSize(join(path, name)), 0);
}

// 1. Render
/** Returns the whole-CLI figure, which the other generator's "generate" is set against. */
function benchRender(): Summary {
  log('render…');
  const cli = join(ROOT, 'dist/cli.js');
  const [whole, floor] = interleave(
    RUNS.render,
    () =>
      timeProcess(process.execPath, [
        cli,
        'generate',
        '--name',
        'bench-api',
        '--workspace',
        temp('render'),
        '--no-verify',
      ]),
    () => timeProcess(process.execPath, ['-e', '']),
  );
  const value = summarise(whole);
  figures.push({
    name: 'Render one API, whole CLI process (no verify)',
    value,
    baseline: summarise(floor),
    unit: 's',
    target: `≤ ${TARGETS.renderRatio}× a bare node start`,
    meets: ratio(value.median, summarise(floor).median) <= TARGETS.renderRatio,
  });
  const inProcess: number[] = [];
  for (let i = 0; i < RUNS.inProcess; i += 1) {
    const workspace = temp('render-in');
    const start = process.hrtime.bigint();
    generate(parseRequest({ name: 'bench-api' }), {
      workspace,
      templates: loadTemplates(TEMPLATES_DIR),
      tool: toolInfo(),
    });
    inProcess.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  figures.push({
    name: 'Render one API, in process (load templates, plan, apply)',
    value: summarise(inProcess),
    unit: 'ms',
  });
  return value;
}

// 2. Verify pipeline, warm caches: a fresh workspace each run, so every run does the same work
interface VerifiedRun {
  readonly seconds: number;
  readonly checks: CheckResult[];
  /** When each check started, in seconds since the run began: which checks ran at once. */
  readonly started: ReadonlyMap<string, number>;
  readonly workspace: string;
  readonly request: ApiRequest;
}

/** Generates `name` into `workspace` and verifies it (its Python project and the CDK packages). */
async function renderAndVerify(workspace: string, name: string): Promise<VerifiedRun> {
  const start = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - start) / 1e9;
  const outcome = generate(parseRequest({ name }), {
    workspace,
    templates: loadTemplates(TEMPLATES_DIR),
    tool: toolInfo(),
  });
  const started = new Map<string, number>();
  const checks = await verifyWorkspace(
    workspace,
    { apis: [outcome.plan.request], infra: true },
    { onCheckStart: (check) => started.set(check.name, since()) },
  );
  const seconds = since();
  const failed = checks.filter((check) => check.status !== 'passed');
  if (failed.length > 0) throw new Error(`verify failed: ${failed.map((c) => c.name).join(', ')}`);
  return { seconds, checks, started, workspace, request: outcome.plan.request };
}

/** Runs `argv` in `cwd` to completion; rejects when it fails. */
function runToEnd(argv: readonly [string, ...string[]], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${argv.join(' ')} failed: ${stderr}`)),
    );
  });
}

/**
 * The floor of the verify figure: what any generator's user waits for before a check can run, the two
 * installs of a freshly rendered workspace (`uv sync`, `npm install`), run side by side as verify runs them.
 */
async function installsAlone(name: string): Promise<number> {
  const workspace = temp('installs');
  const outcome = generate(parseRequest({ name }), {
    workspace,
    templates: loadTemplates(TEMPLATES_DIR),
    tool: toolInfo(),
  });
  const start = process.hrtime.bigint();
  await Promise.all([
    runToEnd(['uv', 'sync'], join(workspace, outcome.plan.request.projectRoot)),
    runToEnd(
      ['npm', 'install', '--prefer-offline', '--no-audit', '--no-fund'],
      join(workspace, CDK_WORKSPACE_DIR),
    ),
  ]);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Returns a verified workspace (installed .venv and node_modules) for the Lambda figures. */
async function benchVerify(): Promise<VerifiedRun> {
  log('verify pipeline…');
  // One unmeasured run fills the uv and npm caches, as a workflow's cache restore would.
  const warmUp = await renderAndVerify(temp('verify'), 'bench-api');
  const verified: number[] = [];
  const installs: number[] = [];
  const steps = new Map<string, number[]>();
  const spans = new Map<string, { start: number[]; end: number[] }>();
  for (let i = 0; i < RUNS.verify; i += 1) {
    const run = await renderAndVerify(temp('verify'), 'bench-api');
    verified.push(run.seconds);
    for (const check of run.checks) {
      const key = `${check.name} (${check.project})`;
      steps.set(key, [...(steps.get(key) ?? []), check.durationMs / 1000]);
      const span = spans.get(check.name) ?? { start: [], end: [] };
      const start = run.started.get(check.name) ?? 0;
      span.start.push(start);
      span.end.push(start + check.durationMs / 1000);
      spans.set(check.name, span);
    }
    installs.push(await installsAlone('bench-api'));
  }
  const value = summarise(verified);
  const floor = summarise(installs);
  figures.push({
    name: 'Render + verify one API, warm caches',
    value,
    baseline: floor,
    unit: 's',
    target: `≤ ${TARGETS.verifyToInstallsRatio}× the installs alone`,
    meets: ratio(value.median, floor.median) <= TARGETS.verifyToInstallsRatio,
  });
  notes.push(
    `Verify steps, median seconds over ${RUNS.verify} run(s): ${[...steps.entries()]
      .map(([name, samples]) => `${name} ${summarise(samples).median.toFixed(1)}`)
      .join(
        '; ',
      )}. The baseline of the verify figure is \`uv sync\` and \`npm install\` of a freshly rendered workspace, side by side.`,
    `Verify timeline, median seconds from the start of the run to each check's start and end: ${[
      ...spans.entries(),
    ]
      .map(
        ([name, span]) =>
          `${name} ${summarise(span.start).median.toFixed(1)}–${summarise(span.end).median.toFixed(1)}`,
      )
      .join('; ')}.`,
  );
  await benchTenthApi(value);
  return warmUp;
}

/**
 * The tenth API of a workspace: nine APIs rendered and their CDK packages verified once (so node_modules,
 * the lock files and cdk.out with the nine bundles are there, as in a clone that has run its checks), then
 * the tenth rendered and verified: its own Python checks and the CDK packages it changes. Against the
 * first API of a fresh workspace (`first`, the verify figure).
 */
async function benchTenthApi(first: Summary): Promise<void> {
  log('tenth API…');
  const nine = temp('nine');
  for (let i = 1; i <= 9; i += 1) {
    const { plan } = generate(parseRequest({ name: `service-${i}` }), {
      workspace: nine,
      templates: loadTemplates(TEMPLATES_DIR),
      tool: toolInfo(),
    });
    // As its own verify run would have left it: locked, so its bundle's source hash is the final one.
    execFileSync('uv', ['lock', '--quiet'], { cwd: join(nine, plan.request.projectRoot) });
  }
  const setUp = await verifyWorkspace(nine, { apis: [], infra: true });
  const failed = setUp.filter((check) => check.status !== 'passed');
  if (failed.length > 0)
    throw new Error(`the nine-API workspace failed ${failed.map((c) => c.name).join(', ')}`);
  const tenth: number[] = [];
  const steps = new Map<string, number[]>();
  for (let i = 0; i < RUNS.verify; i += 1) {
    const workspace = temp('tenth');
    cpSync(nine, workspace, { recursive: true, verbatimSymlinks: true });
    const run = await renderAndVerify(workspace, 'service-10');
    tenth.push(run.seconds);
    for (const check of run.checks)
      steps.set(check.name, [...(steps.get(check.name) ?? []), check.durationMs / 1000]);
  }
  notes.push(
    `Tenth API, median seconds over ${RUNS.verify} run(s): ${[...steps.entries()]
      .map(([name, samples]) => `${name} ${summarise(samples).median.toFixed(1)}`)
      .join('; ')}.`,
  );
  const value = summarise(tenth);
  figures.push({
    name: 'Render + verify the tenth API of a workspace (nine verified before)',
    value,
    baseline: first,
    unit: 's',
    target: `≤ ${TARGETS.tenthToFirstRatio}× the first API`,
    meets: ratio(value.median, first.median) <= TARGETS.tenthToFirstRatio,
  });
}

// 6. Action start
function benchActionStart(): Promise<void> {
  log('action start…');
  /** Seconds from starting `node args` to the first line of its stdout that `wanted` accepts. */
  const untilLine = (
    args: string[],
    env: NodeJS.ProcessEnv,
    wanted: (line: string) => boolean = () => true,
  ): Promise<number> =>
    new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (!text.split('\n').slice(0, -1).some(wanted)) return;
        resolve(Number(process.hrtime.bigint() - start) / 1e9);
        child.kill();
      });
      child.on('error', reject);
      child.on('exit', () => reject(new Error(`${args.join(' ')} printed no such line: ${text}`)));
    });
  const workspace = temp('action');
  // No token: the run stops on its setup, the first thing @actions/core is needed for.
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, INPUT_NAME: '0-invalid' };
  const bundle = join(ROOT, 'dist/index.js');
  return (async () => {
    const [action, annotated, floor] = [[], [], []] as number[][];
    for (let i = 0; i < RUNS.actionStart; i += 1) {
      action.push(await untilLine([bundle], env));
      annotated.push(await untilLine([bundle], env, (line) => line.startsWith('::error::')));
      floor.push(await untilLine(['-e', 'console.log(1)'], env));
    }
    const value = summarise(action);
    const baseline = summarise(floor);
    figures.push({
      name: 'Action start: dist/index.js to its first log line',
      value,
      baseline,
      unit: 's',
      target: `≤ ${TARGETS.actionStartRatio}× a bare node start`,
      meets: ratio(value.median, baseline.median) <= TARGETS.actionStartRatio,
    });
    figures.push({
      name: 'Action start: to the annotation of a run that stops on its setup (@actions/core loaded)',
      value: summarise(annotated),
      baseline,
      unit: 's',
    });
  })();
}

// 7. The other generator, against our render and our render + verify of this run
const VERIFY_FIGURE = 'Render + verify one API, warm caches';

function verifyFigure(): Summary {
  const figure = figures.find((candidate) => candidate.name === VERIFY_FIGURE);
  if (!figure) throw new Error(`no figure "${VERIFY_FIGURE}" to compare the other generator with`);
  return figure.value;
}

function compareWithAnchor(render: Summary, verify: Summary): void {
  const ourPython = /^requires-python = "==(\d+\.\d+)\.\*"$/m.exec(
    readFileSync(join(TEMPLATES_DIR, '__directory__/__projectName__/pyproject.toml'), 'utf8'),
  )?.[1];
  if (!ourPython) throw new Error('the project template pins no Python version');
  const anchor = benchAnchor({ temp, runs: RUNS.verify, log, ourPython });
  figures.push({
    name: 'Other generator: generate (@aws/nx-plugin py#fast-api, whole `nx g` process, its installs excluded), against our render (whole CLI)',
    value: anchor.generate,
    baseline: render,
    unit: 's',
  });
  figures.push({
    name: 'Other generator: generate + installs (the `uv sync` and `npm install` it runs), against our render + verify',
    value: anchor.withInstalls,
    baseline: verify,
    unit: 's',
  });
  notes.push(...anchor.notes);
}

// 3–5. The generated Lambda: cold import, warm invocation, bundle size
const BARE_APP = `from fastapi import FastAPI
from mangum import Mangum

app = FastAPI()


@app.get("/items/{item_id}")
async def get_item(item_id: int) -> dict:
    return {"item_id": item_id}


handler = Mangum(app, lifespan="off")
`;

const PROBE = join(ROOT, 'scripts/bench/lambda_bench.py');
const PROBE_ENV = {
  ...process.env,
  POWERTOOLS_SERVICE_NAME: 'bench-api',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
};

/**
 * As on Lambda: the tracer is on (LAMBDA_TASK_ROOT) and the invocation is sampled, so every request sends
 * its X-Ray segments to the daemon address (loopback here, where nothing listens).
 */
function lambdaSettings(taskRoot: string): Record<string, string> {
  return {
    LAMBDA_TASK_ROOT: taskRoot,
    _X_AMZN_TRACE_ID: 'Root=1-6740f1a0-0a1b2c3d4e5f6a7b8c9d0e1f;Parent=1f2e3d4c5b6a7980;Sampled=1',
    AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
  };
}

interface ProbeResult {
  readonly seconds: number | number[];
  readonly status?: number;
}

/** Runs lambda_bench.py with `python`, in `cwd`, which is also its import path. */
function probeWith(python: string) {
  return (
    cwd: string,
    module: string,
    mode: string,
    extra: string[] = [],
    extraEnv: Record<string, string> = {},
  ): ProbeResult => {
    const out = join(temp('probe'), 'result.json');
    const result = spawnSync(python, [PROBE, mode, module, out, ...extra], {
      cwd,
      env: { ...PROBE_ENV, PYTHONPATH: cwd, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${module} ${mode} failed: ${result.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
  };
}

function benchLambda(workspace: string, request: ApiRequest): void {
  const project = join(workspace, request.projectRoot);
  const python = join(project, '.venv/bin/python');
  const bare = temp('bare');
  writeFileSync(join(bare, 'bare_app.py'), BARE_APP);
  const handlerModule = `${request.moduleName}.main`;
  const lambdaEnv = lambdaSettings(project);
  const runProbe = probeWith(python);

  log('cold import…');
  const [generated, floor] = interleave(
    RUNS.imports,
    () => runProbe(project, handlerModule, 'import').seconds as number,
    () => runProbe(bare, 'bare_app', 'import').seconds as number,
  );
  const cold = summarise(generated);
  const coldFloor = summarise(floor);
  figures.push({
    name: 'Cold import of the handler module (fresh Python process)',
    value: cold,
    baseline: coldFloor,
    unit: 's',
    target: `≤ ${TARGETS.coldImportRatio}× bare FastAPI + Mangum`,
    meets: ratio(cold.median, coldFloor.median) <= TARGETS.coldImportRatio,
  });
  const coldOnLambda = summarise(
    Array.from(
      { length: RUNS.imports },
      () => runProbe(project, handlerModule, 'import', [], lambdaEnv).seconds as number,
    ),
  );
  figures.push({
    name: 'Cold import, with Lambda settings (tracer on)',
    value: coldOnLambda,
    baseline: coldFloor,
    unit: 's',
    target: `≤ ${TARGETS.coldImportRatio}× bare FastAPI + Mangum`,
    meets: ratio(coldOnLambda.median, coldFloor.median) <= TARGETS.coldImportRatio,
  });
  notes.push(importTimeBreakdown(python, project, bare, handlerModule, PROBE_ENV));

  log('warm invocations…');
  const invoke = (cwd: string, module: string, extraEnv: Record<string, string> = {}) => {
    const result = runProbe(cwd, module, 'invoke', [String(RUNS.invocations)], extraEnv);
    if (result.status !== 200) throw new Error(`${module} answered ${result.status}`);
    return (result.seconds as number[]).map((s) => s * 1000);
  };
  const warm = summarise(invoke(project, handlerModule));
  const warmFloor = summarise(invoke(bare, 'bare_app'));
  figures.push({
    name: 'Warm invocation, API Gateway HTTP API v2 event (p50; p99 in spread)',
    value: warm,
    baseline: warmFloor,
    unit: 'ms',
    target: `p50 ≤ ${TARGETS.warmP50Ratio}× bare app`,
    meets: ratio(warm.median, warmFloor.median) <= TARGETS.warmP50Ratio,
  });
  const warmOnLambda = summarise(invoke(project, handlerModule, lambdaEnv));
  figures.push({
    name: 'Warm invocation, with Lambda settings (tracer on, sampled trace)',
    value: warmOnLambda,
    baseline: warmFloor,
    unit: 'ms',
    target: `p50 ≤ ${TARGETS.warmP50Ratio}× bare app`,
    meets: ratio(warmOnLambda.median, warmFloor.median) <= TARGETS.warmP50Ratio,
  });
}

/** Bytes under `path` in `__pycache__` directories: the bundle's bytecode. */
function bytecodeSize(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((total, entry) => {
    const child = join(path, entry.name);
    if (!entry.isDirectory()) return total;
    return total + (entry.name === '__pycache__' ? dirSize(child) : bytecodeSize(child));
  }, 0);
}

/**
 * A bare FastAPI + Mangum project (BARE_APP as `bare_app.main`) locked to the FastAPI and Mangum versions of
 * the generated project and pinned to its Python, so its bundle is built the same way from the same wheels.
 */
function bareProject(generated: string): string {
  const dir = temp('bare-project');
  const lock = readFileSync(join(generated, 'uv.lock'), 'utf8');
  const pinned = (name: string) => {
    const version = new RegExp(`^name = "${name}"\nversion = "([^"]+)"`, 'm').exec(lock)?.[1];
    if (!version) throw new Error(`${generated}/uv.lock has no ${name}`);
    return `"${name}==${version}"`;
  };
  const requiresPython = /^requires-python = .*$/m.exec(
    readFileSync(join(generated, 'pyproject.toml'), 'utf8'),
  )?.[0];
  if (!requiresPython) throw new Error(`${generated}/pyproject.toml has no requires-python`);
  writeFileSync(
    join(dir, 'pyproject.toml'),
    `[project]\nname = "bare-app"\nversion = "0.1.0"\n${requiresPython}\ndependencies = [${pinned('fastapi')}, ${pinned('mangum')}]\n`,
  );
  mkdirSync(join(dir, 'bare_app'));
  writeFileSync(join(dir, 'bare_app/__init__.py'), '');
  writeFileSync(join(dir, 'bare_app/main.py'), BARE_APP);
  execFileSync('uv', ['lock', '--quiet'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

// 5. The bundles as shipped: their size, and the cold start Lambda gets from them
function benchBundles(workspace: string, request: ApiRequest): void {
  log('bundles…');
  const project = join(workspace, request.projectRoot);
  const script = join(workspace, 'packages/common/constructs/scripts/bundle-python.mjs');
  const build = (projectRoot: string, architecture: string): string => {
    const out = join(temp(`bundle-${architecture}`), 'bundle');
    execFileSync(process.execPath, [script, projectRoot, architecture, out], {
      cwd: workspace,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return out;
  };
  const host = process.arch === 'arm64' ? 'arm64' : 'x86_64';
  let shipped = '';
  for (const architecture of ['arm64', 'x86_64']) {
    const out = build(request.projectRoot, architecture);
    if (architecture === host) shipped = out;
    const unzipped = dirSize(out) / 1e6;
    const zipFile = `${out}.zip`;
    execFileSync('python3', [
      '-c',
      'import shutil, sys; shutil.make_archive(sys.argv[1][:-4], "zip", sys.argv[2])',
      zipFile,
      out,
    ]);
    const zipped = statSync(zipFile).size / 1e6;
    const largest = readdirSync(out)
      .map((name) => ({ name, mb: dirSize(join(out, name)) / 1e6 }))
      .sort((a, b) => b.mb - a.mb)
      .slice(0, 6);
    figures.push({
      name: `Lambda bundle, ${architecture}, unzipped (with bytecode)`,
      value: summarise([unzipped]),
      unit: 'MB',
      target: `< ${TARGETS.bundleUnzippedMb} MB`,
      meets: unzipped < TARGETS.bundleUnzippedMb,
    });
    figures.push({
      name: `Lambda bundle, ${architecture}, zipped`,
      value: summarise([zipped]),
      unit: 'MB',
    });
    notes.push(
      `Largest entries of the ${architecture} bundle: ${largest.map((entry) => `${entry.name} ${entry.mb.toFixed(1)} MB`).join(', ')}; its bytecode (every \`__pycache__\`) is ${(bytecodeSize(out) / 1e6).toFixed(1)} MB of the ${unzipped.toFixed(1)} MB.`,
    );
  }

  // As Lambda starts a new environment: the runtime's Python (the version the project pins, not the
  // venv's site-packages), the bundle as its only import path, and no bytecode written (the task
  // directory is read-only), so every module without a .pyc in the bundle is compiled on each cold start.
  log('cold import of the shipped bundles…');
  const runtime = execFileSync('uv', ['python', 'find', '--system'], {
    cwd: project,
    encoding: 'utf8',
  }).trim();
  const version = execFileSync(
    runtime,
    ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
    {
      encoding: 'utf8',
    },
  ).trim();
  const bare = build(bareProject(project), host);
  const sourceOnly = join(temp('bundle-source-only'), 'bundle');
  cpSync(shipped, sourceOnly, {
    recursive: true,
    filter: (source) => !source.endsWith('/__pycache__'),
  });
  const runShipped = probeWith(runtime);
  const asShipped = { PYTHONDONTWRITEBYTECODE: '1' };
  const importFrom = (bundle: string, module: string, extraEnv: Record<string, string> = {}) =>
    runShipped(bundle, module, 'import', [], { ...asShipped, ...extraEnv }).seconds as number;
  const handlerModule = `${request.moduleName}.main`;
  const [offLambda, onLambda, floor, withoutBytecode] = [[], [], [], []] as number[][];
  for (let i = 0; i < RUNS.imports; i += 1) {
    offLambda.push(importFrom(shipped, handlerModule));
    onLambda.push(importFrom(shipped, handlerModule, lambdaSettings(shipped)));
    floor.push(importFrom(bare, 'bare_app.main'));
    withoutBytecode.push(importFrom(sourceOnly, handlerModule, lambdaSettings(sourceOnly)));
  }
  const bareShipped = summarise(floor);
  for (const [name, samples] of [
    [
      `Cold import of the shipped ${host} bundle, Python ${version}, no bytecode written`,
      offLambda,
    ],
    [`Same, with Lambda settings (tracer on)`, onLambda],
  ] as const) {
    const value = summarise(samples);
    figures.push({
      name,
      value,
      baseline: bareShipped,
      unit: 's',
      target: `≤ ${TARGETS.shippedImportRatio}× bare FastAPI + Mangum bundle`,
      meets: ratio(value.median, bareShipped.median) <= TARGETS.shippedImportRatio,
    });
  }
  figures.push({
    name: 'Same bundle without its bytecode (as shipped before), with Lambda settings',
    value: summarise(withoutBytecode),
    baseline: summarise(onLambda),
    unit: 's',
  });
}

/** `python -X importtime`: self time by top-level package, generated handler minus the bare app. */
function importTimeBreakdown(
  python: string,
  project: string,
  bare: string,
  module: string,
  env: NodeJS.ProcessEnv,
): string {
  const byPackage = (cwd: string, name: string): Map<string, number> => {
    const result = spawnSync(python, ['-X', 'importtime', '-c', `import ${name}`], {
      cwd,
      env: { ...env, PYTHONPATH: cwd },
      encoding: 'utf8',
    });
    const totals = new Map<string, number>();
    for (const line of result.stderr.split('\n')) {
      const match = /^import time:\s+(\d+)\s+\|\s+\d+\s+\|\s+(.+)$/.exec(line);
      if (!match) continue;
      const top = match[2]!.trim().split('.')[0]!;
      totals.set(top, (totals.get(top) ?? 0) + Number(match[1]) / 1000);
    }
    return totals;
  };
  const generated = byPackage(project, module);
  const floor = byPackage(bare, 'bare_app');
  const extra = [...generated.entries()]
    .map(([name, ms]) => ({ name, ms: ms - (floor.get(name) ?? 0) }))
    .filter((entry) => entry.ms > 1)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8);
  return `Cold import, what the generated handler imports beyond the bare app (\`python -X importtime\`, self time by top-level package, one run): ${extra.map((entry) => `${entry.name} +${entry.ms.toFixed(1)} ms`).join(', ')}.`;
}

function versions(): Record<string, string> {
  const run = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0]!;
    } catch {
      return 'not found';
    }
  };
  return {
    node: process.version,
    python: run('python3', ['--version']),
    uv: run('uv', ['--version']),
    tool: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
  };
}

function format(value: number, unit: Figure['unit']): string {
  return unit === 'MB' ? value.toFixed(1) : unit === 'ms' ? value.toFixed(3) : value.toFixed(3);
}

function markdown(machine: Record<string, string>): string {
  const rows = figures.map((figure) => {
    const { value, baseline, unit } = figure;
    const spread =
      value.runs > 1
        ? `${format(value.p10, unit)}–${format(value.p90, unit)} (p99 ${format(value.p99, unit)})`
        : '';
    return `| ${figure.name} | ${value.runs} | ${format(value.median, unit)} ${unit} | ${spread} | ${baseline ? `${format(baseline.median, unit)} ${unit}` : ''} | ${baseline ? `${ratio(value.median, baseline.median).toFixed(2)}×` : ''} | ${figure.target ?? ''} | ${figure.meets === undefined ? '' : figure.meets ? 'yes' : '**no**'} |`;
  });
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\`${quick ? ' --quick' : ''}. Machine: ${Object.entries(machine)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}.`,
    '',
    '| figure | runs | median | p10–p90 spread | baseline median | ratio | target | meets |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Baselines: render — a bare `node -e \'\'` start; action start — `node -e "console.log(1)"` to its line; render +',
    'verify — `uv sync` and `npm install` of a freshly rendered workspace, side by side (the installs alone); the',
    'tenth API — the first API of a fresh workspace (the row above it); cold import and warm',
    'invocation — a bare FastAPI + Mangum app with one `async` route (like the generated routes), run by the same',
    'interpreter and packages; cold import of a shipped bundle — that bare app, bundled by the same script from the',
    "same FastAPI and Mangum versions, imported the same way (bytecode writing off, as on Lambda's read-only task",
    'directory); the other generator (`--with-anchor`) — our own figure it is compared with, from the same run:',
    'its generate against our render as a whole CLI process, its generate + installs against our render + verify.',
    'The action prints its name and version before it loads @actions/core and the engine: its first log line comes',
    "before the setup check's annotation, timed in the row after it. Where a figure misses its target,",
    '[scripts/bench/NOTES.md](scripts/bench/NOTES.md) has the profile: what the time is made of and what each part',
    'buys.',
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    profileSection(),
  ].join('\n');
}

async function main(): Promise<void> {
  // The figures are of the tool as it is supported and shipped (the action runs on Node 24, the CLI needs
  // 22.12 or newer), and the checks' Node tools run on the same Node: Node 20 takes seconds longer to
  // synthesize and to start the tests, which would be measured as ours.
  const supported: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines
    .node;
  const [major = 0, minor = 0, patch = 0] = process.versions.node.split('.').map(Number);
  if (!satisfies([major, minor, patch], supported)) {
    process.stderr.write(
      `error: Node ${process.versions.node} is not a supported Node (${supported}): run scripts/fresh.sh 'npm run bench' (Node 24 from the npm registry)\n`,
    );
    process.exit(2);
  }
  const machine = {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${platform()} ${release()}`,
    ...versions(),
  };
  const render = benchRender();
  await benchActionStart();
  const verified = await benchVerify();
  if (values['with-anchor']) compareWithAnchor(render, verifyFigure());
  benchLambda(verified.workspace, verified.request);
  benchBundles(verified.workspace, verified.request);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'benchmarks.json'),
    `${JSON.stringify({ machine, quick, runs: RUNS, figures, notes }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, 'BENCHMARKS.md'), markdown(machine));
  process.stdout.write(markdown(machine));
}

try {
  await main();
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
