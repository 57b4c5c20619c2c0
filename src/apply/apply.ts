// The only code that writes the workspace. It writes nothing outside it (symlinks are resolved, not trusted),
// and it writes all of a plan or none of it: files are staged first, then moved into place, and a failure
// part-way restores what was there before. A refusal or a failed write throws a plain Error: it is the
// workspace's or the machine's state, not something the request can change.

import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { FilePlan } from '../plan/plan.js';

export interface ApplyResult {
  /** Paths written (created, updated, merged or left with conflicts), relative to the workspace root. */
  readonly written: readonly string[];
  /** Paths removed: files the generation no longer has, untouched since they were written. */
  readonly removed: readonly string[];
}

const WRITES: ReadonlySet<FilePlan['action']> = new Set([
  'created',
  'updated',
  'merged',
  'conflict',
]);

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** The deepest existing ancestor of `path` (a real path), or the problem with `path`. */
function checkTarget(root: string, relative: string): string {
  if (
    relative === '' ||
    relative.startsWith('/') ||
    relative.includes('\\') ||
    relative.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    throw new Error(`refusing to write ${JSON.stringify(relative)}: not a plain relative path`);
  }
  const target = join(root, ...relative.split('/'));
  let ancestor = dirname(target);
  while (!existsSync(ancestor)) ancestor = dirname(ancestor);
  const real = realpathSync(ancestor);
  if (!isInside(root, real)) {
    throw new Error(
      `refusing to write ${relative}: ${ancestor} leads outside the workspace (${real})`,
    );
  }
  if (!statSync(real).isDirectory()) {
    throw new Error(`cannot write ${relative}: ${ancestor} is a file, where a directory is needed`);
  }
  let symlink = false;
  try {
    symlink = lstatSync(target).isSymbolicLink();
  } catch {
    // absent: the usual case
  }
  if (symlink) throw new Error(`refusing to write ${relative}: it is a symbolic link`);
  return target;
}

export function applyPlan(workspace: string, files: readonly FilePlan[]): ApplyResult {
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch {
    throw new Error(`workspace ${workspace} does not exist`);
  }
  if (!statSync(root).isDirectory()) throw new Error(`workspace ${workspace} is not a directory`);

  // A file whose new text is what it holds (a conflict still waiting for its person) is not rewritten.
  const toWrite = files.filter((file) => WRITES.has(file.action) && file.content !== file.before);
  const toRemove = files.filter((file) => file.action === 'removed');
  const targets = toWrite.map((file) => checkTarget(root, file.path));
  const removals = toRemove.map((file) => checkTarget(root, file.path));

  const staging = mkdtempSync(join(root, '.fastapi-scaffold-staging-'));
  const placed: string[] = [];
  const backups: Array<{ target: string; backup: string }> = [];
  const createdDirs: string[] = [];
  try {
    toWrite.forEach((file, index) => {
      const staged = join(staging, `${index}`);
      writeFileSync(staged, file.content, { mode: file.executable ? 0o755 : 0o644 });
      if (file.executable) chmodSync(staged, 0o755);
    });
    targets.forEach((target, index) => {
      const missing: string[] = [];
      for (let dir = dirname(target); !existsSync(dir); dir = dirname(dir)) missing.unshift(dir);
      for (const dir of missing) {
        mkdirSync(dir);
        createdDirs.push(dir);
      }
      // Only a file is set aside; anything else where a file must go fails the rename below.
      if (existsSync(target) && lstatSync(target).isFile()) {
        const backup = join(staging, `${index}.backup`);
        renameSync(target, backup);
        backups.push({ target, backup });
      }
      renameSync(join(staging, `${index}`), target);
      placed.push(target);
    });
    removals.forEach((target, index) => {
      if (!existsSync(target)) return;
      const backup = join(staging, `removed-${index}`);
      renameSync(target, backup);
      backups.push({ target, backup });
    });
  } catch (error) {
    for (const target of placed.reverse()) rmSync(target, { force: true });
    for (const { target, backup } of backups.reverse()) renameSync(backup, target);
    for (const dir of createdDirs.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty: something else lives there now
      }
    }
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `could not write the workspace, nothing was changed: ${(error as Error).message}`,
    );
  }
  rmSync(staging, { recursive: true, force: true });
  // A removed file's folders go too once nothing else is left in them.
  for (const target of removals) {
    for (let dir = dirname(target); dir !== root && isInside(root, dir); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
  return { written: toWrite.map((file) => file.path), removed: toRemove.map((file) => file.path) };
}
