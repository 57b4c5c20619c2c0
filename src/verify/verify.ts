// The verify stage: after apply, run the generated project's own checks and return what they found as
// data. The Python and infrastructure lanes run at the same time (and, after the install, the
// infrastructure checks that do not depend on each other); inside a lane the steps run in order and the
// first failure skips the rest, saying why.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiRequest } from '../request/request.js';
import { checkEnvironment, infraLane, pythonLane, type CheckStep, type Lane } from './checks.js';
import { outputTail } from './output.js';
import { runProcess } from './process.js';
import type { CheckResult } from './types.js';

export interface VerifyOptions {
  /** One deadline for every check, instead of the defaults (10 min for installs, 5 min otherwise). */
  readonly timeoutMs?: number;
  /** Where the checks' allowed variables come from (see checkEnvironment); defaults to this process's. */
  readonly env?: NodeJS.ProcessEnv;
  /** Called as each check starts, for progress output. */
  readonly onCheckStart?: (check: Pick<CheckResult, 'name' | 'project' | 'command'>) => void;
  /** Called as each check finishes (or is skipped), for progress output. */
  readonly onCheck?: (result: CheckResult) => void;
  /** Aborted when the run is cancelled: running checks are stopped, the rest are skipped. */
  readonly signal?: AbortSignal;
}

/** Runs tasks one after another. */
async function inSequence<T>(tasks: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}

type Report = (result: CheckResult) => CheckResult;
type Started = NonNullable<VerifyOptions['onCheckStart']>;

async function runStep(
  step: CheckStep,
  workspace: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal | undefined,
): Promise<CheckResult> {
  const outcome = await runProcess({
    argv: step.argv(),
    cwd: join(workspace, step.project),
    env,
    timeoutMs: step.timeoutMs,
    ...(signal ? { signal } : {}),
  });
  const counts = step.counts?.(outcome);
  const base = {
    name: step.name,
    project: step.project,
    command: step.command,
    durationMs: outcome.durationMs,
    ...(counts ? { counts } : {}),
  };
  if (outcome.spawnError !== undefined) {
    return { ...base, status: 'failed', detail: outcome.spawnError };
  }
  if (outcome.cancelled)
    return { ...base, status: 'failed', detail: 'stopped: the run was cancelled' };
  if (outcome.timedOut) {
    const tail = outputTail(outcome.output);
    const limit = `timed out after ${Math.round(step.timeoutMs / 1000)} s`;
    return { ...base, status: 'failed', detail: tail ? `${limit}; last output:\n${tail}` : limit };
  }
  if (outcome.code !== 0) {
    const tail = outputTail(outcome.output);
    return {
      ...base,
      status: 'failed',
      detail: tail || `exited with code ${outcome.code} and printed nothing`,
    };
  }
  return { ...base, status: 'passed' };
}

/** A lane's steps as skipped, with its follow-on lanes, because `failed` failed before them. */
function skipLane(lane: Lane, failed: CheckResult, report: Report): CheckResult[] {
  const reason = `skipped: ${failed.name} failed in ${failed.project}`;
  return [
    ...lane.steps.map((step) =>
      report({
        name: step.name,
        project: step.project,
        command: step.command,
        status: 'skipped',
        durationMs: 0,
        detail: reason,
      }),
    ),
    ...(lane.then ?? []).flatMap((next) => skipLane(next, failed, report)),
  ];
}

async function runLane(
  lane: Lane,
  workspace: string,
  env: NodeJS.ProcessEnv,
  report: Report,
  started: Started,
  signal?: AbortSignal,
): Promise<CheckResult[]> {
  if (lane.absent) {
    return [
      report({
        name: lane.name,
        project: lane.absent.project,
        command: '',
        status: 'skipped',
        durationMs: 0,
        detail: lane.absent.reason,
      }),
    ];
  }
  const results: CheckResult[] = [];
  for (const [index, step] of lane.steps.entries()) {
    started({ name: step.name, project: step.project, command: step.command });
    const result = report(await runStep(step, workspace, env, signal));
    results.push(result);
    if (result.status === 'failed') {
      const rest = { ...lane, steps: lane.steps.slice(index + 1) };
      return [...results, ...skipLane(rest, result, report)];
    }
  }
  const following = await Promise.all(
    (lane.then ?? []).map((next) => runLane(next, workspace, env, report, started, signal)),
  );
  return [...results, ...following.flat()];
}

/** What a verify run checks. */
export interface VerifyTarget {
  /** The APIs whose Python projects are checked (one lane each, one after another). */
  readonly apis: readonly ApiRequest[];
  /** Whether the shared CDK packages are checked too (install, type-check, tests, synth). */
  readonly infra: boolean;
}

/**
 * Runs the checks of `target` in `workspace`. Checks may add lock files (`uv.lock`, `package-lock.json`)
 * and leave build directories (`.venv`, `node_modules`, `cdk.out`) that the templates' .gitignore files
 * cover. The Python projects are checked one after another, beside the infrastructure: on two CPUs, several
 * installs at once would only slow each other down.
 */
export async function verifyWorkspace(
  workspace: string,
  target: VerifyTarget,
  options: VerifyOptions = {},
): Promise<CheckResult[]> {
  const root = resolve(workspace);
  const scratch = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-verify-'));
  const report: Report = (result) => {
    options.onCheck?.(result);
    return result;
  };
  try {
    // The checks' TMPDIR lives in the scratch dir, so what they leave there (the generated tests' cdk.out*,
    // tsx's cache, uv's locks) goes with it, whether they passed, failed or timed out.
    const tmpDir = join(scratch, 'tmp');
    mkdirSync(tmpDir);
    const env = checkEnvironment(options.env ?? process.env, tmpDir);
    const context = {
      workspace: root,
      scratch,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    };
    const started: Started = (check) => options.onCheckStart?.(check);
    const run = (lane: Lane) => () => runLane(lane, root, env, report, started, options.signal);
    const python = target.apis.map((api) => run(pythonLane(api, context)));
    const lanes = [
      (async () => (await inSequence(python)).flat())(),
      ...(target.infra ? [run(infraLane(context))()] : []),
    ];
    const results = await Promise.all(lanes);
    return results.flat();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function checksFailed(checks: readonly CheckResult[]): boolean {
  return checks.some((check) => check.status === 'failed');
}
