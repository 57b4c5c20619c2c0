// A thin wrapper around the few GitHub REST calls delivery makes, each under the limits of github-calls.ts
// and each answer checked for the fields delivery uses. Everything above it deals in plain values, and tests
// can replace it with a fake.

import { Octokit } from '@octokit/rest';
import {
  CALL_LIMITS,
  callName,
  fetchWithin,
  GitHubCallError,
  limitCalls,
  SYSTEM_CLOCK,
  type CallLimits,
  type Clock,
} from './github-calls.js';

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

/** The error's message and the response body, where GitHub puts the detail of a 422. */
export function errorText(error: unknown): string {
  const parts = [String((error as { message?: unknown })?.message ?? error)];
  const data = (error as { response?: { data?: unknown } })?.response?.data;
  if (data !== undefined) parts.push(JSON.stringify(data));
  return parts.join(' ');
}

/** The HTTP status GitHub answered with, if the error carries one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
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
  /** The deadline and the retries; a run uses CALL_LIMITS. */
  readonly limits?: CallLimits;
  /** What waits and measures time; a run uses the system clock. */
  readonly clock?: Clock;
}

export type Client = Octokit;

export function octokit(options: ClientOptions): Client {
  const limits = options.limits ?? CALL_LIMITS;
  const client = new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'fastapi-scaffold',
    // Octokit logs each failed request as an error; the retries warn, and the last failure is thrown.
    log: { debug: () => {}, info: () => {}, warn: options.log.warn, error: options.log.info },
    request: { fetch: fetchWithin(limits.requestMs) },
  });
  limitCalls(client, limits, options.clock ?? SYSTEM_CLOCK, options.log);
  return client;
}

type Fields = Record<string, 'string' | 'number'>;

/** GitHub's answer as far as delivery relies on it: an object with these fields, else a failure naming the call. */
function shaped(call: string, data: unknown, fields: Fields): Record<string, any> {
  const missing = Object.entries(fields)
    .filter(([path, type]) => typeof path.split('.').reduce<any>((v, k) => v?.[k], data) !== type)
    .map(([path, type]) => `${path} (${type})`);
  if (missing.length > 0) {
    throw new GitHubCallError(
      `GitHub's answer to ${call} lacks ${missing.join(', ')}; it is not the answer GitHub documents`,
      call,
    );
  }
  return data as Record<string, any>;
}

function listed(call: string, data: unknown, fields: Fields): Array<Record<string, any>> {
  if (!Array.isArray(data)) {
    throw new GitHubCallError(`GitHub's answer to ${call} is not a list`, call);
  }
  return data.map((item) => shaped(call, item, fields));
}

const PULL: Fields = { number: 'number', html_url: 'string', 'head.sha': 'string' };

export function gitHub(client: Client): GitHub {
  const baseUrl = client.request.endpoint.DEFAULTS.baseUrl;
  const on = (method: string, response: { url: string }) => callName(method, response.url, baseUrl);
  const pull = (call: string, data: unknown): PullRequest => {
    const checked = shaped(call, data, PULL);
    return { number: checked.number, url: checked.html_url, headSha: checked.head.sha };
  };
  let viewer: Promise<string> | undefined;
  return {
    viewer() {
      // REST's GET /user refuses installation tokens (GITHUB_TOKEN, App tokens); GraphQL's viewer answers
      // for every kind of token. Asked once per run.
      viewer ??= client
        .graphql('query { viewer { login } }')
        .then((data) => shaped('POST /graphql', data, { 'viewer.login': 'string' }).viewer.login);
      return viewer;
    },
    async defaultBranch(repo) {
      const response = await client.rest.repos.get({ ...repo });
      return shaped(on('GET', response), response.data, { default_branch: 'string' })
        .default_branch;
    },
    async permission(repo, login) {
      try {
        const response = await client.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login,
        });
        const data = shaped(on('GET', response), response.data, { permission: 'string' });
        return { permission: data.permission, role: data.role_name || data.permission };
      } catch (error) {
        if (statusOf(error) === 404) return { permission: 'none', role: 'none' };
        throw error;
      }
    },
    async issue(repo, number) {
      const response = await client.rest.issues.get({ ...repo, issue_number: number });
      const data = shaped(on('GET', response), response.data, { number: 'number' });
      return {
        number: data.number,
        body: data.body ?? '',
        isPullRequest: data.pull_request != null,
      };
    },
    async comments(repo, issue) {
      const all: IssueComment[] = [];
      const pages = client.paginate.iterator(client.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const response of pages) {
        for (const comment of listed(on('GET', response), response.data, { id: 'number' })) {
          all.push({
            id: comment.id,
            body: comment.body ?? '',
            author: comment.user?.login ?? '',
          });
        }
      }
      return all;
    },
    async createComment(repo, issue, body) {
      const response = await client.rest.issues.createComment({
        ...repo,
        issue_number: issue,
        body,
      });
      return shaped(on('POST', response), response.data, { id: 'number' }).id;
    },
    async updateComment(repo, id, body) {
      await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
    },
    async openPull(repo, head) {
      const response = await client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${repo.owner}:${head}`,
        per_page: 10,
      });
      const call = on('GET', response);
      const [first] = listed(call, response.data, PULL);
      return first ? pull(call, first) : undefined;
    },
    async createPull(repo, request) {
      const response = await client.rest.pulls.create({ ...repo, ...request });
      return pull(on('POST', response), response.data);
    },
    async updatePull(repo, number, request) {
      const response = await client.rest.pulls.update({
        ...repo,
        pull_number: number,
        ...request,
      });
      return pull(on('PATCH', response), response.data);
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
