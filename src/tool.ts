// Where the tool finds its own files. Works from `src/` (tests) and from the bundles in `dist/`, which both
// sit one level below the repository root.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tool } from './plan/plan.js';

// Plain string work on purpose: ncc statically rewrites path.resolve/join and `new URL(…, import.meta.url)`
// calls it can evaluate into asset copies, which would point inside dist/.
const PARTS = fileURLToPath(import.meta.url).split(/[\\/]/);

const ROOT = PARTS.slice(0, -2).join('/') || '/';

/**
 * The template set a bundle carries beside itself, checked and parsed when it was built (scripts/build.mjs).
 * The sources have none: beside them, this names no file.
 */
export const COMPILED_TEMPLATES = `${PARTS.slice(0, -1).join('/')}/templates.json`;

export const TEMPLATES_DIR = `${ROOT}/templates`;

/** What `init` writes into a repository (and this repository's own workflows are rendered from). */
export const WORKSPACE_TEMPLATES_DIR = `${ROOT}/templates-workspace`;

/** Earlier versions' templates, for upgrading workspaces whose records predate stored bases. */
export const HISTORY_DIR = `${ROOT}/templates-history`;

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly repository?: string | { readonly url?: string };
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as PackageJson;
}

export function toolInfo(): Tool {
  const pkg = packageJson();
  return { name: pkg.name, version: pkg.version };
}

/**
 * The tool's GitHub repository, `owner/repo`, from package.json's `repository` (`github:owner/repo`,
 * `owner/repo` or a github.com URL): where the workflows `init` writes take this action from.
 */
export function toolRepository(): string {
  const { repository } = packageJson();
  const text = typeof repository === 'string' ? repository : (repository?.url ?? '');
  const match =
    /^(?:github:|(?:git\+)?https:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(text);
  if (!match) throw new Error(`package.json names no GitHub repository (repository: ${text})`);
  return match[1]!;
}
