// The GitHub client against the GitHub stand-in on 127.0.0.1: deadlines (real, but short), retries and the
// run's budget (on a clock the test drives), and answers GitHub would not give.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALL_LIMITS, type CallLimits, type Clock } from '../../src/deliver/github-calls.js';
import { gitHub, octokit, type GitHub } from '../../src/deliver/github.js';
import { startFakeGitHub, type FakeGitHub, type FakePull } from '../e2e/github-server.js';

const TOKEN = 'ghs_unitTestToken';
const repo = { owner: 'acme', repo: 'services' };
const ISSUE = `GET /repos/acme/services/issues/7`;

let server: FakeGitHub;
let warnings: string[];

/** Time that passes only when the client waits: every wait is recorded, none is slept. */
function testClock(): Clock & { waits: number[] } {
  let now = Date.parse('2026-11-02T10:00:00Z');
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

function client(limits: Partial<CallLimits> = {}, clock: Clock = testClock()): GitHub {
  return gitHub(
    octokit({
      token: TOKEN,
      baseUrl: server.url,
      log: { warn: (message) => warnings.push(message), info: () => {} },
      limits: { ...CALL_LIMITS, requestMs: 500, ...limits },
      clock,
    }),
  );
}

const openPull: FakePull = {
  number: 12,
  head: 'scaffold/orders-api',
  base: 'main',
  title: 't',
  body: 'b',
  state: 'open',
  draft: false,
  labels: [],
};

const callsOf = (operation: string) => server.calls.filter((call) => call.operation === operation);

const secondaryLimit = (retryAfter: string) => ({
  status: 403,
  headers: { 'retry-after': retryAfter },
  body: {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    status: '403',
  },
});

beforeEach(async () => {
  warnings = [];
  server = await startFakeGitHub(
    {
      ...repo,
      defaultBranch: 'main',
      roles: { mia: 'maintain' },
      issues: new Map([
        [
          7,
          {
            title: 'New service',
            body: '### API name\n\norders',
            author: 'mia',
            comments: [],
            labels: [],
          },
        ],
      ]),
      pulls: [],
      staleListings: 0,
    },
    TOKEN,
  );
});

afterEach(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

describe('deadline', () => {
  it('ends a call that never answers at the deadline, names it, and does not repeat it', async () => {
    server.faults.push({ operation: 'issues/get', kind: 'hang' });
    const started = Date.now();
    await expect(client({ requestMs: 300 }).issue(repo, 7)).rejects.toThrow(
      `GitHub sent no answer to ${ISSUE} within 0.3 s`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(callsOf('issues/get')).toHaveLength(1);
  });

  it('counts the body against the same deadline: an answer that trickles in fails too', async () => {
    server.state.pulls.push(openPull);
    server.faults.push({ operation: 'pulls/list', kind: 'trickle', byteEveryMs: 100 });
    const started = Date.now();
    await expect(client({ requestMs: 400 }).openPull(repo, 'scaffold/orders-api')).rejects.toThrow(
      "GitHub's answer (200) to GET /repos/acme/services/pulls was still arriving after 0.4 s",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('leaves a slow but complete answer alone', async () => {
    server.faults.push({ operation: 'pulls/list', kind: 'trickle', byteEveryMs: 50 });
    // pulls/list with no pull request is `[]`: two bytes, 100 ms.
    await expect(client({ requestMs: 1000 }).openPull(repo, 'scaffold/x')).resolves.toBeUndefined();
  });
});

describe('answers that are not whole', () => {
  it('takes a body that is not valid JSON for a failure of GitHub, tries again, and names the call', async () => {
    server.faults.push({ operation: 'issues/get', kind: 'truncate', times: 4 });
    const clock = testClock();
    const error = await client({}, clock)
      .issue(repo, 7)
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^GitHub's answer \\(200\\) to ${ISSUE} is not valid JSON \\(\\d+ bytes\\) 4 times`,
      ),
    );
    expect(clock.waits).toEqual([1000, 2000, 4000]);
  });

  it('reads the issue once GitHub answers it whole', async () => {
    server.faults.push({ operation: 'issues/get', kind: 'reset' });
    const issue = await client().issue(repo, 7);
    expect(issue.body).toBe('### API name\n\norders');
    expect(warnings[0]).toMatch(new RegExp(`^GitHub's answer \\(200\\) to ${ISSUE} broke off`));
  });

  it('fails naming the call, not with a TypeError, when a pull request list is cut off', async () => {
    server.state.pulls.push(openPull);
    server.faults.push({ operation: 'pulls/list', kind: 'truncate', times: 4 });
    await expect(client().openPull(repo, 'scaffold/orders-api')).rejects.toThrow(
      /^GitHub's answer \(200\) to GET \/repos\/acme\/services\/pulls is not valid JSON .* 4 times$/,
    );
  });

  it('does not repeat a write whose answer was lost: it may have been done', async () => {
    server.faults.push({ operation: 'issues/create-comment', kind: 'truncate' });
    await expect(client().createComment(repo, 7, 'hello')).rejects.toThrow(
      /^GitHub's answer \(201\) to POST \/repos\/acme\/services\/issues\/7\/comments is not valid JSON/,
    );
    expect(server.state.issues.get(7)!.comments).toHaveLength(1);
  });

  it('fails naming the call and the fields when an answer lacks what delivery relies on', async () => {
    server.faults.push({
      operation: 'pulls/create',
      status: 201,
      body: { number: 5, html_url: 'https://github.com/acme/services/pull/5' },
    });
    await expect(
      client().createPull(repo, { head: 'h', base: 'main', title: 't', body: 'b', draft: false }),
    ).rejects.toThrow(
      "GitHub's answer to POST /repos/acme/services/pulls lacks head.sha (string); it is not the answer GitHub documents",
    );
  });
});

describe('retries', () => {
  it('tries a server error four times with growing waits, then names the call and the count', async () => {
    server.faults.push({
      operation: 'issues/get',
      status: 503,
      body: { message: 'Service Unavailable' },
      times: 4,
    });
    const clock = testClock();
    await expect(client({}, clock).issue(repo, 7)).rejects.toThrow(
      `GitHub answered 503 to ${ISSUE} 4 times: Service Unavailable`,
    );
    expect(clock.waits).toEqual([1000, 2000, 4000]);
    expect(warnings).toEqual([
      `GitHub answered 503 to ${ISSUE}: Service Unavailable; trying again in 1 s`,
      `GitHub answered 503 to ${ISSUE}: Service Unavailable; trying again in 2 s`,
      `GitHub answered 503 to ${ISSUE}: Service Unavailable; trying again in 4 s`,
    ]);
  });

  it('waits as long as retry-after says, when the run can afford it', async () => {
    server.faults.push({ operation: 'pulls/create', ...secondaryLimit('60') });
    const clock = testClock();
    const pull = await client({}, clock).createPull(repo, {
      head: 'scaffold/orders-api',
      base: 'main',
      title: 't',
      body: 'b',
      draft: false,
    });
    expect(pull.number).toBeGreaterThan(0);
    expect(clock.waits).toEqual([60_000]);
  });

  it('refuses at once a retry-after longer than the run can afford, saying how long GitHub asked for', async () => {
    server.faults.push({ operation: 'pulls/create', ...secondaryLimit('3600') });
    const clock = testClock();
    await expect(
      client({}, clock).createPull(repo, {
        head: 'h',
        base: 'main',
        title: 't',
        body: 'b',
        draft: false,
      }),
    ).rejects.toThrow(
      /^GitHub answered 403 to POST \/repos\/acme\/services\/pulls: You have exceeded a secondary rate limit.*; GitHub asked to wait 3600 s \(secondary rate limit\) before trying again, more than the 180 s this run can still wait/,
    );
    expect(clock.waits).toEqual([]);
    expect(callsOf('pulls/create')).toHaveLength(1);
  });

  it('waits until the primary rate limit resets', async () => {
    const clock = testClock();
    const reset = Math.floor(clock.now() / 1000) + 30;
    server.faults.push({
      operation: 'issues/get',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    await client({}, clock).issue(repo, 7);
    // Until the reset, and a second more.
    expect(clock.waits).toEqual([31_000]);
  });

  it('shares one budget of retries across the calls of a run', async () => {
    const gh = client({ retries: 3 });
    server.faults.push({ operation: 'issues/get', status: 502, body: 'Bad Gateway', times: 3 });
    await gh.issue(repo, 7);
    server.faults.push({
      operation: 'issues/list-comments',
      status: 500,
      body: { message: 'Server Error' },
    });
    await expect(gh.comments(repo, 7)).rejects.toThrow(
      "GitHub answered 500 to GET /repos/acme/services/issues/7/comments: Server Error; the run's retries (3, 180 s in all) are spent",
    );
  });

  it('shares one budget of time across the calls of a run', async () => {
    const clock = testClock();
    const gh = client({ retryMs: 5000 }, clock);
    server.faults.push({ operation: 'issues/get', status: 502, body: 'Bad Gateway', times: 2 });
    await gh.issue(repo, 7);
    expect(clock.waits).toEqual([1000, 2000]);
    // 3 s spent; a 4 s wait would take the run past its 5 s.
    server.faults.push({ operation: 'issues/get', status: 502, body: 'Bad Gateway', times: 3 });
    await expect(gh.issue(repo, 7)).rejects.toThrow(
      `GitHub answered 502 to ${ISSUE} twice: Bad Gateway; the run's retries (10, 5 s in all) are spent`,
    );
    expect(clock.waits).toEqual([1000, 2000, 1000]);
  });

  it('does not repeat what GitHub refused, and keeps its status and answer for the caller', async () => {
    server.faults.push({
      operation: 'pulls/create',
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ message: 'A pull request already exists for acme:h.' }],
      },
    });
    const error = await client()
      .createPull(repo, { head: 'h', base: 'main', title: 't', body: 'b', draft: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      message: expect.stringMatching(
        /^GitHub answered 422 to POST \/repos\/acme\/services\/pulls: Validation Failed/,
      ),
      response: { data: { errors: [{ message: 'A pull request already exists for acme:h.' }] } },
    });
    expect(callsOf('pulls/create')).toHaveLength(1);
  });
});
