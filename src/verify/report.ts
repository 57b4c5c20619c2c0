// Check results as people read them: a plain-text table for the terminal and Markdown for a pull-request
// body or a job summary. Failing output follows the table, one block per failed check.

import type { CheckResult } from './types.js';

export function formatDuration(ms: number): string {
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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Longest run of backticks in `text`, so a fence around it can be one longer. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export function formatChecksMarkdown(checks: readonly CheckResult[]): string {
  const icon = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;
  const rows = checks.map(
    (check) =>
      `| ${icon[check.status]} ${check.status} | \`${cell(check.name)}\` | \`${cell(check.project)}\` | ${
        check.status === 'skipped' ? '' : formatDuration(check.durationMs)
      } | ${cell(note(check))} |`,
  );
  const failures = checks
    .filter((check) => check.status === 'failed')
    .map((check) => {
      const detail = check.detail ?? '';
      const fence = fenceFor(detail);
      return `<details><summary><code>${check.name}</code> failed in <code>${check.project}</code> (<code>${check.command}</code>)</summary>\n\n${fence}text\n${detail}\n${fence}\n\n</details>`;
    });
  return [
    '| status | check | project | time | notes |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    summarizeChecks(checks),
    ...failures.flatMap((failure) => ['', failure]),
  ].join('\n');
}
