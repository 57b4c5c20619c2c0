// The GitHub story: one run from a request (dispatch inputs or an issue) to a pull request, in the pipeline's
// order — parse the request once, check who asks, check the branch, generate or update (plan, apply) in a
// worktree of the base, verify, commit, push, upsert the pull request and report back. Every step before the
// push leaves GitHub untouched; every step after it can be repeated by a re-run. Delivery (src/deliver/) is
// called, it never calls back into the engine.

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import {
  addWorktree,
  branchIssue,
  branchName,
  commitChange,
  commitMessage,
  fetchBranch,
  foreignCommits,
  pushBranch,
  remoteHead,
  sameTree,
  refuseForbidden,
  stageChange,
  stageLockFiles,
  type RequestOrigin,
  type Worktree,
} from './deliver/branch.js';
import { requireCheckout, type Git } from './deliver/git.js';
import { errorText, statusOf, type GitHub, type PullRequest, type Repo } from './deliver/github.js';
import { mayGenerate, upsertStatusComment, type IssueEvent } from './deliver/issue.js';
import { DEFAULT_PACING, upsertPullRequest, type Pacing } from './deliver/pull-request.js';
import { EXIT, exitCodeFor, messageOf, UserError, type ExitCode } from './errors.js';
import { generate, update } from './generate.js';
import { conflictsOf, recordedVersions, type Plan, type Tool } from './plan/plan.js';
import type { TemplateSet } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import { fenced } from './report/markdown.js';
import { CHECKS_FAILED_LABEL, CONFLICTS_LABEL } from './labels.js';
import { pullRequestTitle, renderPullRequestBody, type RunContext } from './report/pull-request.js';
import { renderStatus, type Status } from './report/status.js';
import { parseIssueBody, readIssueForm } from './request/issue-form.js';
import { lockFiles } from './layout.js';
import { parseAsk, type ApiRequest, type Ask, type RawRequest } from './request/request.js';
import type { CheckResult } from './verify/types.js';

export type RequestSource =
  | { readonly kind: 'inputs'; readonly raw: RawRequest; readonly actor?: string }
  | {
      readonly kind: 'issue';
      readonly number: number;
      readonly event: IssueEvent;
      /** The issue form, relative to the checkout's top level (init puts .github/ there). */
      readonly formPath: string;
    };

export interface ScaffoldRequest {
  readonly repo: Repo;
  readonly serverUrl: string;
  readonly runUrl?: string;
  /** The runner's checkout of the repository; left on the commit it was on. */
  readonly checkout: string;
  /**
   * Where the service workspace is in the repository (`.` or `services`, already checked by
   * src/request/workspace.ts): generation, verify and the lock files happen there.
   */
  readonly workspace: string;
  readonly tmpDir: string;
  readonly source: RequestSource;
  readonly baseBranch?: string;
  /** From the event payload, saving a call; looked up when absent. */
  readonly defaultBranch?: string;
  readonly labels: readonly string[];
  readonly verify: boolean;
  readonly dryRun: boolean;
  readonly tool: Tool;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** A problem the requester can fix: shown as an annotation. */
  userError(message: string): void;
  group<T>(name: string, task: () => Promise<T>): Promise<T>;
}

export interface ScaffoldDeps {
  /** The templates, loaded when a run gets as far as generating (most issue events never do). */
  readonly templates: () => TemplateSet;
  readonly gh: GitHub;
  readonly git: (cwd: string) => Git;
  readonly log: Log;
  readonly pacing?: Pacing;
  /** The verify stage, run in the worktree before the commit; without it checks are reported as not run. */
  readonly runChecks?: (workspace: string, plan: Plan) => Promise<readonly CheckResult[]>;
  /**
   * Aborted when the run is cancelled: the story stops at its next step, reports the cancellation on the
   * issue and removes its worktree. (The verify stage gets the same signal to stop its processes.)
   */
  readonly signal?: AbortSignal;
}

export type ScaffoldStatus =
  'created' | 'updated' | 'unchanged' | 'dry-run' | 'ignored' | 'refused' | 'failed' | 'cancelled';

export interface ScaffoldResult {
  readonly status: ScaffoldStatus;
  /**
   * How the run ends, by the one policy of src/errors.ts: `userError` for a request the requester can fix
   * (already shown as an annotation), `failed` for a failed check, cancellation or anything else.
   */
  readonly exitCode: ExitCode;
  readonly message?: string;
  readonly projectName?: string;
  readonly branch?: string;
  readonly pull?: PullRequest;
  readonly headSha?: string;
  readonly failedChecks?: number;
  /** Markdown for the job summary. */
  readonly summary: string;
}

