// What people read about a run: the pull request body, the status comment on the request issue and the job
// summary. Pure functions from plain data to Markdown.

import type { FileAction, Plan } from '../plan/plan.js';
import { RETRY_LABEL } from './issue.js';
import { renderTree } from '../report/tree.js';
import type { ApiRequest } from '../request/request.js';
import { inputSpec } from '../request/schema.js';
import type { CheckResult } from '../verify/types.js';

export interface RunContext {
  /** `issue #12` or `a manual run (workflow_dispatch)`. */
  readonly source: string;
  readonly issueNumber?: number;
  /** The request issue the pull request answers (this run's, or the one a manual run carries on). */
  readonly closes?: number;
  readonly requestedBy?: string;
  readonly runUrl?: string;
  readonly tool: { readonly name: string; readonly version: string };
}

export interface PullRequestBody {
  readonly plan: Plan;
  readonly checks: readonly CheckResult[];
  /** Why no checks ran, when none did. */
  readonly checksNote?: string;
  readonly context: RunContext;
  /** Adds `Closes #N`: only when the pull request targets the default branch, where GitHub honours it. */
  readonly closesIssue: boolean;
  readonly branch: string;
}

/** A fence longer than any run of backticks in `text`, so quoted text cannot close it. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function optionText(id: 'api-type' | 'auth' | 'architecture', value: string): string {
  const option = inputSpec(id).options?.find((candidate) => candidate.value === value);
  return option ? `\`${value}\` — ${option.description}` : `\`${value}\``;
}

export function requestTable(request: ApiRequest): string {
  return [
    '| | |',
    '|---|---|',
    `| ${inputSpec('name').label} | \`${request.name}\` |`,
    `| Project | \`${request.projectRoot}\` (module \`${request.moduleName}\`, class \`${request.className}\`) |`,
    `| ${inputSpec('api-type').label} | ${optionText('api-type', request.apiType)} |`,
    `| ${inputSpec('auth').label} | ${optionText('auth', request.auth)} |`,
    `| ${inputSpec('architecture').label} | ${optionText('architecture', request.architecture)} |`,
  ].join('\n');
}

/** What will run in AWS once the change is deployed. */
export function deploymentDiagram(request: ApiRequest): string {
  const caller =
    request.auth === 'iam'
      ? 'SigV4-signed request'
      : request.auth === 'cognito'
        ? 'JWT from Cognito'
        : 'anyone';
  const fn = `fn["Lambda ${request.projectName}<br/>Python · ${request.architecture}"]`;
  const lines = ['flowchart LR', '  client(["Client"])'];
  if (request.apiType === 'http-api') {
    const authorizer = {
      iam: 'IAM authorization',
      cognito: 'JWT authorizer',
      none: 'no authorization',
    }[request.auth];
    lines.push(
      `  api["API Gateway HTTP API<br/>${authorizer}"]`,
      `  ${fn}`,
      `  client -->|"HTTPS · ${caller}"| api`,
    );
    lines.push('  api -->|"Mangum"| fn');
    if (request.auth === 'cognito')
      lines.push('  pool[("Cognito user pool")]', '  api -.->|"verifies tokens"| pool');
  } else {
    const authType = request.auth === 'iam' ? 'AWS_IAM' : 'NONE';
    lines.push(
      `  url["Function URL<br/>auth ${authType} · response streaming"]`,
      `  ${fn}`,
      `  client -->|"HTTPS · ${caller}"| url`,
      '  url -->|"Lambda Web Adapter"| fn',
    );
  }
  lines.push('  logs[("CloudWatch Logs")]', '  fn -.-> logs');
  return fenced(lines.join('\n'), 'mermaid');
}

const SYMBOLS: Record<FileAction, string> = { create: '+', update: '~', unchanged: '=', keep: '·' };

