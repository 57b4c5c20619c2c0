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

  it('does not run on a title-only edit, a label, or other comments', () => {
    expect(
      issueEvent('issues', { action: 'edited', sender, changes: { title: { from: 'x' } } } as never)
        .run,
    ).toBe(false);
    expect(issueEvent('issues', { action: 'labeled', sender }).run).toBe(false);
    expect(
      issueEvent('issue_comment', {
        action: 'created',
        sender,
        comment: { body: 'thanks! /scaffold retry' },
      }).run,
    ).toBe(false);
    expect(
      issueEvent('issue_comment', {
        action: 'edited',
        sender,
        comment: { body: '/scaffold retry' },
      }).run,
    ).toBe(false);
  });

  it('runs on a "/scaffold retry" comment, whoever wrote it (authorization comes next)', () => {
    expect(
      issueEvent('issue_comment', {
        action: 'created',
        sender,
        comment: { body: '  /scaffold retry please' },
      }),
    ).toMatchObject({
      run: true,
      sender: 'mia',
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