/** The run was asked to stop (the runner cancels with SIGINT, then SIGTERM). */
class Cancelled extends Error {}

/** The form the issue was opened from, as the checkout holds it; a broken form is the repository's setup. */
function issueForm(path: string, checkout: string) {
  let text: string;
  try {
    text = readFileSync(join(checkout, path), 'utf8');
  } catch {
    throw new Error(
      `the issue form ${path} is not in the checkout; check out the repository before this action`,
    );
  }
  try {
    return readIssueForm(text);
  } catch (error) {
    throw new Error(`${path}: ${messageOf(error)}`);
  }
}

/**
 * The workspace's directory in the worktree of the base. Missing, or a link out of the repository, it is the
 * repository's setup that is wrong, not the request: a plain Error, like a broken issue form.
 */
function workspaceRoot(worktree: string, workspace: string, base: string): string {
  const dir = join(worktree, workspace);
  const real = existsSync(dir) ? realpathSync(dir) : undefined;
  if (real === undefined || !statSync(real).isDirectory()) {
    throw new Error(
      `the workspace ${workspace} is not a directory on ${base}: set it up with \`fastapi-scaffold init --workspace ${workspace}\` and merge that, or correct the workflow's workspace input`,
    );
  }
  const top = realpathSync(worktree);
  if (real !== top && !real.startsWith(`${top}${sep}`)) {
    throw new Error(`the workspace ${workspace} on ${base} is a link out of the repository`);
  }
  return dir;
}

/**
 * `plan` as the repository spells it: with the workspace in a subdirectory, every file and the API's project
 * root sit under it. This is what is staged and what the pull request and the job summary show.
 */
function inRepository(plan: Plan, workspace: string): Plan {
  const at = (path: string) => posix.join(workspace, path);
  const place = (api: ApiRequest): ApiRequest => ({ ...api, projectRoot: at(api.projectRoot) });
  return {
    ...plan,
    request: place(plan.request),
    ...(plan.previous ? { previous: place(plan.previous) } : {}),
    files: plan.files.map((file) => ({ ...file, path: at(file.path) })),
    apis: plan.apis.map(place),
  };
}

/** Two issue bodies are the same request when they differ only in line endings and surrounding space. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}

/** A repository setting, not a bug, stops the token from opening pull requests: say which. */
async function explainSettings<T>(task: Promise<T>): Promise<T> {
  try {
    return await task;
  } catch (error) {
    if (
      statusOf(error) === 403 &&
      /not permitted to create or approve pull requests/i.test(errorText(error))
    ) {
      throw new UserError(
        'the token may not open pull requests in this repository: turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App token as github-token',
      );
    }
    throw error;
  }
}

function describeSource(request: ScaffoldRequest): {
  context: Omit<RunContext, 'tool'>;
  origin: RequestOrigin;
} {
  const { source, serverUrl, repo, runUrl } = request;
  if (source.kind === 'issue') {
    const sourceUrl = `${serverUrl}/${repo.owner}/${repo.repo}/issues/${source.number}`;
    const requestedBy = source.event.run ? source.event.sender : undefined;
    return {
      context: { source: `#${source.number}`, issueNumber: source.number, requestedBy, runUrl },
      origin: { source: `issue #${source.number}`, sourceUrl, requestedBy, runUrl },
    };
  }
  return {
    context: { source: 'a manual run (workflow_dispatch)', requestedBy: source.actor, runUrl },
    origin: { source: 'workflow_dispatch', requestedBy: source.actor, runUrl },
  };
}

