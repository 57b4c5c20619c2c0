// The fixed places src/layout.ts names are the places the template tree writes, so neither can move alone.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CDK_WORKSPACE_DIR,
  CONSTRUCTS_DIR,
  GENERATOR_OWNED_PATHS,
  INFRA_DIR,
  lockFiles,
  NPM_WORKSPACE_DIR,
  RECORDS_DIR,
} from '../src/layout.js';
import { renderPath } from '../src/plan/render.js';
import { apiView } from '../src/plan/view.js';
import { TEMPLATES_DIR } from '../src/tool.js';
import { generateReal, REAL_TEMPLATE_SET, request, tempWorkspace } from './helpers.js';

describe('the layout of a generated workspace', () => {
  it('names the npm workspace and its two CDK packages where the templates put them', () => {
    const generated = tempWorkspace();
    generateReal({ name: 'orders' }, generated);
    const root = join(generated, NPM_WORKSPACE_DIR);
    const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      workspaces?: string[];
    };
    const pnpm = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
    for (const dir of [CONSTRUCTS_DIR, INFRA_DIR]) {
      expect(existsSync(join(TEMPLATES_DIR, dir, 'package.json')), dir).toBe(true);
      expect(workspace.workspaces).toContain(dir);
      expect(pnpm).toContain(`\n  - ${dir}\n`);
    }
    expect(existsSync(join(generated, CDK_WORKSPACE_DIR, 'package.json'))).toBe(false);
  });

  it('keeps every shared template inside the CDK workspace or at the root, under a path no API may take', () => {
    const view = {
      ...apiView(request({ name: 'orders', directory: 'services' })),
      apis: [],
      toolName: 'fastapi-scaffold',
      toolVersion: '0',
    };
    const shared = REAL_TEMPLATE_SET.templates
      .filter((template) => !template.perApi)
      .map((template) => renderPath(template, view));
    expect(shared.length).toBeGreaterThan(10);
    for (const path of shared) {
      // A root file (.gitattributes, package.json, nx.json) is beside every directory an API can be in.
      if (!path.includes('/')) continue;
      expect(path.startsWith(`${CDK_WORKSPACE_DIR}/`), path).toBe(true);
      const inOwned = GENERATOR_OWNED_PATHS.some((owned) => path.startsWith(`${owned}/`));
      // Only the workspace's own root files sit beside the APIs of the default directory.
      expect(inOwned || !path.slice(CDK_WORKSPACE_DIR.length + 1).includes('/'), path).toBe(true);
    }
    // With `directory: services` the API goes there; the CDK workspace stays where the layout says.
    const perApi = REAL_TEMPLATE_SET.templates
      .filter((template) => template.perApi && !template.source.startsWith('packages/'))
      .map((template) => renderPath(template, view));
    for (const path of perApi) expect(path.startsWith('services/orders/'), path).toBe(true);
  });

  it('records each API under the records directory, and verify writes the lock files the layout names', () => {
    const workspace = tempWorkspace();
    const { plan } = generateReal({ name: 'orders' }, workspace);
    expect(plan.files.map((file) => file.path)).toContain(`${RECORDS_DIR}/orders.json`);
    expect(lockFiles(plan.request.projectRoot)).toEqual([
      'packages/orders/uv.lock',
      'package-lock.json',
    ]);
    // Neither lock file is ignored by the .gitignore files the templates write.
    const ignores = ['.gitignore', 'packages/.gitignore', 'packages/orders/.gitignore'].map(
      (path) => readFileSync(join(workspace, path), 'utf8'),
    );
    for (const text of ignores) expect(text).not.toMatch(/^(uv\.lock|package-lock\.json)$/m);
  });
});
