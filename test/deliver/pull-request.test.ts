import { describe, expect, it } from 'vitest';
import { eventually, upsertPullRequest, type Pacing } from '../../src/deliver/pull-request.js';
import { fakeGitHub, HttpError } from './fake-github.js';

const repo = { owner: 'o', repo: 'r' };
const spec = {
  head: 'scaffold/orders-api',
  base: 'main',
  title: 'Scaffold',
  body: 'body',
  labels: ['fastapi-scaffold'],
  removeLabels: ['checks-failed'],
  draft: false,
};

function pacing(): Pacing & { waits: number[] } {
  const waits: number[] = [];
  return { waits, backoffMs: [10, 20, 40], sleep: async (ms) => void waits.push(ms) };
}

const notYet = () => new HttpError(422, "Could not resolve to a node with the global id of 'PR_x'");
const exists = () =>
  Object.assign(new HttpError(422, 'Validation Failed'), {
    response: {
      data: { errors: [{ message: 'A pull request already exists for o:scaffold/orders-api.' }] },
    },
  });

describe('upsertPullRequest', () => {
  it('creates the pull request the first time and labels it', async () => {
    const fake = fakeGitHub();
    const result = await upsertPullRequest(fake.gh, repo, spec, pacing());
    expect(result.operation).toBe('created');
    expect(fake.pulls).toHaveLength(1);
    expect(fake.labels.get(result.pull.number)).toEqual(['fastapi-scaffold']);
  });

  it('opens a draft when asked to (a check failed), and only takes stale labels off an existing one', async () => {
    const failing = fakeGitHub();
    const created = await upsertPullRequest(
      failing.gh,
      repo,
      { ...spec, draft: true, labels: ['fastapi-scaffold', 'checks-failed'], removeLabels: [] },
      pacing(),
    );
    expect(failing.pulls[0]).toMatchObject({ number: created.pull.number, draft: true });
    expect(failing.labels.get(created.pull.number)).toEqual(['fastapi-scaffold', 'checks-failed']);
    expect(failing.calls).not.toContain('removeLabel');

    // The next run passes: the same pull request loses the label.
    const passing = await upsertPullRequest(failing.gh, repo, spec, pacing());
    expect(passing).toMatchObject({ operation: 'updated', pull: { number: created.pull.number } });
    expect(failing.labels.get(created.pull.number)).toEqual(['fastapi-scaffold']);
  });

  it('updates the open pull request of the branch instead of opening a second one', async () => {
    const fake = fakeGitHub({ pulls: [{ number: 7, url: 'u', headSha: 's', head: spec.head }] });
    const result = await upsertPullRequest(fake.gh, repo, spec, pacing());
    expect(result).toMatchObject({ operation: 'updated', pull: { number: 7 } });
    expect(fake.calls).not.toContain('createPull');
  });

  it('on 422 "A pull request already exists" finds the open one (waiting for it to be listed) and updates it', async () => {
    const fake = fakeGitHub();
    // The listing misses it, then creating says it exists, then the listing catches up.
    const openPull = fake.gh.openPull;
    let listings = 0;
    fake.gh.openPull = async (r, head) => (listings++ < 2 ? undefined : openPull(r, head));
    fake.pulls.push({ number: 9, url: 'u', headSha: 's', head: spec.head });
    fake.failures.createPull = [exists()];
    const timing = pacing();
    const result = await upsertPullRequest(fake.gh, repo, spec, timing);
    expect(result).toMatchObject({ operation: 'updated', pull: { number: 9 } });
    expect(timing.waits).toEqual([10]);
  });

  it('retries "Could not resolve to a node" right after creation, with growing waits', async () => {
    const fake = fakeGitHub();
    fake.failures.addLabels = [notYet(), notYet()];
    const timing = pacing();
    const result = await upsertPullRequest(fake.gh, repo, spec, timing);
    expect(result.operation).toBe('created');
    expect(timing.waits).toEqual([10, 20]);
    expect(fake.labels.get(result.pull.number)).toEqual(['fastapi-scaffold']);
  });

  it('gives up after the last backoff, and never retries other errors', async () => {
    const fake = fakeGitHub();
    fake.failures.addLabels = [notYet(), notYet(), notYet(), notYet()];
    await expect(upsertPullRequest(fake.gh, repo, spec, pacing())).rejects.toThrow(
      /Could not resolve to a node/,
    );

    const other = fakeGitHub();
    other.failures.createPull = [new HttpError(422, 'Validation Failed: base is invalid')];
    const timing = pacing();
    await expect(upsertPullRequest(other.gh, repo, spec, timing)).rejects.toThrow(
      /base is invalid/,
    );
    expect(timing.waits).toEqual([]);
  });
});

describe('eventually', () => {
  it('returns the first success', async () => {
    let attempts = 0;
    const value = await eventually(async () => {
      if (attempts++ === 0) throw notYet();
      return 'done';
    }, pacing());
    expect([value, attempts]).toEqual(['done', 2]);
  });
});
