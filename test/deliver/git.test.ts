// What a git failure says, with real git: the reason git gives, not the advice it prints after it, and what to do
// when the action runs where actions/checkout has not put a repository.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, requireCheckout } from '../../src/deliver/git.js';
import { scaffold } from '../../src/scaffold.js';
import { REAL_TEMPLATE_SET } from '../helpers.js';
import { fakeGitHub } from './fake-github.js';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@x',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@x',
};

let dir: string;
const sh = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
// Git must not find a repository above the test's directory, whatever holds the temp dir.
const outside = () => git(join(dir, 'plain'), { env: { GIT_CEILING_DIRECTORIES: dir } });

/** The error `run` fails with; a run that succeeds fails the test. */
const failureOf = (run: Promise<unknown>): Promise<Error> =>
  run.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: Error) => error,
  );

/** A bare remote holding `main`, and a clone of it. */
function remoteAndClone(): { remote: string; clone: string } {
  const remote = join(dir, 'remote.git');
  const clone = join(dir, 'clone');
  sh(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  sh(dir, 'clone', '--quiet', remote, clone);
  sh(clone, 'commit', '--quiet', '--allow-empty', '-m', 'first');
  sh(clone, 'push', '--quiet', 'origin', 'main');
  return { remote, clone };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'git-test-'));
  mkdirSync(join(dir, 'plain'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('git failures', () => {
  it('keep the rejected ref and git’s error line of a failed push, not the hints printed after them', async () => {
    const { remote, clone } = remoteAndClone();
    const other = join(dir, 'other');
    sh(dir, 'clone', '--quiet', remote, other);
    sh(other, 'commit', '--quiet', '--allow-empty', '-m', 'theirs');
    sh(other, 'push', '--quiet', 'origin', 'main');
    sh(clone, 'commit', '--quiet', '--allow-empty', '-m', 'ours');

    const error = await failureOf(git(clone, { env: IDENTITY })(['push', 'origin', 'HEAD:main']));
    expect(error.message).toMatch(
      /^git push failed \(exit 1\): ! \[rejected\] +HEAD -> main \(fetch first\) \| error: failed to push some refs to '.*remote\.git'$/,
    );
  });

  it('keep what the server says when it declines a push', async () => {
    const { remote, clone } = remoteAndClone();
    const hook = join(remote, 'hooks/pre-receive');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'echo "error: GH013: Repository rule violations found for refs/heads/main." >&2',
        'echo "Review all repository rules at https://github.com/acme/services/rules" >&2',
        'echo "" >&2',
        'echo "- Changes must be made through a pull request." >&2',
        'exit 1',
        '',
      ].join('\n'),
    );
    chmodSync(hook, 0o755);
    sh(clone, 'commit', '--quiet', '--allow-empty', '-m', 'ours');

    const error = await failureOf(git(clone)(['push', 'origin', 'HEAD:main']));
    expect(error.message).toContain(
      'remote: error: GH013: Repository rule violations found for refs/heads/main.',
    );
    expect(error.message).toContain('! [remote rejected] HEAD -> main (pre-receive hook declined)');
  });

  it('say where git could not even start', async () => {
    const missing = join(dir, 'gone');
    const error = await failureOf(git(missing)(['status']));
    expect(error.message).toBe(`git status could not start in ${missing}: no such directory`);
  });
});

describe('a workspace that is not a git repository', () => {
  it('is reported with git’s own words and what to do', async () => {
    await expect(requireCheckout(outside(), join(dir, 'plain'))).rejects.toThrow(
      `${join(dir, 'plain')} is not a git repository: run actions/checkout first (git said: fatal: not a git repository`,
    );
  });

  it('stops the GitHub story before anything is generated, saying so in the summary', async () => {
    const workspace = join(dir, 'plain');
    const fake = fakeGitHub();
    const result = await scaffold(
      {
        repo: { owner: 'o', repo: 'r' },
        serverUrl: 'https://github.com',
        checkout: workspace,
        workspace: '.',
        tmpDir: dir,
        source: { kind: 'inputs', raw: { name: 'orders-api' }, actor: 'mia' },
        defaultBranch: 'main',
        labels: [],
        verify: false,
        dryRun: false,
        tool: { name: 'fastapi-scaffold', version: '0.0.0-test' },
      },
      {
        templates: () => REAL_TEMPLATE_SET,
        gh: fake.gh,
        git: (cwd) => git(cwd, { env: { GIT_CEILING_DIRECTORIES: dirname(workspace) } }),
        log: { info: () => {}, warning: () => {}, userError: () => {}, group: (_, task) => task() },
      },
    );
    expect(result).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(result.summary).toContain('# Generation failed');
    expect(result.summary).toContain(
      `${workspace} is not a git repository: run actions/checkout first`,
    );
    expect(fake.calls).toEqual([]);
  });
});
