import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { conflictsOf, type Plan } from '../../src/plan/plan.js';
import { loadTemplates } from '../../src/plan/templates.js';
import { describePlan } from '../../src/report/plan.js';
import {
  FIXTURE_TEMPLATES,
  generateFixture,
  mode,
  snapshotTree,
  tempWorkspace,
  thrown,
  TOOL,
  updateFixture,
} from '../helpers.js';

const actions = (plan: Plan) =>
  Object.fromEntries(plan.files.map((file) => [file.path, file.action]));

/** A copy of the fixture templates with `edit` applied: the templates of a later version. */
function laterTemplates(edit: (root: string) => void) {
  const root = join(tempWorkspace('fastapi-scaffold-templates-'), 'templates');
  cpSync(FIXTURE_TEMPLATES, root, { recursive: true });
  edit(root);
  return loadTemplates(root);
}

const MAIN_TEMPLATE = '__directory__/__projectName__/__moduleName__/main.py';

describe('update (fixture templates)', () => {
  it('changes an option: the new files appear, the user edit to main.py stays, the record says the new answers', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    const main = join(workspace, 'packages/orders/orders/main.py');
    writeFileSync(main, 'APP = "Orders"  # mine\n');

    const outcome = updateFixture('Orders', { apiType: 'function-url' }, workspace);
    expect(actions(outcome.plan)).toMatchObject({
      'packages/orders/run.sh': 'created',
      'packages/orders/orders/main.py': 'kept',
      'packages/orders/pyproject.toml': 'unchanged',
      '.scaffold/orders.json': 'updated',
    });
    expect(readFileSync(main, 'utf8')).toBe('APP = "Orders"  # mine\n');
    expect(mode(join(workspace, 'packages/orders/run.sh'))).toBe(0o755);
    const record = JSON.parse(readFileSync(join(workspace, '.scaffold/orders.json'), 'utf8'));
    expect(record.request.apiType).toBe('function-url');
    expect(record.files['packages/orders/run.sh']).toBeDefined();
  });

  it('going back removes the files the option brought only when untouched, and names an edited one', () => {
    const untouched = tempWorkspace();
    generateFixture({ name: 'orders', 'api-type': 'function-url' }, untouched);
    const back = updateFixture('orders', { apiType: 'http-api' }, untouched);
    expect(actions(back.plan)['packages/orders/run.sh']).toBe('removed');
    expect(back.removed).toEqual(['packages/orders/run.sh']);
    expect(snapshotTree(untouched)['packages/orders/run.sh']).toBeUndefined();

    const edited = tempWorkspace();
    generateFixture({ name: 'orders', 'api-type': 'function-url' }, edited);
    writeFileSync(join(edited, 'packages/orders/run.sh'), '#!/bin/sh\nexec my-server\n');
    const kept = updateFixture('orders', { apiType: 'http-api' }, edited);
    const runSh = kept.plan.files.find((file) => file.path === 'packages/orders/run.sh')!;
    expect(runSh.action).toBe('kept');
    expect(runSh.note).toContain('no longer generated, but edited since, so kept');
    expect(readFileSync(join(edited, 'packages/orders/run.sh'), 'utf8')).toBe(
      '#!/bin/sh\nexec my-server\n',
    );
  });

  it('upgrades to later templates: an untouched file is replaced, an edited one 3-way merged', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    const main = join(workspace, 'packages/orders/orders/main.py');
    writeFileSync(main, `# my header\n${readFileSync(main, 'utf8')}`);
    const later = laterTemplates((root) => {
      const path = join(root, MAIN_TEMPLATE);
      writeFileSync(path, `${readFileSync(path, 'utf8')}VERSION = 2\n`);
      writeFileSync(
        join(root, '__directory__/__projectName__/pyproject.toml'),
        '[project]\nname = "{{projectName}}"\nversion = "2"\n',
      );
    });

    const outcome = updateFixture('orders', {}, workspace, { templates: later });
    expect(actions(outcome.plan)).toMatchObject({
      'packages/orders/orders/main.py': 'merged',
      'packages/orders/pyproject.toml': 'updated',
    });
    expect(readFileSync(main, 'utf8')).toBe('# my header\nAPP = "Orders"\nVERSION = 2\n');
    const record = JSON.parse(readFileSync(join(workspace, '.scaffold/orders.json'), 'utf8'));
    expect(record.templates.digest).toBe(later.digest);
  });

  it('leaves a clash between conflict markers and reports the file', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    const main = join(workspace, 'packages/orders/orders/main.py');
    writeFileSync(main, 'APP = "Mine"\n');
    const later = laterTemplates((root) =>
      writeFileSync(join(root, MAIN_TEMPLATE), 'APP = "{{className}}Service"\n'),
    );

    const outcome = updateFixture('orders', {}, workspace, { templates: later });
    expect(conflictsOf(outcome.plan)).toEqual(['packages/orders/orders/main.py']);
    expect(readFileSync(main, 'utf8')).toBe(
      [
        '<<<<<<< yours',
        'APP = "Mine"',
        '=======',
        'APP = "OrdersService"',
        '>>>>>>> fastapi-scaffold 0.0.0-test',
        '',
      ].join('\n'),
    );
    expect(describePlan(outcome.plan, outcome)).toContain(
      '  ! packages/orders/orders/main.py: 1 conflicting change marked with <<<<<<< and >>>>>>>',
    );
    // Once the person resolves it, the next update keeps the resolution.
    writeFileSync(main, 'APP = "MineService"\n');
    const again = updateFixture('orders', {}, workspace, { templates: later });
    expect(actions(again.plan)['packages/orders/orders/main.py']).toBe('kept');
    expect(readFileSync(main, 'utf8')).toBe('APP = "MineService"\n');
  });

  it('changes nothing when run twice', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    writeFileSync(join(workspace, 'packages/orders/orders/main.py'), 'APP = 1  # mine\n');
    updateFixture('orders', { apiType: 'function-url' }, workspace);
    const before = snapshotTree(workspace);
    const second = updateFixture('orders', { apiType: 'function-url' }, workspace);
    expect(second.written).toEqual([]);
    expect(second.removed).toEqual([]);
    expect(new Set(second.plan.files.map((file) => file.action))).toEqual(
      new Set(['unchanged', 'kept']),
    );
    expect(snapshotTree(workspace)).toEqual(before);
  });

  it('does not bring back a file of yours you deleted', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    rmSync(join(workspace, 'packages/orders/pyproject.toml'));
    const outcome = updateFixture('orders', { apiType: 'function-url' }, workspace);
    const file = outcome.plan.files.find(
      (entry) => entry.path === 'packages/orders/pyproject.toml',
    )!;
    expect(file).toMatchObject({
      action: 'kept',
      note: 'deleted since it was generated; not written again',
    });
    expect(snapshotTree(workspace)['packages/orders/pyproject.toml']).toBeUndefined();
  });

  it('writes nothing on a dry run, and shows each change as a diff', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    const before = snapshotTree(workspace);
    const outcome = updateFixture('orders', { apiType: 'function-url' }, workspace, {
      dryRun: true,
    });
    expect(snapshotTree(workspace)).toEqual(before);
    const text = describePlan(outcome.plan, outcome);
    expect(text).toContain('update: api-type http-api → function-url');
    expect(text).toContain(
      '--- /dev/null\n+++ b/packages/orders/run.sh\n@@ -0,0 +1,2 @@\n+#!/bin/sh\n',
    );
    expect(text).toMatch(/--- a\/\.scaffold\/orders\.json\n\+\+\+ b\/\.scaffold\/orders\.json\n/);
  });

  it('is all or nothing: a problem found half-way leaves the workspace as it was', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    writeFileSync(join(workspace, 'packages/orders/orders/main.py'), 'APP = 1  # mine\n');
    mkdirSync(join(workspace, 'packages/orders/run.sh'));
    const before = snapshotTree(workspace);
    expect(thrown(() => updateFixture('orders', { apiType: 'function-url' }, workspace))).toEqual(
      new UserError('packages/orders/run.sh exists as a directory, where a file would be written'),
    );
    expect(snapshotTree(workspace)).toEqual(before);
  });

  it('names the update command when generate meets an existing API, and the APIs when update meets none', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    expect(thrown(() => updateFixture('billing', {}, workspace)).message).toBe(
      'no API billing in the workspace (it holds orders); create it with: fastapi-scaffold generate --name billing',
    );
    expect(thrown(() => generateFixture({ name: 'ORDERS' }, workspace)).message).toContain(
      'change or upgrade it with: fastapi-scaffold update --name orders',
    );
  });

  it('upgrades with later tool versions in the generated headers, keeping an edit to a generated file', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    const construct = join(workspace, 'packages/common/constructs/src/app/apis/orders.ts');
    writeFileSync(construct, `${readFileSync(construct, 'utf8')}// streaming: see README\n`);
    updateFixture('orders', {}, workspace, { tool: { ...TOOL, version: '0.0.1-test' } });
    const text = readFileSync(construct, 'utf8');
    expect(text).toMatch(/^\/\/ Generated by fastapi-scaffold 0\.0\.1-test\./);
    expect(text.endsWith('export class Orders {}\n// streaming: see README\n')).toBe(true);
  });
});

