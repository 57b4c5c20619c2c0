// scripts/release/release.ts run as the release workflow runs it, in a clone of a local bare remote and against
// the GitHub stand-in that holds every call to GitHub's OpenAPI description: the tags it pushes and moves, the
// release it creates, what it refuses (leaving the remote and GitHub as they were), and runs after a first.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../e2e/github-server.js';
import { sh as git } from '../e2e/harness.js';
import { runProcess } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/release/release.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TOKEN = 'ghs_releaseTestTokenNotARealOne0123456789';
const OWNER = 'octo-org';
const REPO = 'fastapi-scaffold';

const NOTES = '### Added\n\n- Releases, with notes from the changelog.';
const changelog = (version: string) =>
  `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-01\n\n${NOTES}\n\n## [0.1.0] - 2026-11-22\n\n- First.\n`;

let scratch: string;
let remote: string;
let work: string;
let github: FakeGitHub;

/** Commits `files` in the clone and pushes them; the new commit's sha. */
function commit(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', `Change ${Object.keys(files).join(', ')}`);
  git(work, 'push', '-q', 'origin', 'HEAD:main');
  return git(work, 'rev-parse', 'HEAD');
}

/** The remote's tags and the commits they name. */
function remoteTags(): Record<string, string> {
  const listing = git(work, 'ls-remote', '--tags', 'origin');
  return Object.fromEntries(
    listing
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
      .map(([sha, ref]) => [ref!.replace('refs/tags/', ''), sha!]),
  );
}

/** The script as the workflow runs it (npm run release). */
const release = () =>
  runProcess(TSX, [SCRIPT], {
    cwd: work,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
    },
  });

const creations = () => github.calls.filter((call) => call.operation === 'repos/create-release');

beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-release-'));
  remote = join(scratch, 'remote.git');
  work = join(scratch, 'work');
  git(scratch, 'init', '-q', '--bare', '-b', 'main', remote);
  git(scratch, 'clone', '-q', remote, work);
  github = await startFakeGitHub(
    {
      owner: OWNER,
      repo: REPO,
      defaultBranch: 'main',
      roles: {},
      issues: new Map(),
      pulls: [],
      staleListings: 0,
      releases: [],
    },
    TOKEN,
  );
  // The previous release: v0.1.0, with v0 on it.
  const previous = commit({
    'package.json': '{ "name": "fastapi-scaffold", "version": "0.1.0" }\n',
    'CHANGELOG.md': changelog('0.1.0'),
    'dist/cli.js': 'console.log(1);\n',
  });
  git(work, 'push', '-q', 'origin', `${previous}:refs/tags/v0.1.0`, `${previous}:refs/tags/v0`);
});

afterEach(async () => {
  await github.close();
  expect(github.violations).toEqual([]);
  rmSync(scratch, { recursive: true, force: true });
});

describe('scripts/release/release.ts', () => {
  it('tags the commit vX.Y.Z, moves vX to it and releases it with the changelog section as notes', async () => {
    const head = commit({
      'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.0" }\n',
      'CHANGELOG.md': changelog('0.2.0'),
      'dist/cli.js': 'console.log(2);\n',
    });
    const before = remoteTags()['v0.1.0'];

    const run = await release();

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(remoteTags()).toEqual({ 'v0.1.0': before, 'v0.2.0': head, v0: head });
    expect(github.state.releases).toEqual([
      { id: expect.any(Number), tag: 'v0.2.0', name: 'v0.2.0', body: NOTES },
    ]);
    expect(run.stdout).toContain(
      `released v0.2.0: https://github.com/${OWNER}/${REPO}/releases/tag/v0.2.0`,
    );
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('run again, changes nothing and creates no second release', async () => {
    const head = commit({
      'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.0" }\n',
      'CHANGELOG.md': changelog('0.2.0'),
    });
    expect((await release()).code).toBe(0);

    const again = await release();

    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('the release v0.2.0 exists already');
    expect(remoteTags()).toMatchObject({ 'v0.2.0': head, v0: head });
    expect(github.state.releases).toHaveLength(1);
    expect(creations()).toHaveLength(1);
  });

  it('finishes a run that stopped after pushing the version tag: moves vX and creates the release', async () => {
    const head = commit({
      'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.0" }\n',
      'CHANGELOG.md': changelog('0.2.0'),
    });
    git(work, 'push', '-q', 'origin', `${head}:refs/tags/v0.2.0`);

    const run = await release();

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(remoteTags()).toMatchObject({ 'v0.2.0': head, v0: head });
    expect(github.state.releases!.map((release) => release.tag)).toEqual(['v0.2.0']);
  });

  describe('refuses, and leaves the remote and GitHub as they were', () => {
    const refused = (
      run: Awaited<ReturnType<typeof release>>,
      tagsBefore: Record<string, string>,
    ) => {
      expect(run.code).toBe(2);
      expect(remoteTags()).toEqual(tagsBefore);
      expect(github.calls).toEqual([]);
    };

    it('a dist/ that differs from the committed one, changed or new files alike', async () => {
      commit({
        'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.0" }\n',
        'CHANGELOG.md': changelog('0.2.0'),
      });
      writeFileSync(join(work, 'dist/cli.js'), 'console.log("rebuilt");\n');
      writeFileSync(join(work, 'dist/1.index.js'), 'export {};\n');
      const before = remoteTags();

      const run = await release();

      refused(run, before);
      expect(run.stderr).toContain('not releasing v0.2.0:');
      expect(run.stderr).toContain('dist/ differs from a fresh build of this commit');
      expect(run.stderr).toContain('dist/cli.js');
      expect(run.stderr).toContain('dist/1.index.js');
    });

    it('a version CHANGELOG.md has no notes for', async () => {
      commit({
        'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.0" }\n',
        'CHANGELOG.md':
          '# Changelog\n\n## [Unreleased]\n\n- Not released yet.\n\n## [0.1.0]\n\n- First.\n',
      });
      const before = remoteTags();

      const run = await release();

      refused(run, before);
      expect(run.stderr).toContain('CHANGELOG.md has no notes for 0.2.0');
    });

    it('a version whose tag is on another commit: a released version never moves', async () => {
      commit({ 'CHANGELOG.md': `${changelog('0.1.0')}\nEdited after the release.\n` });
      const before = remoteTags();

      const run = await release();

      refused(run, before);
      expect(run.stderr).toContain(`v0.1.0 exists already, at ${before['v0.1.0']!.slice(0, 12)}`);
      expect(run.stderr).toContain('raise the version in package.json');
    });

    it('an older version than one the major tag already follows', async () => {
      const newest = commit({
        'package.json': '{ "name": "fastapi-scaffold", "version": "0.3.0" }\n',
        'CHANGELOG.md': changelog('0.3.0'),
      });
      git(work, 'push', '-q', 'origin', `${newest}:refs/tags/v0.3.0`, `+${newest}:refs/tags/v0`);
      commit({
        'package.json': '{ "name": "fastapi-scaffold", "version": "0.2.1" }\n',
        'CHANGELOG.md': changelog('0.2.1'),
      });
      const before = remoteTags();

      const run = await release();

      refused(run, before);
      expect(run.stderr).toContain('v0.3.0 is newer than 0.2.1: v0 would move back');
    });
  });
});
