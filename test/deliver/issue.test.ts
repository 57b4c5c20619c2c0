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
  it('runs on an opened or reopened issue, and on an edit that changed the body', () => {
    expect(issueEvent('issues', { action: 'opened', sender })).toMatchObject({
      run: true,
      sender: 'mia',
    });
    expect(issueEvent('issues', { action: 'reopened', sender }).run).toBe(true);
    expect(
      issueEvent('issues', { action: 'edited', sender, changes: { body: { from: 'x' } } }).run,
    ).toBe(true);
  });

  it('does not run on a title-only edit, or on other labels', () => {
    const titleOnly = { action: 'edited', sender, changes: { title: { from: 'x' } } };
    expect(issueEvent('issues', titleOnly as never).run).toBe(false);
    expect(issueEvent('issues', { action: 'labeled', sender, label: { name: 'bug' } }).run).toBe(
      false,
    );
    expect(issueEvent('issues', { action: 'closed', sender }).run).toBe(false);
  });

  it('runs again when the retry label is added, and marks that label to be taken off', () => {
    expect(
      issueEvent('issues', { action: 'labeled', sender, label: { name: 'scaffold-retry' } }),
    ).toEqual({
      run: true,
      sender: 'mia',
      why: 'label scaffold-retry added',
      consumesLabel: 'scaffold-retry',
    });
  });

  it('runs when the request label is added to an issue opened without the form', () => {
    const event = issueEvent('issues', {
      action: 'labeled',
      sender,
      label: { name: 'scaffold-request' },
    });
    expect(event).toMatchObject({ run: true, sender: 'mia' });
    expect('consumesLabel' in event).toBe(false);
  });

  it('asks for a sender', () => {
    expect(issueEvent('issues', { action: 'opened' }).run).toBe(false);
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
      { id: first, issue: 3, body: `${STATUS_MARKER}\ndone`, authorType: 'Bot' },
    ]);
  });

  it("never edits a person's comment that copies the marker", async () => {
    const fake = fakeGitHub();
    fake.comments.push({
      id: 1,
      issue: 3,
      body: `${STATUS_MARKER}\nI am the status now`,
      authorType: 'User',
    });
    const id = await upsertStatusComment(fake.gh, repo, 3, 'working');
    expect(id).not.toBe(1);
    expect(fake.comments[0]!.body).toBe(`${STATUS_MARKER}\nI am the status now`);
  });
});
