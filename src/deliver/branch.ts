// The generator-owned branch `scaffold/<project>`: always exactly one generator commit on top of the base.
// Each run rebuilds that commit from the current base in a separate worktree (the runner's checkout, which
// may hold this very action, is never switched), and replaces the branch only if nobody else has pushed to it.

import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Tool } from '../plan/plan.js';
import type { Git } from './git.js';

export const GENERATOR_TRAILER = 'Scaffold-Generator';
export const BASE_TRAILER = 'Scaffold-Base';
/** The tree the generator committed: a commit whose tree differs was changed by someone else. */
export const TREE_TRAILER = 'Scaffold-Tree';
/** The request issue the branch answers; carried over by manual runs so its pull request keeps `Closes #N`. */
export const ISSUE_TRAILER = 'Scaffold-Issue';

/** Where the request came from, recorded in the commit's trailers. */
export interface RequestOrigin {
  /** e.g. `issue #12` or `workflow_dispatch`. */
  readonly source: string;
  readonly sourceUrl?: string;
  readonly runUrl?: string;
  readonly requestedBy?: string;
  /** The request issue this branch answers, if any. */
  readonly issue?: number;
}

export const COMMITTER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export function branchName(projectName: string): string {
  return `scaffold/${projectName}`;
}

async function isShallow(g: Git): Promise<boolean> {
  const { stdout } = await g(['rev-parse', '--is-shallow-repository']);
  return stdout.trim() === 'true';
}

