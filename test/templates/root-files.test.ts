// The root files that make a repository an Nx workspace (package.json, nx.json, .gitignore), written into an
// empty repository and joined into one that has its own: theirs kept, ours added, a clash refused. Renders
// only; nx-workspace.test.ts installs and runs what they describe.

/** The templates as they were while packages/ was the npm workspace (its own package.json). */
function templatesBeforeTheRootWorkspace() {
  const root = join(tempWorkspace('fastapi-scaffold-templates-'), 'templates');
  cpSync(TEMPLATES_DIR, root, { recursive: true });
  const manifest = {
    name: 'packages',
    private: true,
    workspaces: ['common/constructs', 'infra'],
    scripts: { build: 'tsc -b', test: 'npm test --workspaces' },
  };
  writeFileSync(join(root, 'packages/package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return loadTemplates(root);
}

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadTemplates } from '../../src/plan/templates.js';
import { TEMPLATES_DIR } from '../../src/tool.js';
import {
  generateFixture,
  generateReal,
  REAL_TEMPLATE_SET,
  snapshotTree,
  tempWorkspace,
  thrown,
  updateFixture,
} from '../helpers.js';

const read = (workspace: string, path: string) => readFileSync(join(workspace, path), 'utf8');
const json = (workspace: string, path: string) => JSON.parse(read(workspace, path));

describe('the root files of the workspace', () => {
  it('makes an empty repository an Nx workspace with one npm install at the root', () => {
    const workspace = tempWorkspace();
    generateReal({ name: 'Orders' }, workspace);
    const pkg = json(workspace, 'package.json');
    expect(pkg.workspaces).toEqual(['packages/common/constructs', 'packages/infra']);
    expect(pkg.devDependencies.nx).toMatch(/^\^24\./);
    const nx = json(workspace, 'nx.json');
    expect(nx.targetDefaults.synth).toMatchObject({ cache: true, dependsOn: ['^build'] });
    expect(nx.targetDefaults.synth.inputs).toContain('^production');
    // Nx Cloud only where the repository asks for it.
    expect(Object.keys(nx).filter((key) => /cloud/i.test(key))).toEqual([]);
    expect(read(workspace, '.gitignore').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', '.nx/']),
    );
    expect(read(workspace, 'pnpm-workspace.yaml')).toContain('linkWorkspacePackages: true');
    // Each API is tagged, and infra depends on every API by that tag.
    expect(json(workspace, 'packages/orders/project.json').tags).toContain('fastapi');
    expect(json(workspace, 'packages/infra/package.json').nx.implicitDependencies).toEqual([
      'tag:fastapi',
    ]);
  });

  it("joins them into a repository's own package.json, nx.json and .gitignore, keeping theirs", () => {
    const workspace = tempWorkspace();
    const theirs = {
      name: 'shop',
      private: true,
      workspaces: ['apps/*'],
      scripts: { test: 'jest' },
      devDependencies: { jest: '^30.0.0', nx: '24.0.1' },
    };
    writeFileSync(join(workspace, 'package.json'), `${JSON.stringify(theirs, null, 4)}\n`);
    const theirNx = {
      defaultBase: 'main',
      namedInputs: { default: ['{projectRoot}/**/*', 'sharedGlobals'], sharedGlobals: [] },
      targetDefaults: { test: { cache: true, inputs: ['default'] } },
    };
    writeFileSync(join(workspace, 'nx.json'), `${JSON.stringify(theirNx, null, 2)}\n`);
    writeFileSync(join(workspace, '.gitignore'), 'dist/\n*.log\n');
    writeFileSync(join(workspace, '.gitattributes'), '*.png binary\n');

    const { plan } = generateReal({ name: 'Orders' }, workspace);
    expect(read(workspace, '.gitattributes')).toBe(
      '*.png binary\n\n# Added by fastapi-scaffold\n.scaffold/*.json linguist-generated=true\n',
    );
    const actions = Object.fromEntries(
      plan.files
        .filter((file) => ['package.json', 'nx.json', '.gitignore'].includes(file.path))
        .map((file) => [file.path, file.action]),
    );
    expect(actions).toEqual({ 'package.json': 'merged', 'nx.json': 'merged', '.gitignore': 'merged' });

    const pkg = read(workspace, 'package.json');
    expect(pkg).toMatch(/^\{\n {4}"name": "shop",/);
    expect(JSON.parse(pkg)).toEqual({
      ...theirs,
      engines: { node: '>=20.12' },
      workspaces: ['apps/*', 'packages/common/constructs', 'packages/infra'],
      // Their nx version pin stays theirs.
      devDependencies: { jest: '^30.0.0', nx: '24.0.1' },
    });
    const nx = json(workspace, 'nx.json');
    expect(nx.defaultBase).toBe('main');
    expect(nx.namedInputs.default).toEqual(['{projectRoot}/**/*', 'sharedGlobals']);
    expect(nx.namedInputs.production).toContain('default');
    expect(nx.targetDefaults.test).toEqual({ cache: true, inputs: ['default', '^production'] });
    expect(nx.targetDefaults.synth.dependsOn).toEqual(['^build']);
    expect(read(workspace, '.gitignore')).toBe(
      'dist/\n*.log\n\n# Added by fastapi-scaffold\nnode_modules/\n.nx/\n',
    );

    // A second API changes none of them again.
    const before = ['package.json', 'nx.json', '.gitignore'].map((path) => read(workspace, path));
    generateReal({ name: 'Billing' }, workspace);
    expect(['package.json', 'nx.json', '.gitignore'].map((path) => read(workspace, path))).toEqual(
      before,
    );
  });

  it('refuses a package.json it cannot join without choosing for its owner, and writes nothing', () => {
    const workspace = tempWorkspace();
    writeFileSync(
      join(workspace, 'package.json'),
      `${JSON.stringify({ private: true, workspaces: { packages: ['apps/*'] } }, null, 2)}\n`,
    );
    const before = snapshotTree(workspace);
    expect(thrown(() => generateReal({ name: 'Orders' }, workspace))).toEqual(
      new UserError(
        'package.json: "workspaces" is an object here, and fastapi-scaffold needs a list there to add ["packages/common/constructs","packages/infra"]; change it by hand, then run again',
      ),
    );
    expect(snapshotTree(workspace)).toEqual(before);
  });

  it('upgrades a workspace whose packages/ was the npm workspace: its untouched package.json goes, with the lock npm wrote beside it', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'Orders' }, workspace, { templates: templatesBeforeTheRootWorkspace() });
    writeFileSync(join(workspace, 'packages/package-lock.json'), '{"lockfileVersion": 3}\n');

    const { removed } = updateFixture('orders', {}, workspace, { templates: REAL_TEMPLATE_SET });
    expect([...removed].sort()).toEqual(['packages/package-lock.json', 'packages/package.json']);
    expect(json(workspace, 'package.json').workspaces).toEqual([
      'packages/common/constructs',
      'packages/infra',
    ]);
    expect(existsSync(join(workspace, 'nx.json'))).toBe(true);
  });

  it('keeps an edited packages/package.json, and its lock, for its owner to move by hand', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'Orders' }, workspace, { templates: templatesBeforeTheRootWorkspace() });
    const manifest = join(workspace, 'packages/package.json');
    writeFileSync(manifest, read(workspace, 'packages/package.json').replace('"private"', '"x": 1, "private"'));
    writeFileSync(join(workspace, 'packages/package-lock.json'), '{"lockfileVersion": 3}\n');

    const { plan, removed } = updateFixture('orders', {}, workspace, { templates: REAL_TEMPLATE_SET });
    expect(removed).toEqual([]);
    expect(plan.files.find((file) => file.path === 'packages/package.json')?.action).toBe('kept');
    expect(existsSync(join(workspace, 'packages/package-lock.json'))).toBe(true);
  });
});
