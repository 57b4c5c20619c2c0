import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  branchIssue,
  commitChange,
  commitMessage,
  foreignCommits,
  stageChange,
} from '../../src/deliver/branch.js';
import { git, redactor } from '../../src/deliver/git.js';

let dir: string;
const run = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@x',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@x',
    },
  }).trim();
const commit = (message: string) => {
  writeFileSync(join(dir, 'file'), `${Math.random()}`);
  run('add', 'file');
  run('commit', '--quiet', '-m', message);
  return run('rev-parse', 'HEAD');
};
const request = {
  projectName: 'orders-api',
  name: 'Orders API',
  directory: 'packages',
  apiType: 'http-api',
  auth: 'iam',
  architecture: 'arm64',
};
const tool = { name: 'fastapi-scaffold', version: '1.0.0' };

/** A commit made the way a run makes it: staged, then committed by the generator with its tree recorded. */
const generatorCommit = async (
  base: string,
  origin: { source: string; issue?: number } = { source: 'workflow_dispatch' },
) => {
  writeFileSync(join(dir, 'generated'), `${Math.random()}`);
  run('add', 'generated');
  return commitChange({ path: dir, git: git(dir), remove: async () => {} }, (tree) =>
    commitMessage(request, origin, tool, base, tree),
  );
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'branch-test-'));
  run('init', '--quiet');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('foreignCommits', () => {
  it('finds none on a branch that is one generator commit on its recorded base', async () => {
    const base = commit('base');
    const ours = await generatorCommit(base);
    expect(await foreignCommits(git(dir), ours)).toEqual([]);
  });

  it('lists the commits a person added on top, newest first', async () => {
    const base = commit('base');
    await generatorCommit(base);
    const first = commit('Fix a typo');
    const second = commit('Add an endpoint');
    const foreign = await foreignCommits(git(dir), second);
    expect(foreign.map((c) => [c.sha, c.subject, c.author])).toEqual([
      [second, 'Add an endpoint', 'A <a@x>'],
      [first, 'Fix a typo', 'A <a@x>'],
    ]);
  });

  it('does not take a commit with our trailers for ours unless it sits on the base it names', async () => {
    const base = commit('base');
    commit('something else');
    const tree = run('write-tree');
    const copied = commit(
      commitMessage(request, { source: 'workflow_dispatch' }, tool, base, tree),
    );
    expect((await foreignCommits(git(dir), copied)).map((c) => c.sha)).toContain(copied);
  });

  it('takes a generator commit a person amended, or squashed into one, for theirs', async () => {
    const base = commit('base');
    const ours = await generatorCommit(base);
    // Amended with a change: same message and trailers, a new tree and committer.
    writeFileSync(join(dir, 'generated'), 'my edit');
    run('add', 'generated');
    run('commit', '--quiet', '--amend', '--no-edit');
    const amended = run('rev-parse', 'HEAD');
    expect(amended).not.toBe(ours);
    expect((await foreignCommits(git(dir), amended)).map((c) => c.sha)).toEqual([amended]);
    // Amended with nothing but a new committer (e.g. a rebase): the tree is the same, the committer is not.
    run('reset', '--quiet', '--hard', ours);
    run('commit', '--quiet', '--amend', '--no-edit', '--allow-empty');
    const recommitted = run('rev-parse', 'HEAD');
    expect((await foreignCommits(git(dir), recommitted)).map((c) => c.sha)).toEqual([recommitted]);
    // Squashed: the generator commit and a person's commit on top, made into one with the same message.
    run('reset', '--quiet', '--hard', ours);
    commit('Add an endpoint');
    run('reset', '--quiet', '--soft', base);
    run('commit', '--quiet', '-C', ours);
    const squashed = run('rev-parse', 'HEAD');
    expect((await foreignCommits(git(dir), squashed)).map((c) => c.sha)).toEqual([squashed]);
  });

  it('reads back the request issue a generator commit answers', async () => {
    const base = commit('base');
    expect(await branchIssue(git(dir), await generatorCommit(base))).toBeUndefined();
    const answering = await generatorCommit(base, { source: 'issue #12', issue: 12 });
    expect(await branchIssue(git(dir), answering)).toBe(12);
  });
});

describe('commitMessage', () => {
  it('records the request and where it came from as trailers git can read back', async () => {
    const base = commit('base');
    const message = commitMessage(
      request,
      {
        source: 'issue #12',
        sourceUrl: 'https://github.com/o/r/issues/12',
        requestedBy: 'mia',
        runUrl: 'https://run/1',
        issue: 12,
      },
      tool,
      base,
      '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    );
    const sha = commit(message);
    const trailers = run('log', '-1', '--format=%(trailers:only,unfold)', sha);
    expect(trailers.split('\n')).toEqual([
      'Scaffold-Request: name=Orders API; directory=packages; api-type=http-api; auth=iam; architecture=arm64',
      'Scaffold-Source: https://github.com/o/r/issues/12',
      'Scaffold-Requested-By: @mia',
      'Scaffold-Run: https://run/1',
      'Scaffold-Issue: #12',
      `Scaffold-Base: ${base}`,
      'Scaffold-Tree: 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      'Scaffold-Generator: fastapi-scaffold 1.0.0',
    ]);
    expect(run('log', '-1', '--format=%s', sha)).toBe(
      'Scaffold orders-api (http-api, auth iam, arm64)',
    );
  });
});

describe('git', () => {
  it('scrubs the token (and its basic-auth form) from what git prints', async () => {
    const token = 'ghs_abcdefghijklmnop';
    const hide = redactor([token]);
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect(hide(`fatal: ${token} and ${basic}`)).toBe('fatal: *** and ***');
  });

  it('sends only its own Authorization header, even where actions/checkout persisted one', async () => {
    const token = 'ghs_abcdefghijklmnop';
    const seen: Array<string | string[] | undefined> = [];
    const server = createServer((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      run('remote', 'add', 'origin', `${serverUrl}/o/r.git`);
      run('config', `http.${serverUrl}/.extraheader`, 'AUTHORIZATION: basic PERSISTED');
      const result = await git(dir, { auth: { serverUrl, token } })(['ls-remote', 'origin'], {
        allowFailure: true,
      });
      expect(result.code).not.toBe(0);
      const ours = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([ours]));
      expect(result.stderr).not.toContain(token);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('stageChange', () => {
  const worktree = () => ({ path: dir, git: git(dir), remove: async () => {} });

  it('refuses a plan that would write under .github/workflows/, before anything is staged', async () => {
    commit('base');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/deploy.yml'), 'on: push\n');
    writeFileSync(join(dir, 'README.md'), '# orders-api\n');
    await expect(
      stageChange(worktree(), ['README.md', '.github/workflows/deploy.yml']),
    ).rejects.toThrow(
      'the plan writes .github/workflows/deploy.yml; generated changes must not touch .github/workflows/',
    );
    expect(run('diff', '--cached', '--name-only')).toBe('');
  });

  it('stages the planned files, says whether anything changed, and refuses anything it did not plan', async () => {
    commit('base');
    writeFileSync(join(dir, 'README.md'), '# orders-api\n');
    expect(await stageChange(worktree(), ['README.md'])).toBe(true);
    run('commit', '--quiet', '-m', 'generated');
    expect(await stageChange(worktree(), ['README.md'])).toBe(false);
    writeFileSync(join(dir, 'stray.txt'), 'left by a tool\n');
    await expect(stageChange(worktree(), ['README.md'])).rejects.toThrow(
      'unexpected paths in the generated change: stray.txt',
    );
  });
});
