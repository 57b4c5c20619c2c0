// The GitHub edge: action inputs and the event in, outputs, a job summary and the exit status out.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { git } from './deliver/git.js';
import { gitHub, octokit } from './deliver/github.js';
import { issueEvent } from './deliver/issue.js';
import { fenced } from './deliver/reports.js';
import { scaffold, type Log, type RequestSource } from './deliver/scaffold.js';
import { parseRequest } from './request/request.js';
import { REQUEST_INPUTS } from './request/schema.js';
import { toolInfo } from './tool.js';
import { verifyWorkspace } from './verify/verify.js';

/** The boolean inputs a user may write as true/false (any case), or leave empty for the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`input ${name} must be true or false (got ${JSON.stringify(value)})`);
}

interface EventPayload {
  action?: string;
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

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write it.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
}

const coreLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  userError: (message) => core.error(message),
  group: (name, task) => core.group(name, task),
};

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

export async function run(): Promise<void> {
  const signal = cancellation();
  try {
    const payload = readEvent();
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';

    const issueInput = core.getInput('issue-number').trim();
    let source: RequestSource;
    if (issueInput !== '') {
      const number = Number(issueInput);
      if (!Number.isInteger(number) || number <= 0)
        throw new Error(`input issue-number must be a number (got ${JSON.stringify(issueInput)})`);
      source = {
        kind: 'issue',
        number,
        event: issueEvent(eventName, payload),
        formPath: core.getInput('issue-form'),
      };
    } else {
      const raw = Object.fromEntries(
        REQUEST_INPUTS.map((input) => [input.id, core.getInput(input.id)]),
      );
      source = { kind: 'inputs', raw, actor: process.env.GITHUB_ACTOR || payload.sender?.login };
      // A request that cannot be generated fails here, before any setup is needed.
      const request = parseRequest(raw);
      if (!request.ok) {
        coreLog.userError(request.error);
        process.exitCode = core.ExitCode.Failure;
        await writeSummary(`# The request cannot be generated\n\n${fenced(request.error)}\n`);
        return;
      }
    }

    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    if (!token)
      throw new Error(
        'input github-token is empty; pass a token with contents, pull-requests and issues write',
      );
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
      throw new Error('GITHUB_REPOSITORY is not set; this action runs inside GitHub Actions');
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = process.env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;

    const gh = gitHub(
      octokit({
        token,
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: { info: (m) => core.debug(m), warn: (m) => core.warning(m) },
      }),
    );
    const result = await scaffold(
      {
        repo: { owner, repo },
        serverUrl,
        runUrl,
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        tmpDir: process.env.RUNNER_TEMP || tmpdir(),
        source,
        baseBranch: core.getInput('base-branch').trim() || undefined,
        defaultBranch: payload.repository?.default_branch,
        labels: core
          .getInput('labels')
          .split(/[,\n]/)
          .map((label) => label.trim())
          .filter(Boolean),
        verify: booleanInput('verify', true),
        dryRun: booleanInput('dry-run', false),
        tool: toolInfo(),
      },
      {
        gh,
        git: (cwd) => git(cwd, { auth: { serverUrl, token } }),
        log: coreLog,
        runChecks: (workspace, plan) =>
          verifyWorkspace(workspace, plan, {
            signal,
            onCheck: (check) =>
              core.info(`${check.status.padEnd(7)} ${check.name} (${check.project})`),
          }),
        signal,
      },
    );

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
    await writeSummary(result.summary);

    // A user error is already annotated (with a title); failing the step must not repeat it.
    if (result.status === 'cancelled') core.setFailed('The run was cancelled.');
    else if (result.status === 'failed' && result.userError)
      process.exitCode = core.ExitCode.Failure;
    else if (result.status === 'failed') core.setFailed(result.message ?? 'generation failed');
    else if (result.failedChecks)
      core.setFailed(`${result.failedChecks} check(s) of the generated project failed`);
    else if (result.status === 'refused' || result.status === 'ignored')
      core.notice(result.message ?? 'nothing to do');
  } catch (error) {
    // A bug or a broken setup, not a request problem.
    const message = (error as Error).message;
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
