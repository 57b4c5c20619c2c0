// Releases the version package.json names, from the commit checked out: refuses unless dist/ is what the
// sources build, CHANGELOG.md has a section for the version and its tag is free (or already this commit's),
// then pushes the tag vX.Y.Z, moves the major tag vX to the same commit, and creates the GitHub release with
// that section as its notes. A run that stopped halfway can be run again: what is done already is kept.
// .github/workflows/release.yml runs it after a fresh build; docs/releasing.md is the procedure.
//
//   GITHUB_TOKEN=… GITHUB_REPOSITORY=owner/name npm run release
//
// GITHUB_API_URL and GITHUB_SERVER_URL (set on every runner) say where GitHub is; the tags go to `origin`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git as gitIn, type Git } from '../../src/deliver/git.js';
import { octokit, statusOf, type Client, type Repo } from '../../src/deliver/github.js';
import { exitCodeFor, messageOf, UserError } from '../../src/errors.js';
import { changelogSection } from './changelog.js';

const REMOTE = 'origin';

type Version = readonly [number, number, number];

function parseVersion(text: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

const newer = (a: Version, b: Version) =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

/** The remote's tags and the commits they point at (an annotated tag by its peeled `^{}` line). */
async function remoteTags(git: Git): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const line of (await git(['ls-remote', '--tags', REMOTE])).stdout.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (!sha || !ref) continue;
    tags.set(ref.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, ''), sha);
  }
  return tags;
}

async function existingRelease(client: Client, repo: Repo, tag: string) {
  try {
    return (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

async function release(root: string, git: Git, client: Client, repo: Repo): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const parsed = parseVersion(version);
  if (!parsed) {
    throw new UserError(`package.json's version ${version} is not X.Y.Z: releases are vX.Y.Z tags`);
  }
  const tag = `v${version}`;
  // `uses: …@v0` follows every 0.x release, as `@v1` will follow every 1.x.
  const major = `v${parsed[0]}`;

  const problems: string[] = [];
  const dist = (await git(['status', '--porcelain', '--untracked-files=all', '--', 'dist'])).stdout;
  if (dist.trim() !== '') {
    problems.push(
      `dist/ differs from a fresh build of this commit: run npm run bundle and commit dist/\n${dist.trimEnd()}`,
    );
  }
  const changelog = join(root, 'CHANGELOG.md');
  const notes = existsSync(changelog)
    ? changelogSection(readFileSync(changelog, 'utf8'), version)
    : undefined;
  if (!notes) {
    problems.push(
      `CHANGELOG.md has no notes for ${version}: add a "## [${version}] - YYYY-MM-DD" section with its changes`,
    );
  }
  const head = (await git(['rev-parse', 'HEAD^{commit}'])).stdout.trim();
  const tags = await remoteTags(git);
  const tagged = tags.get(tag);
  if (tagged !== undefined && tagged !== head) {
    problems.push(
      `${tag} exists already, at ${tagged.slice(0, 12)}, not at this commit ${head.slice(0, 12)}: a released version never moves; raise the version in package.json`,
    );
  }
  const later = [...tags.keys()].filter((name) => {
    const other = parseVersion(name.replace(/^v/, ''));
    return name.startsWith('v') && other?.[0] === parsed[0] && newer(other, parsed);
  });
  if (later.length > 0) {
    problems.push(`${later.join(', ')} is newer than ${version}: ${major} would move back`);
  }
  if (problems.length > 0) {
    throw new UserError(`not releasing ${tag}:\n- ${problems.join('\n- ')}`);
  }

  // Both tags or neither: a release tag without its major tag would leave `@vX` users behind unnoticed.
  await git([
    'push',
    '--atomic',
    REMOTE,
    `${head}:refs/tags/${tag}`,
    `+${head}:refs/tags/${major}`,
  ]);
  console.log(
    tagged === undefined
      ? `tagged ${head} as ${tag} and moved ${major} to it`
      : `${tag} was already at ${head}; ${major} points at it`,
  );

  const found = await existingRelease(client, repo, tag);
  if (found) {
    console.log(`the release ${tag} exists already: ${found.html_url}`);
    return;
  }
  const created = await client.rest.repos.createRelease({
    ...repo,
    tag_name: tag,
    name: tag,
    body: notes!,
  });
  console.log(`released ${tag}: ${created.data.html_url}`);
}

try {
  const token = process.env.GITHUB_TOKEN ?? '';
  const [owner, name, ...extra] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !name || extra.length > 0) {
    throw new UserError('set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) to release');
  }
  const root = process.cwd();
  const git = gitIn(root, {
    auth: { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', token },
  });
  const client = octokit({
    token,
    baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    log: { warn: (message) => console.error(message), info: (message) => console.log(message) },
  });
  await release(root, git, client, { owner, repo: name });
} catch (error) {
  console.error(`error: ${messageOf(error)}`);
  process.exitCode = exitCodeFor(error);
}
