// A thin wrapper around the few GitHub REST calls delivery makes, with retries and rate-limit handling
// built in. Everything above it deals in plain values, and tests can replace it with a fake.

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { statusOf } from './pull-request.js';

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequest {
  readonly number: number;
  readonly url: string;
  readonly headSha: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** The login of the comment's author, e.g. `github-actions[bot]`. */
  readonly author: string;
}

export interface Issue {
  readonly number: number;
  readonly body: string;
  readonly isPullRequest: boolean;
}

/** What delivery needs from GitHub. */
export interface GitHub {
  /** The login the token acts as (`github-actions[bot]`, an App's `<slug>[bot]`, or a person). */
  viewer(): Promise<string>;
  defaultBranch(repo: Repo): Promise<string>;
  /**
   * The collaborator permission: `permission` is admin, write, read or none (maintain folds into write,
   * triage into read); `role` is the role's own name (admin, maintain, write, triage, read or a custom
   * role). A user with no access, or no such user, is `none`.
   */
  permission(repo: Repo, login: string): Promise<{ permission: string; role: string }>;
  issue(repo: Repo, number: number): Promise<Issue>;
  comments(repo: Repo, issue: number): Promise<IssueComment[]>;
  createComment(repo: Repo, issue: number, body: string): Promise<number>;
  updateComment(repo: Repo, id: number, body: string): Promise<void>;
  /** The open pull request from `head` (a branch of `repo`), if there is one. */
  openPull(repo: Repo, head: string): Promise<PullRequest | undefined>;
  createPull(
    repo: Repo,
    pull: { head: string; base: string; title: string; body: string; draft: boolean },
  ): Promise<PullRequest>;
  updatePull(
    repo: Repo,
    number: number,
    pull: { base: string; title: string; body: string },
  ): Promise<PullRequest>;
  addLabels(repo: Repo, issue: number, labels: readonly string[]): Promise<void>;
  /** Takes a label off an issue; a label that is not there is not an error. */
  removeLabel(repo: Repo, issue: number, label: string): Promise<void>;
}

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly log: { warn(message: string): void; info(message: string): void };
  /** Tests only: retry at once instead of waiting seconds between attempts and between writes. */
  readonly noWait?: boolean;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

/** A limiter that never waits; stands in for the throttling plugin's write spacing in tests. */
const unlimited = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      task(...args),
  }),
};

export function octokit(options: ClientOptions): InstanceType<typeof RetryingOctokit> {
  const wait = options.noWait ? 1 : 1000;
  const onLimit =
    (limit: string, retries: number) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const retry = retryCount < retries;
      options.log.warn(
        `GitHub ${limit} reached on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return retry;
    };
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'fastapi-scaffold',
    log: { debug: () => {}, info: () => {}, warn: options.log.warn, error: options.log.warn },
    retry: { retryAfterBaseValue: wait },
    throttle: {
      retryAfterBaseValue: wait,
      // Both limits: wait as `retry-after` says and try again, a few times.
      onRateLimit: onLimit('rate limit', 2),
      onSecondaryRateLimit: onLimit('secondary rate limit', 3),
      ...(options.noWait ? { write: unlimited as never, notifications: unlimited as never } : {}),
    },
  });
}

export function gitHub(client: InstanceType<typeof RetryingOctokit>): GitHub {
  const pull = (data: {
    number: number;
    html_url: string;
    head: { sha: string };
  }): PullRequest => ({
    number: data.number,
    url: data.html_url,
    headSha: data.head.sha,
  });
  let viewer: Promise<string> | undefined;
  return {
    viewer() {
      // REST's GET /user refuses installation tokens (GITHUB_TOKEN, App tokens); GraphQL's viewer answers
      // for every kind of token. Asked once per run.
      viewer ??= client
        .graphql<{ viewer: { login: string } }>('query { viewer { login } }')
        .then((data) => data.viewer.login);
      return viewer;
    },
    async defaultBranch(repo) {
      const { data } = await client.rest.repos.get({ ...repo });
      return data.default_branch;
    },
    async permission(repo, login) {
      try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login,
        });
        return { permission: data.permission, role: data.role_name || data.permission };
      } catch (error) {
        if (statusOf(error) === 404) return { permission: 'none', role: 'none' };
        throw error;
      }
    },
    async issue(repo, number) {
      const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
      return {
        number: data.number,
        body: data.body ?? '',
        isPullRequest: data.pull_request != null,
      };
    },
    async comments(repo, issue) {
      const all = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return all.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        author: comment.user?.login ?? '',
      }));
    },
    async createComment(repo, issue, body) {
      const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body,
      });
      return data.id;
    },
    async updateComment(repo, id, body) {
      await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
    },
    async openPull(repo, head) {
      const { data } = await client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${repo.owner}:${head}`,
        per_page: 10,
      });
      return data[0] ? pull(data[0]) : undefined;
    },
    async createPull(repo, request) {
      const { data } = await client.rest.pulls.create({ ...repo, ...request });
      return pull(data);
    },
    async updatePull(repo, number, request) {
      const { data } = await client.rest.pulls.update({ ...repo, pull_number: number, ...request });
      return pull(data);
    },
    async addLabels(repo, issue, labels) {
      await client.rest.issues.addLabels({ ...repo, issue_number: issue, labels: [...labels] });
    },
    async removeLabel(repo, issue, label) {
      try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issue, name: label });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    },
  };
}