export async function scaffold(
  request: ScaffoldRequest,
  deps: ScaffoldDeps,
): Promise<ScaffoldResult> {
  const { gh, log, repo } = { ...deps, repo: request.repo };
  const pacing = deps.pacing ?? DEFAULT_PACING;
  const issueNumber = request.source.kind === 'issue' ? request.source.number : undefined;
  const { context: partialContext, origin } = describeSource(request);
  const context: RunContext = { ...partialContext, tool: request.tool };

  const report = async (status: Status) => {
    if (issueNumber === undefined || request.dryRun) return;
    try {
      await upsertStatusComment(gh, repo, issueNumber, renderStatus(status));
    } catch (error) {
      log.warning(
        `could not update the status comment on #${issueNumber}: ${(error as Error).message}`,
      );
    }
    // Once the outcome is on the issue, the retry label has done its job: off it comes, ready for next time.
    const source = request.source;
    const label =
      source.kind === 'issue' && source.event.run ? source.event.consumesLabel : undefined;
    if (label && status.kind !== 'working') {
      try {
        await gh.removeLabel(repo, issueNumber, label);
      } catch (error) {
        log.warning(
          `could not take the label ${label} off #${issueNumber}: ${(error as Error).message}`,
        );
      }
    }
  };

  // 1. The request, parsed once: dispatch inputs at once; an issue's body once its sender may ask.
  let ask: Ask;
  try {
    if (request.source.kind === 'inputs') {
      ask = parseAsk(request.source.raw);
    } else {
      const { event, number, formPath } = request.source;
      if (!event.run) {
        log.info(`Nothing to do: ${event.why}.`);
        return {
          status: 'ignored',
          exitCode: EXIT.ok,
          message: event.why,
          summary: `Nothing to do: ${event.why}.`,
        };
      }
      const access = await log.group('Authorize', () => mayGenerate(gh, repo, event.sender));
      if (!access.allowed) {
        const message = `@${event.sender} has ${access.role === 'none' ? 'no' : access.role} access to ${repo.owner}/${repo.repo}; generation needs write, maintain or admin`;
        log.info(`Not generating: ${message}.`);
        await report({ kind: 'refused', login: event.sender, role: access.role });
        return {
          status: 'refused',
          exitCode: EXIT.ok,
          message,
          summary: `Not generating: ${message}.`,
        };
      }
      await report({ kind: 'working', runUrl: request.runUrl });
      const issue = await gh.issue(repo, number);
      if (issue.isPullRequest)
        throw new UserError(`#${number} is a pull request, not a request issue`);
      // The approval covers the body the event carried. If it was edited since, generating the body as it
      // reads now would build something nobody with write access has seen.
      if (event.body !== undefined && !sameText(issue.body, event.body)) {
        const message = `the body of #${number} changed after ${event.why} (by @${event.sender}); nothing was generated`;
        log.warning(`Not generating: ${message}.`);
        await report({ kind: 'stale', sender: event.sender, why: event.why });
        return {
          status: 'refused',
          exitCode: EXIT.ok,
          message,
          summary: `Not generating: ${message}.`,
        };
      }
      ask = parseAsk(
        parseIssueBody(event.body ?? issue.body, issueForm(formPath, request.checkout)),
      );
    }
  } catch (error) {
    return fail(error);
  }

  let worktree: Worktree | undefined;
  try {
    const branch = branchName(ask.projectName);
    const base = request.baseBranch || request.defaultBranch || (await gh.defaultBranch(repo));
    const defaultBranch =
      request.defaultBranch ?? (request.baseBranch ? await gh.defaultBranch(repo) : base);
    const g = deps.git(request.checkout);
    checkCancelled();
    await requireCheckout(g, request.checkout);

    // 2. The branch must be the generator's, and must not answer another request issue: checked first, so
    //    that a run does not generate and verify for minutes only to find it may not push.
    const { remote, answersIssue } = await log.group(`Check ${branch}`, async () => {
      const head = await remoteHead(g, branch);
      if (!head) return { remote: undefined, answersIssue: undefined };
      await fetchBranch(g, branch, 20);
      const foreign = await foreignCommits(g, head);
      if (foreign.length > 0) {
        const list = foreign
          .slice(0, 5)
          .map((commit) => `${commit.sha.slice(0, 12)} "${commit.subject}" by ${commit.author}`)
          .join('; ');
        throw new UserError(
          `branch ${branch} has ${foreign.length} commit(s) not made by the generator (${list}). The generator will not overwrite them. Merge or close the pull request and delete the branch, or move those commits elsewhere, then run again.`,
        );
      }
      const answers = await branchIssue(g, head);
      if (answers !== undefined && issueNumber !== undefined && answers !== issueNumber) {
        const open = await gh.openPull(repo, branch);
        if (open) {
          throw new UserError(
            `${ask.projectName} is already requested in #${answers}, pull request #${open.number}. Change the request there, or close pull request #${open.number} and run this one again.`,
          );
        }
      }
      return { remote: head, answersIssue: answers };
    });
    // A manual run for a project an issue asked for keeps answering that issue. An update is a new request:
    // the issue that asked for the API was answered when its pull request was merged.
    const requestIssue = issueNumber ?? (ask.operation === 'generate' ? answersIssue : undefined);
    const runContext: RunContext = { ...context, closes: requestIssue };
    checkCancelled();

    // 3. Generate or update (plan, apply) on top of the base, in a worktree of our own, and stage the result.
    const { generated, changed, baseSha, previousTool, root } = await log.group(
      `${ask.operation === 'generate' ? 'Generate' : 'Update'} ${ask.projectName} on ${base}`,
      async () => {
        const baseSha = await fetchBranch(g, base, 1);
        worktree = await addWorktree(g, deps.git, request.tmpDir, baseSha);
        const root = workspaceRoot(worktree.path, request.workspace, base);
        const options = {
          workspace: root,
          templates: deps.templates(),
          tool: request.tool,
          dryRun: request.dryRun,
        };
        let generated;
        let previousTool: Tool | undefined;
        if (ask.operation === 'generate') generated = generate(ask.request, options);
        else {
          previousTool = recordedVersions(diskWorkspace(root)).find(
            (api) => api.request.projectName === ask.projectName,
          )?.tool;
          generated = update({ name: ask.name, changes: ask.changes }, options);
          const where = generated.plan.request.directory;
          if (ask.directory !== undefined && ask.directory !== where) {
            throw new UserError(
              `${ask.projectName} is in ${generated.plan.request.projectRoot}, not in ${ask.directory}: an update keeps an API where it was generated (leave directory empty, or give ${where})`,
            );
          }
        }
        const planned = inRepository(generated.plan, request.workspace).files.map(
          (file) => file.path,
        );
        refuseForbidden(planned);
        const changed = !request.dryRun && (await stageChange(worktree, planned));
        log.info(
          `${planned.length} files planned; ${changed ? 'changes staged' : 'nothing changed'}`,
        );
        return { generated, changed, baseSha, previousTool, root };
      },
    );
    // The plan as the engine made it, relative to the workspace (what verify reads), and as the pull request
    // shows it, relative to the repository.
    const plan = generated.plan;
    const delivered = inRepository(plan, request.workspace);
    const apiRequest = plan.request;
    const conflicts = conflictsOf(delivered);
    checkCancelled();

    if (!request.dryRun && !changed) {
      await report({ kind: 'unchanged', base });
      return {
        status: 'unchanged',
        exitCode: EXIT.ok,
        projectName: apiRequest.projectName,
        branch,
        summary: `# Nothing to change\n\n\`${base}\` already holds ${delivered.request.projectRoot} exactly as ${plan.kind === 'update' ? `${request.tool.name} ${request.tool.version} renders it with these options` : 'requested'}.`,
      };
    }

    // 4. Verify what will be committed; conflict markers would fail every check, so those wait for the
    //    person's resolution (the pull request's own checks run on their push).
    let checks: readonly CheckResult[] = [];
    let checksNote: string | undefined;
    if (conflicts.length > 0)
      checksNote = `${conflicts.length === 1 ? 'a file holds' : `${conflicts.length} files hold`} conflict markers, which every check would fail on; the pull request's checks run once you push the resolution`;
    else if (!request.verify)
      checksNote = 'verification was turned off for this run (`verify: false`)';
    else if (request.dryRun) checksNote = 'this was a dry run';
    else if (!deps.runChecks) checksNote = 'no verify stage was given to this run';
    else checks = await log.group('Verify', () => deps.runChecks!(root, plan));
    checkCancelled();
    const failedChecks = checks.filter((check) => check.status === 'failed').length;

    // The pull request's file tree lists every file of the commit, the lock files the checks wrote too.
    let committed: Plan = delivered;
    const body = (closesIssue: boolean) =>
      renderPullRequestBody({
        plan: committed,
        checks,
        checksNote,
        context: runContext,
        closesIssue,
        branch,
        ...(previousTool ? { previousTool } : {}),
      });

    if (request.dryRun) {
      return {
        status: 'dry-run',
        exitCode: EXIT.ok,
        projectName: apiRequest.projectName,
        branch,
        summary: `# Dry run: nothing was pushed\n\n${body(false)}`,
      };
    }

    // 5. One commit: the generated files and the lock files verify wrote.
    if (checks.length > 0) {
      const locks = await stageLockFiles(
        worktree!,
        lockFiles(plan.request.projectRoot).map((path) => posix.join(request.workspace, path)),
      );
      committed = {
        ...delivered,
        files: [
          ...delivered.files,
          ...locks.map(({ path, action }) => ({
            path,
            owner: 'user' as const,
            action,
            content: '',
            before: null,
            executable: false,
            note: 'lock file written by the checks',
          })),
        ],
      };
    }
    const commit = await commitChange(worktree!, (tree) =>
      commitMessage(
        plan.request,
        { ...origin, ...(requestIssue !== undefined ? { issue: requestIssue } : {}) },
        request.tool,
        baseSha,
        tree,
        plan.kind === 'update' ? pullRequestTitle(plan, request.tool) : undefined,
      ),
    );
    checkCancelled();

    // 6. Replace the branch; the lease refuses the push if someone pushed since step 2.
    const headSha = await log.group(`Push ${branch}`, async () => {
      if (remote && (await sameTree(g, remote, commit))) {
        log.info(`${branch} already holds this exact tree at ${remote}; not pushing.`);
        return remote;
      }
      await pushBranch(g, commit, branch, remote);
      log.info(`Pushed ${commit} to ${branch}.`);
      return commit;
    });

    // 7. One pull request for the branch: a draft, labelled, while it needs a person before review.
    const closesIssue = requestIssue !== undefined && base === defaultBranch;
    const needs = [
      ...(failedChecks > 0 ? [CHECKS_FAILED_LABEL] : []),
      ...(conflicts.length > 0 ? [CONFLICTS_LABEL] : []),
    ];
    const { pull, operation } = await log.group('Pull request', () =>
      explainSettings(
        upsertPullRequest(
          gh,
          repo,
          {
            head: branch,
            base,
            title: pullRequestTitle(plan, request.tool),
            body: body(closesIssue),
            labels: [...request.labels, ...needs],
            removeLabels: [CHECKS_FAILED_LABEL, CONFLICTS_LABEL].filter(
              (label) => !needs.includes(label),
            ),
            draft: needs.length > 0,
          },
          pacing,
        ),
      ),
    );
    log.info(`Pull request #${pull.number} ${operation}: ${pull.url}`);
    await report({
      kind: 'ready',
      url: pull.url,
      number: pull.number,
      operation,
      failedChecks,
      conflicts: conflicts.length,
    });
    const problem =
      conflicts.length > 0
        ? `${conflicts.length} file(s) left with conflict markers to resolve on ${branch}: ${conflicts.join(', ')}`
        : failedChecks > 0
          ? `${failedChecks} check(s) of the generated project failed`
          : undefined;
    return {
      status: operation,
      exitCode: problem ? EXIT.failed : EXIT.ok,
      ...(problem ? { message: problem } : {}),
      projectName: apiRequest.projectName,
      branch,
      pull,
      headSha,
      failedChecks,
      summary: `# Pull request [#${pull.number}](${pull.url}) ${operation}\n\n${conflicts.length > 0 ? `> [!WARNING]\n> ${problem}: the pull request is a draft until they are resolved.\n\n` : ''}${body(closesIssue)}`,
    };
  } catch (error) {
    return fail(error);
  } finally {
    if (worktree) await worktree.remove();
  }

  /** Between steps: a cancelled run stops at the next step, never half-way through a push. */
  function checkCancelled(): void {
    if (deps.signal?.aborted) throw new Cancelled();
  }

  async function fail(error: unknown): Promise<ScaffoldResult> {
    if (error instanceof Cancelled || deps.signal?.aborted) {
      const message = 'The run was cancelled before it finished.';
      await report({ kind: 'cancelled', runUrl: request.runUrl });
      return {
        status: 'cancelled',
        exitCode: EXIT.failed,
        message,
        summary: `# Cancelled\n\nThe run was cancelled before it finished. Run it again to complete it.`,
      };
    }
    const yours = error instanceof UserError;
    const message = messageOf(error);
    if (yours) log.userError(message);
    await report({ kind: 'failed', reason: message, yours, runUrl: request.runUrl });
    return {
      status: 'failed',
      exitCode: exitCodeFor(error),
      message,
      summary: `# ${yours ? 'The request cannot be generated' : 'Generation failed'}\n\n${fenced(message)}`,
    };
  }
}
