import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/plan.js';
import { describePlan, formatPlanMarkdown } from '../../src/report/plan.js';
import { parseRequest } from '../../src/request/request.js';

const request = parseRequest({ name: 'Orders API' });
const file = (
  path: string,
  action: 'create' | 'update' | 'unchanged' | 'keep',
  owner: 'generated' | 'user',
) => ({
  path,
  action,
  owner,
  content: '',
  executable: false,
});
const plan: Plan = {
  request,
  apis: [request],
  files: [
    file('.scaffold/orders-api.json', 'update', 'generated'),
    file('packages/orders-api/orders_api/main.py', 'create', 'user'),
    file('packages/orders-api/pyproject.toml', 'unchanged', 'generated'),
    file('packages/orders-api/README.md', 'keep', 'user'),
  ],
};

describe('describePlan', () => {
  it('prints the tree with each file marked by its action, the legend and what was written', () => {
    const text = describePlan(plan, { dryRun: false, written: ['a', 'b'] });
    expect(text).toContain(
      'orders-api: module orders_api, class OrdersApi, in packages/orders-api',
    );
    expect(text).toMatch(/main\.py\s+\+ user/);
    expect(text).toMatch(/pyproject\.toml\s+= generated/);
    expect(text).toMatch(/README\.md\s+· user/);
    expect(text).toContain('+ create  ~ update  = unchanged  · kept (yours)');
    expect(text).toContain('2 files written (1 created, 1 updated, 1 kept as you had them).');
    expect(text).toContain('Next: cd packages/orders-api && uv sync && uv run pytest');
  });

  it('says nothing was written on a dry run', () => {
    const text = describePlan(plan, { dryRun: true, written: [] });
    expect(text).toContain('Dry run: 1 to create, 1 to update, 1 to keep; nothing written.');
    expect(text).not.toContain('Next:');
  });
});

describe('formatPlanMarkdown', () => {
  it('draws the same tree as the terminal, fenced, with the legend counted', () => {
    const markdown = formatPlanMarkdown(plan);
    const tree = describePlan(plan, { dryRun: true, written: [] }).split('\n\n')[1]!;
    expect(markdown.startsWith(`\`\`\`text\n${tree}\n\`\`\``)).toBe(true);
    expect(markdown).toContain(
      '`+` created (1) · `~` updated (1) · `=` unchanged (1) · `·` yours, kept (1).',
    );
  });
});
