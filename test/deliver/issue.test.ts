import { describe, expect, it } from 'vitest';
import {
  issueEvent,
  mayGenerate,
  STATUS_MARKER,
  upsertStatusComment,
} from '../../src/deliver/issue.js';
import { fakeGitHub } from './fake-github.js';

const repo = { owner: 'o', repo: 'r' };
const sender = { login: 'mia' };

describe('issueEvent', () => {
  const own = { user: { login: 'mia' }, body: '### API name\n\norders-api' };
  const strangers = { user: { login: 'dan' }, body: '### API name\n\nbilling' };

  it("runs on the author's own opened or reopened issue, and on their edit of its body, with the body the event carried", () => {
    expect(issueEvent('issues', { action: 'opened', sender, issue: own })).toEqual({
      run: true,
      sender: 'mia',
      why: 'issue opened',
      body: own.body,
    });
    expect(issueEvent('issues', { action: 'reopened', sender, issue: own }).run).toBe(true);
    expect(
      issueEvent('issues', {
        action: 'edited',
        sender,
        issue: own,
        changes: { body: { from: 'x' } },
      }).run,
    ).toBe(true);
  });

  it("does not take a writer's edit or reopening of someone else's issue as an approval", () => {
    const edited = issueEvent('issues', {
      action: 'edited',
      sender,
      issue: strangers,
      changes: { body: { from: 'x' } },
    });
    expect(edited).toEqual({
      run: false,
      why: "@mia edited @dan's request; add the label scaffold-retry to approve it",
    });
    expect(issueEvent('issues', { action: 'reopened', sender, issue: strangers })).toEqual({
      run: false,
      why: "@mia reopened @dan's request; add the label scaffold-retry to approve it",
    });
    expect(
      issueEvent('issues', {
        action: 'labeled',
        sender,
        issue: strangers,
        label: { name: 'scaffold-request' },
      }).run,
    ).toBe(false);
    // An event that does not say whose issue it is approves nothing either.
    expect(issueEvent('issues', { action: 'opened', sender }).run).toBe(false);
  });

  it('does not run on a title-only edit, or on other labels', () => {
    const titleOnly = { action: 'edited', sender, issue: own, changes: { title: { from: 'x' } } };
    expect(issueEvent('issues', titleOnly as never).run).toBe(false);
    expect(
      issueEvent('issues', { action: 'labeled', sender, issue: own, label: { name: 'bug' } }).run,
    ).toBe(false);
    expect(issueEvent('issues', { action: 'closed', sender, issue: own }).run).toBe(false);
  });

  it("runs when the retry label is added to anyone's issue, with the body as it was then, and marks the label to be taken off", () => {
    expect(
      issueEvent('issues', {
        action: 'labeled',
        sender,
        issue: strangers,
        label: { name: 'scaffold-retry' },
      }),
    ).toEqual({
      run: true,
      sender: 'mia',
      why: 'label scaffold-retry added',
      consumesLabel: 'scaffold-retry',
      body: strangers.body,
    });
  });

  it('runs when the author adds the request label to their issue opened without the form', () => {
    const event = issueEvent('issues', {
      action: 'labeled',
      sender,
      issue: own,
      label: { name: 'scaffold-request' },
    });
    expect(event).toMatchObject({ run: true, sender: 'mia' });
    expect('consumesLabel' in event).toBe(false);
  });

  it('asks for a sender', () => {
    expect(issueEvent('issues', { action: 'opened', issue: own }).run).toBe(false);
  });

  it('runs a manual run naming an issue for whoever started it, on the body as it reads then', () => {
    expect(issueEvent('workflow_dispatch', { sender })).toEqual({
      run: true,
      sender: 'mia',
      why: 'workflow_dispatch',
    });
  });
});

describe('mayGenerate', () => {
  it.each([
    ['admin', 'admin', true],
    ['write', 'maintain', true],
    ['write', 'write', true],
    ['write', 'release-manager', true],
    ['read', 'triage', false],
    ['read', 'read', false],
    ['none', 'none', false],
  ])('permission %s (role %s) → %s', async (permission, role, allowed) => {
    const fake = fakeGitHub({ role: [permission, role] });
    expect(await mayGenerate(fake.gh, repo, 'someone')).toEqual({ allowed, role });
  });
});

describe('upsertStatusComment', () => {
  it('creates one comment, then edits it in place', async () => {
    const fake = fakeGitHub();
    const first = await upsertStatusComment(fake.gh, repo, 3, 'working');
    const second = await upsertStatusComment(fake.gh, repo, 3, 'done');
    expect(second).toBe(first);
    expect(fake.comments).toEqual([
      { id: first, issue: 3, body: `${STATUS_MARKER}\ndone`, author: 'github-actions[bot]' },
    ]);
  });

  it.each(['jane', 'other-app[bot]'])(
    "never edits a comment by %s that copies the marker, only the token's own",
    async (author) => {
      const fake = fakeGitHub();
      fake.comments.push({
        id: 1,
        issue: 3,
        body: `${STATUS_MARKER}\nI am the status now`,
        author,
      });
      const id = await upsertStatusComment(fake.gh, repo, 3, 'working');
      expect(id).not.toBe(1);
      expect(fake.comments[0]!.body).toBe(`${STATUS_MARKER}\nI am the status now`);
      // The next run finds the comment the token wrote, not the look-alike.
      expect(await upsertStatusComment(fake.gh, repo, 3, 'done')).toBe(id);
      expect(fake.comments.map((comment) => comment.body)).toEqual([
        `${STATUS_MARKER}\nI am the status now`,
        `${STATUS_MARKER}\ndone`,
      ]);
    },
  );
});
