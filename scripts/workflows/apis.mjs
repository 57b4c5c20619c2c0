#!/usr/bin/env node
// Lists the APIs of this workspace from the records fastapi-scaffold keeps in .scaffold/, one project root a
// line, or as JSON. With --changed-from REF, only the APIs whose files differ between REF and HEAD; a change
// to the shared CDK packages counts for none of them (the infrastructure checks cover it).
//
//   node scripts/workflows/apis.mjs [--json] [--changed-from <git ref>] [--workspace <dir>]
//
// Plain Node, no dependencies: it runs before anything is installed. Where the records live comes from the
// tool's one map of the workspace (`fastapi-scaffold layout`).

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const { RECORDS_DIR } = JSON.parse(
  execFileSync(process.execPath, [CLI, 'layout', '--json'], { encoding: 'utf8' }),
);

/** Every API recorded in `workspace`, sorted by project name. */
export function listApis(workspace) {
  const dir = join(workspace, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      // `_shared.json` records the files every API shares; a project name never starts with `_`.
      .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
      .map((name) => {
        const record = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        return { ...record.project, ...record.request };
      })
      .filter((api) => existsSync(join(workspace, api.projectRoot, 'pyproject.toml')))
      .sort((a, b) => a.projectName.localeCompare(b.projectName))
  );
}

/**
 * The subset of `apis` with a file changed between `ref` and HEAD. git names paths from the repository's top
 * level; --relative names them from the workspace, as the records do, when it is a subdirectory (init
 * --workspace services).
 */
export function changedApis(workspace, apis, ref) {
  const changed = execFileSync(
    'git',
    ['diff', '--name-only', '--relative', `${ref}...HEAD`, '--'],
    {
      cwd: workspace,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean);
  return apis.filter((api) => changed.some((path) => path.startsWith(`${api.projectRoot}/`)));
}

function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      'changed-from': { type: 'string' },
      workspace: { type: 'string' },
    },
  });
  const workspace = resolve(values.workspace ?? '.');
  let apis = listApis(workspace);
  if (values['changed-from']) apis = changedApis(workspace, apis, values['changed-from']);
  if (values.json) process.stdout.write(`${JSON.stringify(apis, null, 2)}\n`);
  else for (const api of apis) process.stdout.write(`${api.projectRoot}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