export function fileTree(plan: Plan): string {
  const tree = renderTree(
    plan.files.map((file) => ({ path: file.path, note: `${SYMBOLS[file.action]} ${file.owner}` })),
  );
  const count = (action: FileAction) => plan.files.filter((file) => file.action === action).length;
  return [
    fenced(tree),
    `\`+\` created (${count('create')}) · \`~\` updated (${count('update')}) · \`=\` unchanged (${count('unchanged')}) · \`·\` yours, kept (${count('keep')}). _generated_ files are rewritten by every run; _user_ files are written once and then belong to you.`,
  ].join('\n\n');
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function checksSection(checks: readonly CheckResult[], note?: string): string {
  const ran = checks.filter((check) => check.status !== 'skipped');
  if (ran.length === 0) {
    const why =
      note ?? checks.find((check) => check.detail)?.detail ?? 'the verify stage did not run';
    return `**Not run** — ${why}. Run them yourself before merging (see _Next steps_).`;
  }
  const icon = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;
  const rows = checks.map((check) => {
    const counts = check.counts
      ? ` (${check.counts.passed} passed, ${check.counts.failed} failed, ${check.counts.skipped} skipped)`
      : '';
    return `| \`${check.name}\` | \`${check.project}\` | ${icon[check.status]}${counts} | ${duration(check.durationMs)} |`;
  });
  const failures = checks
    .filter((check) => check.status === 'failed' && check.detail)
    .map(
      (check) =>
        `<details><summary>${check.name} output</summary>\n\n${fenced(check.detail!)}\n\n</details>`,
    );
  return [
    '| Check | Project | Result | Time |',
    '|---|---|---|---|',
    ...rows,
    ...(failures.length ? ['', ...failures] : []),
  ].join('\n');
}

export function nextSteps(request: ApiRequest, context: RunContext): string {
  const change = context.issueNumber
    ? `To change the request, edit issue #${context.issueNumber}; this pull request is updated in place.`
    : 'To change the request, run the workflow again with new values; this pull request is updated in place.';
  return [
    `1. Review the generated project under \`${request.projectRoot}\`; the files marked _user_ are yours to edit.`,
    `2. Try it locally: \`cd ${request.projectRoot} && uv sync && uv run pytest\`.`,
    '3. Merge: the Deploy workflow deploys every API on the default branch (`cdk deploy`), once its AWS role is configured.',
    `4. ${change} Push your own commits only after merging: the generator refuses to overwrite commits pushed to its branch.`,
  ].join('\n');
}

function provenanceLine(context: RunContext): string {
  const who = context.requestedBy ? ` by @${context.requestedBy}` : '';
  const run = context.runUrl ? ` · [workflow run](${context.runUrl})` : '';
  return `Requested in ${context.source}${who} · generated by ${context.tool.name} ${context.tool.version}${run}`;
}

export function pullRequestTitle(request: ApiRequest): string {
  return `Scaffold ${request.projectName}: FastAPI on Lambda (${request.apiType}, auth ${request.auth})`;
}

/** GitHub refuses a pull request body longer than this. */
export const MAX_BODY = 65_536;

export function renderPullRequestBody(input: PullRequestBody): string {
  const { request } = input.plan;
  const render = (files: string, checks: string) =>
    [
      `## ${request.projectName} — FastAPI on AWS Lambda`,
      provenanceLine(input.context),
      '### What was asked',
      requestTable(request),
      '### What will be deployed',
      deploymentDiagram(request),
      '### Files',
      files,
      '### Checks',
      checks,
      '### Next steps',
      nextSteps(request, input.context),
      `<sub>Branch \`${input.branch}\` belongs to the generator.</sub>`,
      ...(input.closesIssue && input.context.closes !== undefined
        ? [`Closes #${input.context.closes}`]
        : []),
    ].join('\n\n');
  const full = render(fileTree(input.plan), checksSection(input.checks, input.checksNote));
  if (full.length <= MAX_BODY) return full;
  // Too long for GitHub (a huge workspace, long failure output): keep the summary, point to the details.
  const short = render(
    `${input.plan.files.length} files; the tree is too long to show here, see _Files changed_.`,
    checksSection(
      input.checks.map(({ detail: _detail, ...check }) => check),
      input.checksNote,
    ),
  );
  return short.length <= MAX_BODY
    ? short
    : `${short.slice(0, MAX_BODY - 40)}\n\n_(cut to fit GitHub's limit)_`;
}

export type Status =
  | { readonly kind: 'working'; readonly runUrl?: string }
  | {
      readonly kind: 'ready';
      readonly url: string;
      readonly number: number;
      readonly operation: string;
      readonly failedChecks: number;
    }
  | { readonly kind: 'unchanged'; readonly base: string }
  | { readonly kind: 'refused'; readonly login: string; readonly role: string }
  | { readonly kind: 'stale'; readonly sender: string; readonly why: string }
  | { readonly kind: 'cancelled'; readonly runUrl?: string }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly yours: boolean;
      readonly runUrl?: string;
    };

/** The status comment on the request issue. Text a person typed only ever appears inside a fence. */
export function renderStatus(status: Status): string {
  switch (status.kind) {
    case 'working':
      return `⏳ Generating the project${status.runUrl ? ` ([follow the run](${status.runUrl}))` : ''}. This comment is updated when the pull request is ready.`;
    case 'ready': {
      const checks =
        status.failedChecks > 0
          ? ` ${status.failedChecks} check(s) failed; see the pull request.`
          : '';
      return `✅ Pull request #${status.number} is ${status.operation === 'created' ? 'ready' : 'updated'}: ${status.url}.${checks}\n\nEdit this issue to change the request, or add the label \`${RETRY_LABEL}\` to run it again.`;
    }
    case 'unchanged':
      return `✅ \`${status.base}\` already holds this project exactly as requested; there is nothing to change.`;
    case 'refused':
      return `👋 Thanks for the request! Generating a project pushes a branch to this repository, so it can only be started by someone with write access (@${status.login} has ${status.role === 'none' ? 'no' : `\`${status.role}\``} access). A maintainer can start it by adding the label \`${RETRY_LABEL}\` to this issue.`;
    case 'stale':
      return `⏸️ The issue body changed after this run was started (${status.why}, by @${status.sender}), so nothing was generated: a run only builds the request as the person who started it saw it. Review the body as it reads now, then add the label \`${RETRY_LABEL}\` to run it.`;
    case 'cancelled':
      return `🛑 The run was cancelled before it finished${status.runUrl ? ` ([workflow run](${status.runUrl}))` : ''}. Add the label \`${RETRY_LABEL}\` to run it again; it picks up where this run stopped.`;
    case 'failed':
      return [
        status.yours
          ? '⚠️ The request cannot be generated as it stands:'
          : '❌ Generation failed; running it again picks up where this run stopped:',
        fenced(status.reason),
        status.yours
          ? 'Edit the issue to fix it; the run starts again on its own.'
          : `Add the label \`${RETRY_LABEL}\` to try again${status.runUrl ? `, or see the [workflow run](${status.runUrl}) for details` : ''}.`,
      ].join('\n\n');
  }
}
