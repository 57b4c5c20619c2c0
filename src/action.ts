// The GitHub edge: the runner's inputs, event and environment in; outputs, the job summary and the exit status
// out. It reads, wires and reports; what happens to a request is the story's (src/scaffold.ts).

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { issueEvent } from './deliver/issue.js';
import { EXIT, messageOf } from './errors.js';
import { fenced } from './report/markdown.js';
import { FORM_INPUTS, WORKSPACE_INPUT } from './request/schema.js';
import { parseWorkspace } from './request/workspace.js';
import type { Log, RequestSource, ScaffoldResult } from './scaffold.js';
import { toolInfo } from './tool.js';

/** A boolean input written true/false (any case), or empty for the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`input ${name} must be true or false (got ${JSON.stringify(value)})`);
}

/** A comma- or line-separated list input. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

interface EventPayload {
  sender?: { login?: string };
  repository?: { default_branch?: string };
  [key: string]: unknown;
}

function readEvent(): EventPayload {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** Where the request comes from: an issue named by `issue-number`, else the request inputs. */
function requestSource(payload: EventPayload): RequestSource {
  const issue = core.getInput('issue-number').trim();
  if (issue === '') {
    return {
      kind: 'inputs',
      raw: Object.fromEntries(FORM_INPUTS.map((input) => [input.id, core.getInput(input.id)])),
      actor: process.env.GITHUB_ACTOR || payload.sender?.login,
    };
  }
  const number = Number(issue);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`input issue-number must be a number (got ${JSON.stringify(issue)})`);
  return {
    kind: 'issue',
    number,
    event: issueEvent(process.env.GITHUB_EVENT_NAME ?? '', payload),
    formPath: core.getInput('issue-form'),
  };
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM about 7.5 s later, then kills it. Either signal aborts
 * the run: the story stops its checks' processes, reports the cancellation on the issue and removes its
 * worktree within that grace period, and the process ends on its own.
 */
function cancellation(): AbortSignal {
  const controller = new AbortController();
  const cancel = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) core.warning(`Received ${signal}: cancelling the run.`);
    controller.abort();
  };
  process.on('SIGINT', cancel);
  process.on('SIGTERM', cancel);
  return controller.signal;
}

const coreLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  userError: (message) => core.error(message),
  group: (name, task) => core.group(name, task),
};

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write it.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
}

function setOutputs(result: ScaffoldResult): void {
  if (result.projectName) core.setOutput('project-name', result.projectName);
  if (result.branch) core.setOutput('branch', result.branch);
  if (result.pull) {
    core.setOutput('pull-request-number', String(result.pull.number));
    core.setOutput('pull-request-url', result.pull.url);
  }
  if (result.headSha) core.setOutput('head-sha', result.headSha);
  if (['created', 'updated', 'unchanged', 'dry-run'].includes(result.status)) {
    core.setOutput('operation', result.status);
  }
}

export async function run(): Promise<void> {
  const signal = cancellation();
  try {
    const payload = readEvent();
    const source = requestSource(payload);
    const workspace = parseWorkspace(
      core.getInput(WORKSPACE_INPUT.id),
      `input ${WORKSPACE_INPUT.id}`,
    );
    const token = core.getInput('github-token');
    if (!token)
      throw new Error(
        'input github-token is empty; pass a token with contents, pull-requests and issues write',
      );
    core.setSecret(token);
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
      throw new Error('GITHUB_REPOSITORY is not set; this action runs inside GitHub Actions');
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const log = { info: (m: string) => core.debug(m), warn: (m: string) => core.warning(m) };
    // Loaded only by a run that gets this far: Octokit, git, the engine and the checks are most of the
    // bundle, and a run that stops on its setup above has nothing to do with them.
    const [{ git }, { gitHub, octokit }, { shippedTemplates }, { scaffold }, { verifyWorkspace }] =
      await Promise.all([
        import('./deliver/git.js'),
        import('./deliver/github.js'),
        import('./plan/templates.js'),
        import('./scaffold.js'),
        import('./verify/verify.js'),
      ]);

    const result = await scaffold(
      {
        repo: { owner, repo },
        serverUrl,
        runUrl: process.env.GITHUB_RUN_ID
          ? `${serverUrl}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
          : undefined,
        checkout: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        workspace,
        tmpDir: process.env.RUNNER_TEMP || tmpdir(),
        source,
        baseBranch: core.getInput('base-branch').trim() || undefined,
        defaultBranch: payload.repository?.default_branch,
        labels: listInput('labels'),
        verify: booleanInput('verify', true),
        dryRun: booleanInput('dry-run', false),
        tool: toolInfo(),
      },
      {
        templates: shippedTemplates,
        gh: gitHub(
          octokit({ token, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', log }),
        ),
        git: (cwd) => git(cwd, { auth: { serverUrl, token } }),
        log: coreLog,
        runChecks: (workspace, plan) =>
          verifyWorkspace(
            workspace,
            { apis: [plan.request], infra: true },
            {
              signal,
              onCheck: (check) =>
                core.info(`${check.status.padEnd(7)} ${check.name} (${check.project})`),
            },
          ),
        signal,
      },
    );

    setOutputs(result);
    await writeSummary(result.summary);
    // A user error is already annotated (with its own text); failing the step must not repeat it.
    if (result.exitCode === EXIT.userError) process.exitCode = core.ExitCode.Failure;
    else if (result.exitCode === EXIT.failed) core.setFailed(result.message ?? 'the run failed');
    else if (result.status === 'refused' || result.status === 'ignored')
      core.notice(result.message ?? 'nothing to do');
  } catch (error) {
    // A broken setup or a bug, not a request problem.
    const message = messageOf(error);
    core.setFailed(message);
    try {
      await core.summary
        .addRaw(`# fastapi-scaffold could not run\n\n${fenced(message)}\n`, true)
        .write();
    } catch {
      // no summary file outside a runner
    }
  }
}
