import { describe, expect, it } from 'vitest';
import { formatChecksMarkdown, formatChecksTable } from '../../src/report/checks.js';
import type { CheckResult } from '../../src/verify/types.js';

describe('check reports', () => {
  const checks: CheckResult[] = [
    {
      name: 'pytest',
      project: 'packages/a',
      command: 'uv run pytest',
      status: 'passed',
      durationMs: 1234,
      counts: { passed: 3, failed: 0, skipped: 1 },
    },
    {
      name: 'cdk-synth',
      project: 'packages/infra',
      command: 'cdk synth',
      status: 'failed',
      durationMs: 15_400,
      detail: 'AwsSolutions-IAM4 ```x``` | y',
    },
    {
      name: 'ruff-check',
      project: 'packages/a',
      command: 'uv run ruff check',
      status: 'skipped',
      durationMs: 0,
      detail: 'skipped: uv-sync failed in packages/a',
    },
  ];
  it('renders a table with counts, skip reasons and the failing output', () => {
    const table = formatChecksTable(checks);
    expect(table.split('\n')[0]).toMatch(/^check\s+project\s+status\s+time\s+notes$/);
    expect(table).toMatch(/pytest\s+packages\/a\s+passed\s+1\.2 s\s+3 passed, 1 skipped/);
    expect(table).toMatch(/cdk-synth\s+packages\/infra\s+failed\s+15 s/);
    expect(table).toMatch(/ruff-check\s+packages\/a\s+skipped\s+skipped: uv-sync failed/);
    expect(table).toContain('1 passed, 1 failed, 1 skipped');
    expect(table).toContain('--- cdk-synth (packages/infra: cdk synth) ---\nAwsSolutions-IAM4');
  });
  it('renders Markdown whose fences survive backticks in the output, timed as in the terminal', () => {
    const markdown = formatChecksMarkdown(checks);
    expect(markdown).toContain('| `cdk-synth` | `packages/infra` | ❌ failed | 15 s |');
    expect(markdown).toContain('````text\nAwsSolutions-IAM4 ```x``` | y\n````');
  });
});

const check = (status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult => ({
  name: 'pytest',
  project: 'packages/orders-api',
  command: 'uv run pytest',
  status,
  durationMs: 1530,
  ...extra,
});

describe('formatChecksMarkdown', () => {
  it('tabulates results with counts, and shows failure output in a fence it cannot break out of', () => {
    const text = formatChecksMarkdown([
      check('passed', { counts: { passed: 12, failed: 0, skipped: 1 } }),
      check('failed', {
        name: 'ruff-check',
        durationMs: 80,
        detail: 'E501 line too long\n```\n## injected',
      }),
    ]);
    expect(text).toContain(
      '| `pytest` | `packages/orders-api` | ✅ passed (12 passed, 0 failed, 1 skipped) | 1.5 s |',
    );
    expect(text).toContain('| `ruff-check` | `packages/orders-api` | ❌ failed | 80 ms |');
    expect(text).toContain(
      '<summary>ruff-check output</summary>\n\n````text\nE501 line too long\n```\n## injected\n````',
    );
  });

  it('says "Not run" and why when every check was skipped or none ran', () => {
    expect(formatChecksMarkdown([check('skipped', { detail: 'uv is not installed' })])).toBe(
      '**Not run** — uv is not installed. Run them yourself before merging (see _Next steps_).',
    );
    expect(formatChecksMarkdown([], 'verification was turned off')).toMatch(
      /^\*\*Not run\*\* — verification was turned off\./,
    );
  });
});
