import { describe, expect, it } from 'vitest';
import type { FilePlan, Plan } from '../../src/plan/plan.js';
import { describePlan, formatPlanMarkdown, planDiff } from '../../src/report/plan.js';
import { parseRequest } from '../../src/request/request.js';

const request = parseRequest({ name: 'Orders API' });
const file = (
  path: string,
  action: FilePlan['action'],
  owner: 'generated' | 'user',
  extra: Partial<FilePlan> = {},
): FilePlan => ({ path, action, owner, content: '', before: null, executable: false, ...extra });
const plan: Plan = {
  kind: 'generate',
  request,
  apis: [request],
  files: [
    file('.scaffold/orders-api.json', 'updated', 'generated'),
    file('packages/orders-api/orders_api/main.py', 'created', 'user'),
    file('packages/orders-api/pyproject.toml', 'unchanged', 'generated'),
    file('packages/orders-api/README.md', 'kept', 'user', {
      note: 'a file of yours was here first',
    }),
  ],
};

const update: Plan = {
  kind: 'update',
  request: parseRequest({ name: 'Orders API', 'api-type': 'function-url' }),
  previous: request,
  apis: [request],
  files: [
    file('packages/orders-api/orders_api/main.py', 'merged', 'user', {
      before: 'a\nmine\n',
      content: 'a\nmine\nnew\n',
    }),
    file('packages/orders-api/run.sh', 'created', 'user', { content: '#!/bin/sh\n' }),
    file('packages/orders-api/init.py', 'conflict', 'user', {
      before: 'x\n',
      content: '<<<<<<< yours\nx\n=======\ny\n>>>>>>> t\n',
      note: '1 conflicting change marked with <<<<<<< and >>>>>>>',
    }),
    file('packages/orders-api/old.py', 'removed', 'generated', { before: 'gone\n' }),
    file('packages/orders-api/same.py', 'unchanged', 'user', { before: 's\n', content: 's\n' }),
  ],
};

describe('describePlan', () => {
  it('prints the tree with each file marked by its action, the legend and what was written', () => {
    const text = describePlan(plan, { dryRun: false, written: ['a', 'b'], removed: [] });
    expect(text).toContain(
      'orders-api: module orders_api, class OrdersApi, in packages/orders-api',
    );
    expect(text).toMatch(/main\.py\s+\+ user/);
    expect(text).toMatch(/pyproject\.toml\s+= generated/);
    expect(text).toMatch(/README\.md\s+· user/);
    expect(text).toContain('+ created  ~ updated  · kept as you have it  = unchanged');
    expect(text).toContain(
      '2 files written, 0 removed (1 created, 1 updated, 1 kept as you have it, 1 unchanged).',
    );
    expect(text).toContain('  · packages/orders-api/README.md: a file of yours was here first');
    expect(text).toContain('Next: cd packages/orders-api && uv sync && uv run pytest');
  });

  it('says nothing was written on a dry run', () => {
    const text = describePlan(plan, { dryRun: true, written: [], removed: [] });
    expect(text).toContain(
      'Dry run (1 created, 1 updated, 1 kept as you have it, 1 unchanged); nothing written.',
    );
    expect(text).not.toContain('Next:');
  });

  it('names the option changes of an update, the files that need a person, and diffs a dry run', () => {
    const text = describePlan(update, { dryRun: true, written: [], removed: [] });
    expect(text).toContain('update: api-type http-api → function-url');
    expect(text).toContain(
      '  ! packages/orders-api/init.py: 1 conflicting change marked with <<<<<<< and >>>>>>>',
    );
    expect(text).toContain(
      [
        '--- a/packages/orders-api/orders_api/main.py',
        '+++ b/packages/orders-api/orders_api/main.py',
        '@@ -1,2 +1,3 @@',
        ' a',
        ' mine',
        '+new',
      ].join('\n'),
    );
    expect(text).toContain(['--- /dev/null', '+++ b/packages/orders-api/run.sh'].join('\n'));
    expect(text).toContain(
      ['--- a/packages/orders-api/old.py', '+++ /dev/null', '@@ -1 +0,0 @@', '-gone'].join('\n'),
    );
    expect(planDiff(update)).not.toContain('same.py');
  });
});

describe('formatPlanMarkdown', () => {
  it('draws the same tree as the terminal, fenced, with the legend counted', () => {
    const markdown = formatPlanMarkdown(plan);
    const tree = describePlan(plan, { dryRun: true, written: [], removed: [] }).split('\n\n')[1]!;
    expect(markdown.startsWith(`\`\`\`text\n${tree}\n\`\`\``)).toBe(true);
    expect(markdown).toContain(
      '`+` created (1) · `~` updated (1) · `·` kept as you have it (1) · `=` unchanged (1).',
    );
  });

  it('lists each changed file of an update with what happened and why', () => {
    const markdown = formatPlanMarkdown(update);
    expect(markdown).toContain(
      '| `packages/orders-api/orders_api/main.py` | M merged with your edits |  |',
    );
    expect(markdown).toContain('| `packages/orders-api/run.sh` | + created |  |');
    expect(markdown).toContain(
      '| `packages/orders-api/init.py` | ! conflict to resolve | 1 conflicting change marked with <<<<<<< and >>>>>>> |',
    );
    expect(markdown).toContain('| `packages/orders-api/old.py` | - removed |  |');
    expect(markdown).not.toContain('same.py` |');
  });
});