describe('update: what a review found', () => {
  it("leaves a file of the person's that was there first alone on every later update, however the template changes", () => {
    const workspace = tempWorkspace();
    mkdirSync(join(workspace, 'packages/infra/src'), { recursive: true });
    writeFileSync(join(workspace, 'packages/infra/src/stack.ts'), '// our own stack\n');
    const first = generateFixture({ name: 'orders' }, workspace);
    expect(
      first.plan.files.find((file) => file.path === 'packages/infra/src/stack.ts'),
    ).toMatchObject({
      action: 'kept',
      note: 'a file of yours was here first',
    });
    const shared = JSON.parse(readFileSync(join(workspace, '.scaffold/_shared.json'), 'utf8'));
    expect(shared.files['packages/infra/src/stack.ts']).toBeUndefined();
    const later = laterTemplates((root) =>
      writeFileSync(
        join(root, 'packages/infra/src/stack.ts'),
        '// Your stack: edit freely.\nexport const stack = "v2";\n',
      ),
    );
    const again = updateFixture('orders', {}, workspace, { templates: later });
    expect(
      again.plan.files.find((file) => file.path === 'packages/infra/src/stack.ts')!.action,
    ).toBe('kept');
    expect(readFileSync(join(workspace, 'packages/infra/src/stack.ts'), 'utf8')).toBe(
      '// our own stack\n',
    );
  });

  it('keeps saying conflict while the markers of an earlier update are unresolved', () => {
    const workspace = tempWorkspace();
    generateFixture({ name: 'orders' }, workspace);
    writeFileSync(join(workspace, 'packages/orders/orders/main.py'), 'APP = "Mine"\n');
    const later = laterTemplates((root) =>
      writeFileSync(join(root, MAIN_TEMPLATE), 'APP = "{{className}}Service"\n'),
    );
    expect(
      conflictsOf(updateFixture('orders', {}, workspace, { templates: later }).plan),
    ).toHaveLength(1);
    const again = updateFixture('orders', {}, workspace, { templates: later });
    expect(again.plan.files.find((file) => file.path.endsWith('main.py'))).toMatchObject({
      action: 'conflict',
      note: 'still holds the conflict markers of an earlier update; resolve them first',
    });
    expect(again.written).not.toContain('packages/orders/orders/main.py');
  });

  it('joins a .gitignore again on later updates, appending, never clashing over the person’s lines', () => {
    const base = laterTemplates((root) =>
      writeFileSync(
        join(root, '__dot__gitignore'),
        '{{! scaffold join=lines }}\n# installs\nnode_modules/\n',
      ),
    );
    const workspace = tempWorkspace();
    writeFileSync(join(workspace, '.gitignore'), 'dist/\n*.log\n');
    generateFixture({ name: 'orders' }, workspace, { templates: base });
    const later = laterTemplates((root) =>
      writeFileSync(
        join(root, '__dot__gitignore'),
        '{{! scaffold join=lines }}\n# npm and pnpm installs\nnode_modules/\n.nx/\n',
      ),
    );
    const outcome = updateFixture('orders', {}, workspace, { templates: later });
    expect(outcome.plan.files.find((file) => file.path === '.gitignore')!.action).toBe('merged');
    expect(readFileSync(join(workspace, '.gitignore'), 'utf8')).toBe(
      'dist/\n*.log\n\n# Added by fastapi-scaffold\nnode_modules/\n\n# Added by fastapi-scaffold\n.nx/\n',
    );
  });
});
