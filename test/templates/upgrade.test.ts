// An upgrade, verified: the workspace 0.1.0 generated (test data), edited by its owners, is updated by this
// version through the CLI with the checks on, so every check of the generated project runs on the merged tree.
// Slow (uv sync, npm install, tsc, cdk synth); needs uv and the runtime Python on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRecordedWorkspace } from '../fixtures/workspaces.js';
import { runCliCaptured, tempWorkspace } from '../helpers.js';

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('update of a 0.1.0 workspace, verified', () => {
  it('merges the owners’ edits and passes every check of the upgraded project', async () => {
    const workspace = tempWorkspace('fastapi-scaffold-upgrade-');
    writeRecordedWorkspace(workspace, '0.1.0');
    execFileSync('git', ['init', '-q'], { cwd: workspace });
    const api = join(workspace, 'packages/orders-api/orders_api');
    edit(join(api, 'main.py'), 'class Item(BaseModel):\n', '# Ours: the item model.\nclass Item(BaseModel):\n');
    edit(join(api, 'init.py'), 'import json\n', 'import json  # ours\n');
    const stack = join(workspace, 'packages/infra/src/stack.ts');
    edit(stack, 'import { Stack, type StackProps }', 'import { Stack, Tags, type StackProps }');
    edit(stack, '    this.apis = addApis(this);\n', '    this.apis = addApis(this);\n    Tags.of(this).add("team", "orders");\n');

    const { code, out, err } = await runCliCaptured(['update', '--name', 'orders-api', '--json'], workspace);
    const json = JSON.parse(out);
    const failed = (json.checks ?? []).filter((check: { status: string }) => check.status === 'failed');
    expect(failed, err).toEqual([]);
    expect(code).toBe(0);
    expect(json.verify).toBe('passed');
    expect(readFileSync(join(api, 'main.py'), 'utf8')).toContain('# Ours: the item model.\n');
    expect(readFileSync(join(api, 'init.py'), 'utf8')).toContain('import json  # ours\n');
    const merged = readFileSync(stack, 'utf8');
    expect(merged).toContain('    Tags.of(this).add("team", "orders");\n');
    // This version's new example comment arrived too.
    expect(merged).toContain('reservedConcurrentExecutions: 50');
    // packages/ was the npm workspace in 0.1.0; the root is now, installed once by the checks above: one
    // lock at the root, resolving the root's own tools too (nx), and one node_modules there. Only the CDK
    // packages' dependencies are extracted by the checks; nx comes with a person's `npm install`.
    expect(existsSync(join(workspace, 'packages/package.json'))).toBe(false);
    const lock = JSON.parse(readFileSync(join(workspace, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages)).toEqual(
      expect.arrayContaining(['node_modules/nx', 'node_modules/aws-cdk-lib']),
    );
    expect(existsSync(join(workspace, 'node_modules/aws-cdk-lib/package.json'))).toBe(true);
    expect(existsSync(join(workspace, 'packages/node_modules'))).toBe(false);
  }, 900_000);
});
