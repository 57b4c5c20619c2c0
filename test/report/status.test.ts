import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../src/report/status.js';

describe('renderStatus', () => {
  it('puts failure reasons, which may quote the requester, inside a fence', () => {
    const text = renderStatus({
      kind: 'failed',
      reason: 'name "```@everyone```" is bad',
      yours: true,
    });
    expect(text).toContain('````text\nname "```@everyone```" is bad\n````');
    expect(text).toContain('Edit the issue to fix it');
  });

  it('tells a requester without write access who can start it', () => {
    expect(renderStatus({ kind: 'refused', login: 'dan', role: 'none' })).toContain(
      '@dan has no access). A maintainer can start it by adding the label `scaffold-retry`',
    );
  });

  it('shows ✅ only for a pull request whose checks passed', () => {
    const ready = {
      kind: 'ready',
      url: 'https://x/pull/3',
      number: 3,
      operation: 'updated',
      conflicts: 0,
    } as const;
    expect(renderStatus({ ...ready, failedChecks: 0 })).toMatch(
      /^✅ Pull request #3 is updated: https:\/\/x\/pull\/3\.\n/,
    );
    const failing = renderStatus({ ...ready, failedChecks: 2 });
    expect(failing).not.toContain('✅');
    expect(failing).toMatch(
      /^⚠️ Pull request #3 is updated: https:\/\/x\/pull\/3\. 2 check\(s\) of the generated project failed/,
    );
  });

  it('says that an update left conflicts to resolve, and that the pull request says how', () => {
    const text = renderStatus({
      kind: 'ready',
      url: 'https://x/pull/3',
      number: 3,
      operation: 'created',
      failedChecks: 0,
      conflicts: 2,
    });
    expect(text).not.toContain('✅');
    expect(text).toMatch(
      /^⚠️ Pull request #3 is ready: https:\/\/x\/pull\/3\. 2 files have conflicting changes .* to resolve before its checks can run; the pull request says how\./,
    );
  });
});