/** Fetches `branch` from origin into refs/remotes/origin/<branch>; returns its commit. */
export async function fetchBranch(g: Git, branch: string, depth: number): Promise<string> {
  const deepen = (await isShallow(g)) ? [`--depth=${depth}`] : [];
  await g([
    'fetch',
    '--no-tags',
    '--quiet',
    ...deepen,
    'origin',
    `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
  ]);
  const { stdout } = await g(['rev-parse', '--verify', `refs/remotes/origin/${branch}^{commit}`]);
  return stdout.trim();
}

/** The commit `branch` points at on origin, or undefined when it does not exist there. */
export async function remoteHead(g: Git, branch: string): Promise<string | undefined> {
  const { stdout } = await g(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  return stdout.trim().split(/\s+/)[0] || undefined;
}

export interface ForeignCommit {
  readonly sha: string;
  readonly author: string;
  readonly subject: string;
}

/**
 * Commits on the branch that the generator did not make: those above its newest generator commit. A commit
 * is the generator's only if it is exactly what a run pushed: the generator's committer identity, the tree
 * its trailer recorded, and a single parent that is the base commit its trailer names. A person's commit,
 * merge or rebase shows up here, and so does a generator commit a person amended or squashed (the committer
 * or the tree changes with it).
 */
export async function foreignCommits(g: Git, sha: string): Promise<ForeignCommit[]> {
  const format = [
    '%H',
    '%an <%ae>',
    '%s',
    `%(trailers:key=${GENERATOR_TRAILER},valueonly,separator=%x2C)`,
    `%(trailers:key=${BASE_TRAILER},valueonly,separator=%x2C)`,
    '%P',
    '%cn <%ce>',
    '%T',
    `%(trailers:key=${TREE_TRAILER},valueonly,separator=%x2C)`,
  ].join('%x00');
  const { stdout } = await g([
    'log',
    '--first-parent',
    '--max-count=20',
    `--format=${format}%x1e`,
    sha,
  ]);
  const committer = `${COMMITTER.name} <${COMMITTER.email}>`;
  const foreign: ForeignCommit[] = [];
  // The base a generator commit names is where the branch left its base branch: the walk ends there even
  // when no commit above it is the generator's (an amended or squashed one), so the base's own history is
  // never listed as someone's commits on the branch.
  const namedBases = new Set<string>();
  for (const record of stdout.split('\x1e')) {
    const [hash, author, subject, generator, base, parents, committedBy, tree, recordedTree] =
      record.replace(/^\n/, '').split('\x00');
    if (!hash) continue;
    if (namedBases.has(hash)) return foreign;
    if ((generator ?? '').trim() !== '' && (base ?? '').trim() !== '') {
      namedBases.add((base ?? '').trim());
    }
    const parentList = (parents ?? '').trim().split(' ').filter(Boolean);
    const ours =
      (generator ?? '').trim() !== '' &&
      parentList.length === 1 &&
      parentList[0] === (base ?? '').trim() &&
      committedBy === committer &&
      tree !== undefined &&
      tree === (recordedTree ?? '').trim();
    if (ours) return foreign;
    foreign.push({ sha: hash, author: author ?? '', subject: subject ?? '' });
  }
  return foreign;
}

/** The request issue a generator commit names in its trailers, if any. */
export async function branchIssue(g: Git, sha: string): Promise<number | undefined> {
  const { stdout } = await g([
    'log',
    '-1',
    `--format=%(trailers:key=${ISSUE_TRAILER},valueonly,separator=%x2C)`,
    sha,
  ]);
  const match = /^#(\d+)$/.exec(stdout.trim());
  return match ? Number(match[1]) : undefined;
}

export function commitMessage(
  request: {
    projectName: string;
    name: string;
    directory: string;
    apiType: string;
    auth: string;
    architecture: string;
  },
  origin: RequestOrigin,
  tool: Tool,
  baseSha: string,
  tree: string,
  /** The first line; the pull request's title says the same (`Update orders-api: auth iam → none`). */
  subject = `Scaffold ${request.projectName} (${request.apiType}, auth ${request.auth}, ${request.architecture})`,
): string {
  const trailers = [
    `Scaffold-Request: name=${request.name}; directory=${request.directory}; api-type=${request.apiType}; auth=${request.auth}; architecture=${request.architecture}`,
    `Scaffold-Source: ${origin.sourceUrl ?? origin.source}`,
    ...(origin.requestedBy ? [`Scaffold-Requested-By: @${origin.requestedBy}`] : []),
    ...(origin.runUrl ? [`Scaffold-Run: ${origin.runUrl}`] : []),
    ...(origin.issue !== undefined ? [`${ISSUE_TRAILER}: #${origin.issue}`] : []),
    `${BASE_TRAILER}: ${baseSha}`,
    `${TREE_TRAILER}: ${tree}`,
    `${GENERATOR_TRAILER}: ${tool.name} ${tool.version}`,
  ];
  return [
    subject,
    '',
    `Generated by ${tool.name} ${tool.version} from ${origin.source}. This branch belongs to the generator:`,
    'it is rebuilt on every run, and a run stops rather than overwrite commits pushed here by hand.',
    '',
    ...trailers,
    '',
  ].join('\n');
}

export interface Worktree {
  readonly path: string;
  readonly git: Git;
  remove(): Promise<void>;
}

export async function addWorktree(
  g: Git,
  makeGit: (cwd: string) => Git,
  tmpDir: string,
  baseSha: string,
): Promise<Worktree> {
  const path = join(mkdtempSync(join(tmpDir, 'fastapi-scaffold-')), 'worktree');
  await g(['worktree', 'add', '--quiet', '--detach', path, baseSha]);
  return {
    path,
    git: makeGit(path),
    remove: async () => {
      await g(['worktree', 'remove', '--force', path], { allowFailure: true });
      rmSync(join(path, '..'), { recursive: true, force: true });
      await g(['worktree', 'prune'], { allowFailure: true });
    },
  };
}

/** Paths a generated change must never touch: a token without the `workflows` permission cannot push them. */
export const FORBIDDEN_PREFIXES = ['.github/workflows/'];

/** Refuses (as a bug: the templates never write there) a plan that touches a forbidden path. */
export function refuseForbidden(planned: readonly string[]): void {
  const forbidden = planned.find((path) =>
    FORBIDDEN_PREFIXES.some((prefix) => path.startsWith(prefix)),
  );
  if (forbidden) {
    throw new Error(
      `the plan writes ${forbidden}; generated changes must not touch ${FORBIDDEN_PREFIXES.join(', ')}`,
    );
  }
}

/**
 * Stages what a generation wrote into the worktree and says whether it changes anything on the base. Refuses
 * (as a bug, it should never happen) when anything other than the planned files is staged, or anything under
 * .github/workflows/.
 */
export async function stageChange(
  worktree: Worktree,
  planned: readonly string[],
): Promise<boolean> {
  refuseForbidden(planned);
  const g = worktree.git;
  await g(['add', '--all', '--', '.']);
  const { stdout } = await g(['diff', '--cached', '--name-only', '-z']);
  const staged = stdout.split('\0').filter(Boolean);
  const allowed = new Set(planned);
  const stray = staged.filter(
    (path) => !allowed.has(path) || FORBIDDEN_PREFIXES.some((p) => path.startsWith(p)),
  );
  if (stray.length > 0)
    throw new Error(`unexpected paths in the generated change: ${stray.slice(0, 5).join(', ')}`);
  return staged.length > 0;
}

/**
 * Lock files the verify stage wrote (`uv.lock` of the project, the workspace's `package-lock.json`: the
 * `candidates`, relative to the worktree) belong in the change: without them every later install resolves
 * afresh, and a lock left behind a changed manifest fails `npm ci` and `uv sync --locked` on the pull request.
 * Stages those that are new or changed, nothing else, and returns them with what happened to each, for the
 * pull request's file tree.
 */
export async function stageLockFiles(
  worktree: Worktree,
  candidates: readonly string[],
): Promise<Array<{ path: string; action: 'created' | 'updated' }>> {
  const g = worktree.git;
  const { stdout } = await g([
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--',
    ...candidates,
  ]);
  const changed = stdout
    .split('\0')
    .filter(Boolean)
    .map((entry) => ({
      path: entry.slice(3),
      action: entry.startsWith('??') ? ('created' as const) : ('updated' as const),
    }));
  if (changed.length > 0) await g(['add', '--', ...changed.map((file) => file.path)]);
  return changed;
}

/**
 * Commits what is staged as the generator's one commit on top of the base, recording its own tree in the
 * message so that a later run can tell this exact commit from one a person amended. Returns the commit.
 */
export async function commitChange(
  worktree: Worktree,
  message: (tree: string) => string,
): Promise<string> {
  const g = worktree.git;
  const { stdout: tree } = await g(['write-tree']);
  const identity = ['-c', `user.name=${COMMITTER.name}`, '-c', `user.email=${COMMITTER.email}`];
  await g([
    ...identity,
    'commit',
    '--quiet',
    '--no-verify',
    '--cleanup=verbatim',
    '-m',
    message(tree.trim()),
  ]);
  const { stdout: head } = await g(['rev-parse', 'HEAD']);
  return head.trim();
}

export async function sameTree(g: Git, a: string, b: string): Promise<boolean> {
  const { stdout } = await g(['rev-parse', `${a}^{tree}`, `${b}^{tree}`]);
  const [x, y] = stdout.trim().split('\n');
  return x === y;
}

/**
 * Points the branch at `commit` on origin. `expected` is what the branch held when its commits were checked
 * (undefined: it must not exist yet); if someone pushed in between, the push is refused rather than lost.
 */
export async function pushBranch(
  g: Git,
  commit: string,
  branch: string,
  expected: string | undefined,
): Promise<void> {
  await g([
    'push',
    '--quiet',
    '--no-verify',
    `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
    'origin',
    `${commit}:refs/heads/${branch}`,
  ]);
}
