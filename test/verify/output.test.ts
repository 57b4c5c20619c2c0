import { describe, expect, it } from 'vitest';
import { junitCounts, outputTail, runnerCounts } from '../../src/verify/output.js';

describe('junitCounts', () => {
  it('sums suites and counts errors as failures', () => {
    const xml = `<?xml version="1.0"?><testsuites>
      <testsuite name="a" errors="1" failures="2" skipped="1" tests="10" time="0.1">
      </testsuite><testsuite name="b" tests="3" failures="0" errors="0" skipped="0"></testsuite></testsuites>`;
    expect(junitCounts(xml)).toEqual({ passed: 9, failed: 3, skipped: 1 });
  });
  it('is undefined without a suite', () => {
    expect(junitCounts('<testsuites></testsuites>')).toBeUndefined();
  });
});

describe('runnerCounts', () => {
  it('reads vitest', () => {
    const out =
      ' Test Files  2 passed (2)\n      Tests  \u001b[1m\u001b[31m1 failed\u001b[39m | 7 passed | 2 skipped (10)\n';
    expect(runnerCounts(out)).toEqual({ passed: 7, failed: 1, skipped: 2 });
  });
  it('reads jest', () => {
    expect(runnerCounts('Tests:       1 failed, 1 todo, 4 passed, 6 total\n')).toEqual({
      passed: 4,
      failed: 1,
      skipped: 1,
    });
  });
  it("reads node's test runner", () => {
    expect(runnerCounts('# tests 5\n# pass 4\n# fail 1\n# skipped 0\n# todo 0\n')).toEqual({
      passed: 4,
      failed: 1,
      skipped: 0,
    });
    expect(runnerCounts('ℹ tests 3\nℹ pass 3\nℹ fail 0\n')).toEqual({
      passed: 3,
      failed: 0,
      skipped: 0,
    });
  });
  it('is undefined for output without a summary', () => {
    expect(runnerCounts('all good\n')).toBeUndefined();
  });
});

describe('outputTail', () => {
  it('keeps the last lines, without colour codes or trailing blank lines', () => {
    const out =
      Array.from({ length: 100 }, (_, i) => `\u001b[31mline ${i}\u001b[0m`).join('\r\n') + '\n\n';
    const tail = outputTail(out, 3);
    expect(tail).toBe('line 97\nline 98\nline 99');
  });
  it('caps the length from the front', () => {
    const tail = outputTail('x'.repeat(10_000), 40, 100);
    expect(tail).toHaveLength(100);
    expect(tail.startsWith('…')).toBe(true);
  });
});
