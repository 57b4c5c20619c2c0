// Where the tool finds its own files. Works from `src/` (tests) and from the bundles in `dist/`, which both
// sit one level below the repository root.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tool } from './plan/plan.js';

// Plain string work on purpose: ncc statically rewrites path.resolve/join and `new URL(…, import.meta.url)`
// calls it can evaluate into asset copies, which would point inside dist/.
function rootDir(): string {
  const parts = fileURLToPath(import.meta.url).split(/[\\/]/);
  return parts.slice(0, -2).join('/') || '/';
}

const ROOT = rootDir();

export const TEMPLATES_DIR = `${ROOT}/templates`;

/** Earlier versions' templates, for upgrading workspaces whose records predate stored bases. */
export const HISTORY_DIR = `${ROOT}/templates-history`;

export function toolInfo(): Tool {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
}
