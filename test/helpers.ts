// Shared test fixtures: throwaway workspaces, parsed requests, and generate() bound to the fixture templates
// (fast, small) or to the real ones.

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
    execFile(command, [...args], { ...options, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
        stdout,
        stderr,
      }),
    );
  });
}
