// Git's own merge and diff machinery for one file at a time: the 3-way merge that carries a template change
// into a file a person edited, and the unified diff a dry run prints. Both run `git` on scratch copies, so
// neither needs a repository or touches the workspace.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MergeLabels {
  /** The file as it is in the workspace. */
  readonly ours: string;
  /** What the generator wrote last time. */
  readonly base: string;
  /** The new rendering. */
  readonly theirs: string;
}

export interface MergeResult {
  readonly content: string;
  /** Conflicting hunks, each left in `content` between standard conflict markers. */
  readonly conflicts: number;
}

export type Merger = (
  ours: string,
  base: string,
  theirs: string,
  labels: MergeLabels,
) => MergeResult;

function withScratch<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-merge-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function git(
  args: readonly string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // The merge must not depend on anyone's git configuration (conflict style, diff drivers, colour): no
    // system or global file, and no GIT_DIR or GIT_CONFIG_* of the caller's to bring a repository's in.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? 'git is needed to merge an edited file with the new templates and was not found on PATH'
        : `git ${args[0]} could not run: ${result.error.message}`,
    );
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `git merge-file`: exit 0 is a clean merge, a positive exit the number of conflicts, a negative an error. */
export const gitMerge: Merger = (ours, base, theirs, labels) =>
  withScratch({ ours, base, theirs }, (dir) => {
    const { status, stdout, stderr } = git(
      [
        'merge-file',
        '-p',
        '-L',
        labels.ours,
        '-L',
        labels.base,
        '-L',
        labels.theirs,
        'ours',
        'base',
        'theirs',
      ],
      dir,
    );
    if (status === null || status < 0 || status > 127) {
      throw new Error(`git merge-file failed: ${stderr.trim() || `exit ${status}`}`);
    }
    return { content: stdout, conflicts: status };
  });

/** A unified diff from `before` to `after` for `path`; `null` stands for a file that does not exist. */
export function unifiedDiff(path: string, before: string | null, after: string | null): string {
  return withScratch({ before: before ?? '', after: after ?? '' }, (dir) => {
    const { status, stdout, stderr } = git(
      [
        'diff',
        '--no-index',
        '--no-color',
        '--no-ext-diff',
        before === null ? '/dev/null' : 'before',
        after === null ? '/dev/null' : 'after',
      ],
      dir,
    );
    if (status !== 0 && status !== 1) {
      throw new Error(`git diff failed: ${stderr.trim() || `exit ${status}`}`);
    }
    // git names the scratch copies; a reader wants the workspace path.
    const lines = stdout.split('\n');
    const body = lines.findIndex((line) => line.startsWith('@@') || line.startsWith('Binary'));
    if (body < 0) return '';
    return [
      `--- ${before === null ? '/dev/null' : `a/${path}`}`,
      `+++ ${after === null ? '/dev/null' : `b/${path}`}`,
      ...lines.slice(body),
    ].join('\n');
  });
}
