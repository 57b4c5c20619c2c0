// The story of `fastapi-scaffold init`: set up a repository of one's own as a service workspace. Find the
// repository's top level, pin this action's commit, plan every file (src/plan/init.ts), then write the plan
// all or nothing, or on a dry run nothing. Running it again changes nothing; running a newer version moves the
// pins and merges what a person edited.

import { relative, resolve, sep } from 'node:path';
import { parseActionRef, resolveActionRef } from './action-ref.js';
import { applyPlan } from './apply/apply.js';
import { git, reason } from './deliver/git.js';
import { UserError } from './errors.js';
import {
  CHECKS_FAILED_LABEL,
  CONFLICTS_LABEL,
  PULL_REQUEST_LABEL,
  REQUEST_LABEL,
  RETRY_LABEL,
} from './labels.js';
import {
  loadWorkspaceTemplates,
  planInit,
  type ActionRef,
  type InitPlan,
  type Label,
} from './plan/init.js';
import type { Tool } from './plan/plan.js';
import { shippedTemplates } from './plan/templates.js';
import { parseWorkspace } from './request/workspace.js';
import { diskWorkspace } from './plan/workspace.js';
import { WORKSPACE_TEMPLATES_DIR } from './tool.js';

/** Every label the action reads or sets, as `init` asks for them to be created. */
export const LABELS: readonly Label[] = [
  {
    name: REQUEST_LABEL,
    color: '1D76DB',
    description:
      'Asks fastapi-scaffold for a FastAPI service (the New FastAPI service form sets it)',
  },
  {
    name: RETRY_LABEL,
    color: 'FBCA04',
    description: 'Approves the scaffold request as it reads now and runs it again',
  },
  {
    name: CHECKS_FAILED_LABEL,
    color: 'D93F0B',
    description: 'The checks of the generated service failed: see the pull request',
  },
  {
    name: CONFLICTS_LABEL,
    color: 'B60205',
    description: 'An upgrade left conflict markers to resolve',
  },
  { name: PULL_REQUEST_LABEL, color: '0E8A16', description: 'Opened by fastapi-scaffold' },
];

export interface InitOptions {
  /** Where the command runs: inside the repository. */
  readonly cwd: string;
  /** The workspace root, absolute or relative to `cwd`. */
  readonly workspace: string;
  /** `OWNER/REPO@REF`; the tool's own repository at `v<version>` when absent. */
  readonly actionRef?: string;
  /** The tool's repository, `owner/repo`, for the default reference. */
  readonly repository: string;
  readonly tool: Tool;
  /** GITHUB_SERVER_URL, or github.com. */
  readonly serverUrl: string;
  readonly dryRun?: boolean;
  /** For git itself (ls-remote, rev-parse): the caller's environment. */
  readonly env?: Record<string, string>;
}

export interface Initialized {
  /** The repository's top level. */
  readonly root: string;
  /** The workspace, relative to `root` (`.` for the top level). */
  readonly workspace: string;
  readonly action: ActionRef;
  readonly plan: InitPlan;
  /** Paths written; none on a dry run. */
  readonly written: readonly string[];
  readonly labels: readonly Label[];
  readonly dryRun: boolean;
}

async function topLevel(cwd: string, env: Record<string, string> | undefined): Promise<string> {
  const result = await git(cwd, env ? { env } : {})(['rev-parse', '--show-toplevel'], {
    allowFailure: true,
  });
  if (result.code !== 0) {
    throw new UserError(
      `${cwd} is not in a git repository (${reason(result.stderr)}); run init inside the repository to set up, or \`git init\` first`,
    );
  }
  return result.stdout.trim();
}

export async function init(options: InitOptions): Promise<Initialized> {
  const root = await topLevel(options.cwd, options.env);
  const within = relative(root, resolve(options.cwd, options.workspace));
  if (within === '..' || within.startsWith(`..${sep}`) || resolve(within) === within) {
    throw new UserError(`--workspace ${options.workspace} is outside the repository ${root}`);
  }
  const workspace = parseWorkspace(within.split(sep).join('/'), '--workspace');
  const request = parseActionRef(
    options.actionRef ?? `${options.repository}@v${options.tool.version}`,
  );
  const action = await resolveActionRef(
    request,
    options.serverUrl,
    git(root, options.env ? { env: options.env } : {}),
  );
  const plan = planInit(
    {
      action: { kind: 'pinned', ref: action, serverUrl: options.serverUrl },
      workspace,
      labels: LABELS,
    },
    loadWorkspaceTemplates(WORKSPACE_TEMPLATES_DIR, shippedTemplates()),
    diskWorkspace(root),
    options.tool,
  );
  const dryRun = options.dryRun === true;
  const written = dryRun ? [] : applyPlan(root, plan.files).written;
  return { root, workspace, action, plan, written, labels: LABELS, dryRun };
}
