// The bundled action against GitHub on a bad day (see harness.ts): calls that never answer, answers that trickle
// in or arrive cut off, a wait too long to afford, a lasting outage. Each run must end within the action's real
// limits (15 s per request) and say which call failed and how, on the issue and in the job summary.

import { describe, expect, it } from 'vitest';
import {
  github,
  ISSUE,
  issuePayload,
  OWNER,
  REPO,
  remoteBranch,
  runAction,
  statusComments,
  useActionHarness,
  type Run,
} from './harness.js';

useActionHarness();

const inputs = { 'issue-number': String(ISSUE), verify: 'false' };
const ISSUE_CALL = `GET /repos/${OWNER}/${REPO}/issues/${ISSUE}`;
const PULLS_CALL = `GET /repos/${OWNER}/${REPO}/pulls`;

async function timedRun(): Promise<Run & { seconds: number }> {
  const started = Date.now();
  const run = await runAction({ eventName: 'issues', payload: issuePayload('opened'), inputs });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

/** The run failed as GitHub's failure, with `reason` in the log, the summary and the status comment. */
function expectGitHubFailure(run: Run, reason: string): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`::error::${reason}`);
  expect(run.summary).toContain('# Generation failed');
  expect(run.summary).toContain(reason);
  const [comment] = statusComments();
  expect(comment!.body).toContain(
    '❌ Generation failed; running it again picks up where this run stopped:',
  );
  expect(comment!.body).toContain(reason);
  expect(comment!.body).not.toContain('Edit the issue to fix it');
  expect(`${run.stdout}${run.summary}`).not.toMatch(/Cannot read properties|TypeError/);
}

describe('GitHub on a bad day', { timeout: 60_000 }, () => {
  it('ends a call that never answers at the 15 s deadline, naming it', async () => {
    github.faults.push({ operation: 'issues/get', kind: 'hang' });
    const run = await timedRun();
    expectGitHubFailure(run, `GitHub sent no answer to ${ISSUE_CALL} within 15 s`);
    expect(run.seconds).toBeGreaterThanOrEqual(15);
    expect(run.seconds).toBeLessThan(30);
    expect(github.calls.filter((call) => call.operation === 'issues/get')).toHaveLength(1);
  });

  it('ends an answer that trickles in a byte every 10 s at the same deadline', async () => {
    github.faults.push({ operation: 'pulls/list', kind: 'trickle' });
    const run = await timedRun();
    expectGitHubFailure(
      run,
      `GitHub's answer (200) to ${PULLS_CALL} was still arriving after 15 s`,
    );
    expect(run.seconds).toBeLessThan(30);
    // It failed after the push; the next run takes it from there.
    expect(remoteBranch('scaffold/orders-api')).toBeDefined();
  });

  it('reports an issue answer cut off mid-JSON as a failure of GitHub, not of the request', async () => {
    github.faults.push({ operation: 'issues/get', kind: 'truncate', times: 4 });
    const run = await timedRun();
    expectGitHubFailure(run, `GitHub's answer (200) to ${ISSUE_CALL} is not valid JSON`);
    expect(run.stdout).toMatch(/is not valid JSON \(\d+ bytes\) 4 times/);
    expect(statusComments()[0]!.body).not.toContain('cannot be generated');
    expect(remoteBranch('scaffold/orders-api')).toBeUndefined();
  });

  it('reports a pull request list cut off mid-JSON as a named failure of GitHub', async () => {
    github.faults.push({ operation: 'pulls/list', kind: 'truncate', times: 4 });
    const run = await timedRun();
    expectGitHubFailure(run, `GitHub's answer (200) to ${PULLS_CALL} is not valid JSON`);
    expect(github.state.pulls).toEqual([]);
  });

  it('refuses at once a retry-after of an hour, saying GitHub asked to wait that long', async () => {
    github.faults.push({
      operation: 'pulls/create',
      status: 403,
      headers: { 'retry-after': '3600' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      },
    });
    const run = await timedRun();
    expectGitHubFailure(
      run,
      `GitHub answered 403 to POST /repos/${OWNER}/${REPO}/pulls: You have exceeded a secondary rate limit.`,
    );
    expect(run.stdout).toContain(
      'GitHub asked to wait 3600 s (secondary rate limit) before trying again, more than the 180 s this run can still wait. Run it again later.',
    );
    expect(run.seconds).toBeLessThan(15);
    expect(github.calls.filter((call) => call.operation === 'pulls/create')).toHaveLength(1);
  });

  it('names the call and the count when GitHub answers 503 four times', async () => {
    github.faults.push({
      operation: 'issues/get',
      status: 503,
      headers: { 'retry-after': '1' },
      body: { message: 'Service Unavailable' },
      times: 4,
    });
    const run = await timedRun();
    expectGitHubFailure(run, `GitHub answered 503 to ${ISSUE_CALL} 4 times: Service Unavailable`);
    expect(
      run.stdout.match(/^::warning::GitHub answered 503 .*; trying again in 1 s$/gm),
    ).toHaveLength(3);
  });
});
