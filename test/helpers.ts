// Shared test fixtures: throwaway workspaces, parsed requests, and generate() bound to the fixture templates
// (fast, small) or to the real ones.

import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli.js';
import { generate, update, type GenerateOptions } from '../src/generate.js';
import type { AnswerChanges } from '../src/plan/plan.js';
import { loadTemplates } from '../src/plan/templates.js';
import { parseRequest, type RawRequest } from '../src/request/request.js';
import { TEMPLATES_DIR } from '../src/tool.js';

export const FIXTURE_TEMPLATES = fileURLToPath(new URL('./fixtures/templates', import.meta.url));
export const TOOL = { name: 'fastapi-scaffold', version: '0.0.0-test' };

export function tempWorkspace(prefix = 'fastapi-scaffold-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const FIXTURE_TEMPLATE_SET = loadTemplates(FIXTURE_TEMPLATES);
export const REAL_TEMPLATE_SET = loadTemplates(TEMPLATES_DIR);

/** `raw` as a parsed request; throws the request's UserError. */
export const request = (raw: RawRequest) => parseRequest(raw);

export function generateFixture(
  raw: RawRequest,
  workspace: string,
  options: Partial<GenerateOptions> = {},
) {
  return generate(parseRequest(raw), {
    workspace,
    templates: FIXTURE_TEMPLATE_SET,
    tool: TOOL,
    ...options,
  });
}

/** update() with the fixture templates (or `options.templates`). */
export function updateFixture(
  name: string,
  changes: AnswerChanges,
  workspace: string,
  options: Partial<GenerateOptions> = {},
) {
  return update(
    { name, changes },
    { workspace, templates: FIXTURE_TEMPLATE_SET, tool: TOOL, ...options },
  );
}

/** generate() with the real templates, as the CLI and the action run it. */
export function generateReal(raw: RawRequest, workspace: string) {
  return generate(parseRequest(raw), { workspace, templates: REAL_TEMPLATE_SET, tool: TOOL });
}

/** What `task` throws (it must throw). */
export function thrown(task: () => unknown): Error {
  try {
    task();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}

/** Every file under `root` with its content, for before/after comparisons. */
export function snapshotTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isSymbolicLink()) files[relative(root, full)] = '<symlink>';
      else files[relative(root, full)] = readFileSync(full, 'utf8');
    }
  };
  visit(root);
  return files;
}

export function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** The CLI run in process, as a person at a terminal sees it: exit code, stdout and stderr. */
export async function runCliCaptured(
  args: readonly string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd,
    ...(env ? { env } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * A program run as a process of its own, awaited without blocking this one, so that a stand-in server the test
 * started here can answer it: exit code (null when a signal ended it), stdout and stderr.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const settings = { ...options, encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024 };
    execFile(command, [...args], settings, (error, stdout, stderr) =>
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
        stdout,
        stderr,
      }),
    );
  });
}

/**
 * This repository as it is now (tracked files and new ones, not ignored ones), committed in a new repository at
 * `clone`, as a release of it would hold it; returns the commit.
 */
export function commitRepositoryAsItIs(clone: string): string {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\0')
    // A worktree's node_modules may be a symlink, which the ignore rule (node_modules/) does not match.
    .filter((path) => path !== '' && path !== 'node_modules' && existsSync(join(root, path)));
  for (const path of files) {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    cpSync(join(root, path), join(clone, path));
  }
  const identity = ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com'];
  execFileSync('git', ['init', '-q', clone]);
  execFileSync('git', ['-C', clone, 'add', '-A']);
  execFileSync('git', ['-C', clone, ...identity, 'commit', '-qm', 'The repository as it is']);
  return execFileSync('git', ['-C', clone, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}
