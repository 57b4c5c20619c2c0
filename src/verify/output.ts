// Turns what a tool printed into report material: the trimmed tail a person reads to see why a check
// failed, and test counts from JUnit XML or a test runner's closing summary.

import type { CheckResult } from './types.js';

export type TestCounts = NonNullable<CheckResult['counts']>;

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** The last `maxLines` non-blank-trailing lines of `output`, colour codes removed, at most `maxChars` long. */
export function outputTail(output: string, maxLines = 40, maxChars = 4000): string {
  const lines = output.replace(ANSI, '').replace(/\r\n?/g, '\n').trimEnd().split('\n');
  let tail = lines.slice(-maxLines).join('\n');
  if (tail.length > maxChars) tail = `…${tail.slice(tail.length - maxChars + 1)}`;
  return tail;
}

function attribute(tag: string, name: string): number {
  const match = new RegExp(`\\s${name}="(\\d+)"`).exec(tag);
  return match ? Number(match[1]) : 0;
}

/**
 * Counts from a JUnit XML report (pytest's `--junitxml`). Sums the `<testsuite>` elements; errors count as
 * failures. Undefined when the text holds no suite.
 */
export function junitCounts(xml: string): TestCounts | undefined {
  const suites = xml.match(/<testsuite\s[^>]*>/g);
  if (!suites) return undefined;
  let tests = 0;
  let failed = 0;
  let skipped = 0;
  for (const tag of suites) {
    tests += attribute(tag, 'tests');
    failed += attribute(tag, 'failures') + attribute(tag, 'errors');
    skipped += attribute(tag, 'skipped');
  }
  return { passed: tests - failed - skipped, failed, skipped };
}

/**
 * Counts from the closing summary of the JavaScript test runners a constructs package may use: vitest
 * (`Tests  1 failed | 2 passed (3)`), jest (`Tests:       1 failed, 2 passed, 3 total`) and node's test
 * runner (`# pass 2` / `# fail 1` / `# skipped 0`). Undefined when none is found.
 */
export function runnerCounts(output: string): TestCounts | undefined {
  const text = output.replace(ANSI, '');
  const summary = [...text.matchAll(/^\s*Tests:?\s+(.*\d+\s+(?:passed|failed|skipped).*)$/gm)].at(
    -1,
  );
  if (summary) {
    const count = (word: string): number => {
      const match = new RegExp(`(\\d+)\\s+${word}`).exec(summary[1]!);
      return match ? Number(match[1]) : 0;
    };
    return {
      passed: count('passed'),
      failed: count('failed'),
      skipped: count('skipped') + count('todo'),
    };
  }
  const tap = (word: string): number | undefined => {
    const match = [...text.matchAll(new RegExp(`^[#ℹ]\\s*${word}\\s+(\\d+)\\s*$`, 'gm'))].at(-1);
    return match ? Number(match[1]) : undefined;
  };
  const passed = tap('pass');
  if (passed === undefined) return undefined;
  return {
    passed,
    failed: tap('fail') ?? 0,
    skipped: (tap('skipped') ?? 0) + (tap('todo') ?? 0),
  };
}
