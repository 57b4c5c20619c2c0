// Which commit of this action the workflows `init` writes pin: `OWNER/REPO@<sha>` as given, or a tag or branch
// resolved to its commit with `git ls-remote` against the GitHub server (GITHUB_SERVER_URL, as on a runner).
// A pin is a full commit SHA because a tag can be moved; the tag it came from is said in a comment after it,
// which is what Dependabot reads and rewrites when it bumps the pin.

import type { Git } from './deliver/git.js';
import { reason } from './deliver/git.js';
import { UserError } from './errors.js';
import type { ActionRef } from './plan/init.js';

const SHA = /^[0-9a-f]{40}$/;

export interface ActionRefRequest {
  /** `owner/repo`. */
  readonly repository: string;
  /** A full commit SHA, a tag or a branch. */
  readonly ref: string;
}

/** `OWNER/REPO@REF`, as `--action-ref` takes it. */
export function parseActionRef(text: string): ActionRefRequest {
  const match = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)@([\w./-]+)$/.exec(text.trim());
  if (!match || match[2]!.split('/').some((part) => part === '..' || part === '')) {
    throw new UserError(
      `--action-ref must be OWNER/REPO@REF (a commit SHA, tag or branch), e.g. fastapi-scaffold/fastapi-scaffold@v0.2.0 (got ${JSON.stringify(text)})`,
    );
  }
  return { repository: match[1]!, ref: match[2]! };
}

/** The server's address of a repository, for git. */
export function repositoryUrl(serverUrl: string, repository: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}`;
}

/**
 * The commit `request` names. A full SHA is used as is, with no comment: nothing here can tell which release it
 * is, and a comment naming the wrong one would mislead every reader and Dependabot. A tag's commit (the peeled
 * one for an annotated tag) is said as the tag; a branch's as no tag, since the branch moves on.
 */
export async function resolveActionRef(
  request: ActionRefRequest,
  serverUrl: string,
  git: Git,
): Promise<ActionRef> {
  const { repository, ref } = request;
  if (SHA.test(ref)) return { repository, sha: ref };
  const url = repositoryUrl(serverUrl, repository);
  const fail = (why: string): never => {
    throw new UserError(
      `cannot resolve ${repository}@${ref} at ${url} (${why}); pin a commit with --action-ref ${repository}@<sha>`,
    );
  };
  const tag = `refs/tags/${ref}`;
  const branch = `refs/heads/${ref}`;
  const listed = await git(['ls-remote', '--', url, tag, `${tag}^{}`, branch], {
    allowFailure: true,
  });
  if (listed.code !== 0) fail(`git ls-remote: ${reason(listed.stderr) || `exit ${listed.code}`}`);
  const refs = new Map(
    listed.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, name] = line.split('\t');
        return [name!, sha!] as const;
      }),
  );
  const tagged = refs.get(`${tag}^{}`) ?? refs.get(tag);
  if (tagged) return { repository, sha: tagged, tag: ref };
  const head = refs.get(branch);
  if (head) return { repository, sha: head };
  return fail(`no tag or branch ${ref}`);
}
