// Shared test fixtures: throwaway workspaces and a generate() bound to the fixture templates.

import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, type GenerateOptions } from '../src/generate.js';
import type { RawRequest } from '../src/request/request.js';

export const FIXTURE_TEMPLATES = fileURLToPath(new URL('./fixtures/templates', import.meta.url));
export const TOOL = { name: 'fastapi-scaffold', version: '0.0.0-test' };

export function tempWorkspace(prefix = 'fastapi-scaffold-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function generateFixture(
  raw: RawRequest,
  workspace: string,
  options: Partial<GenerateOptions> = {},
) {
  return generate(raw, { workspace, templatesDir: FIXTURE_TEMPLATES, tool: TOOL, ...options });
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
