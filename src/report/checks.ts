// The generated project's check results as people read them: a plain-text table for the terminal and a
// Markdown table for the pull request. Failing output follows the table, one block per failed check.

import type { CheckResult } from '../verify/types.js';
import { fenced } from './markdown.js';

/** `80 ms`, `1.5 s`, `15 s`: as precise as a reader comparing runs needs. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function formatCounts(check: CheckResult): string {
  if (!check.counts) return '';
  const { passed, failed, skipped } = check.counts;
  return [`${passed} passed`, failed ? `${failed} failed` : '', skipped ? `${skipped} skipped` : '']
    .filter(Boolean)
    .join(', ');
}

function note(check: CheckResult): string {
  if (check.status === 'skipped') return check.detail ?? '';
  return formatCounts(check);
}

export function summarizeChecks(checks: readonly CheckResult[]): string {
  const count = (status: CheckResult['status']) =>
    checks.filter((check) => check.status === status).length;
  return `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`;
}

export function formatChecksTable(checks: readonly CheckResult[]): string {
  const rows = checks.map((check) => [
    check.name,
    check.project,
    check.status,
    check.status === 'skipped' ? '' : formatDuration(check.durationMs),
    note(check),
  ]);
  const header = ['check', 'project', 'status', 'time', 'notes'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const failures = checks
    .filter((check) => check.status === 'failed')
    .map(
      (check) =>
        `--- ${check.name} (${check.project}: ${check.command}) ---\n${check.detail ?? ''}`,
    );
  return [
    line(header),
    ...rows.map(line),
    '',
    summarizeChecks(checks),
    ...failures.flatMap((f) => ['', f]),
  ].join('\n');
}

/** The pull request's checks section; `note` says why no checks ran, when none did. */
export function formatChecksMarkdown(checks: readonly CheckResult[], note?: string): string {
  const ran = checks.filter((check) => check.status !== 'skipped');
  if (ran.length === 0) {
    const why =
      note ?? checks.find((check) => check.detail)?.detail ?? 'the verify stage did not run';
    return `**Not run** — ${why}. Run them yourself before merging (see _Next steps_).`;
  }
  const icon = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;
  const rows = checks.map((check) => {
    const counts = check.counts
      ? ` (${check.counts.passed} passed, ${check.counts.failed} failed, ${check.counts.skipped} skipped)`
      : '';
    return `| \`${check.name}\` | \`${check.project}\` | ${icon[check.status]}${counts} | ${formatDuration(check.durationMs)} |`;
  });
  const failures = checks
    .filter((check) => check.status === 'failed' && check.detail)
    .map(
      (check) =>
        `<details><summary>${check.name} output</summary>\n\n${fenced(check.detail!)}\n\n</details>`,
    );
  return [
    '| Check | Project | Result | Time |',
    '|---|---|---|---|',
    ...rows,
    ...(failures.length ? ['', ...failures] : []),
  ].join('\n');
}
