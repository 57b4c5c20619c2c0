// An in-memory GitHub for unit tests of delivery logic; tests script its failures per call.

import type { GitHub, IssueComment, PullRequest, Repo } from '../../src/deliver/github.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Method = keyof GitHub;

export function fakeGitHub(
  initial: {
    pulls?: Array<PullRequest & { head: string }>;
    role?: [string, string];
    issueBody?: string;
  } = {},
) {
  const pulls = [...(initial.pulls ?? [])];
  const comments: Array<IssueComment & { issue: number }> = [];
  const labels = new Map<number, string[]>();
  /** pull request number → its latest body. */
  const bodies = new Map<number, string>();
  const calls: Method[] = [];
  const failures: Partial<Record<Method, Error[]>> = {};
  let nextPull = 1;
  let nextComment = 100;

  const step = (method: Method) => {
    calls.push(method);
    const error = failures[method]?.shift();
    if (error) throw error;
  };
  const gh: GitHub = {
    async viewer() {
      step('viewer');
      return 'github-actions[bot]';
    },
    async defaultBranch() {
      step('defaultBranch');
      return 'main';
    },
    async permission() {
      step('permission');
      const [permission, role] = initial.role ?? ['none', 'none'];
      return { permission, role };
    },
    async issue(_repo: Repo, number: number) {
      step('issue');
      return { number, body: initial.issueBody ?? '', isPullRequest: false };
    },
    async comments(_repo: Repo, issue: number) {
      step('comments');
      return comments.filter((comment) => comment.issue === issue);
    },
    async createComment(_repo: Repo, issue: number, body: string) {
      step('createComment');
      comments.push({ id: nextComment, issue, body, author: 'github-actions[bot]' });
      return nextComment++;
    },
    async updateComment(_repo: Repo, id: number, body: string) {
      step('updateComment');
      Object.assign(
        comments.find((comment) => comment.id === id)!,
        { body },
      );
    },
    async openPull(_repo: Repo, head: string) {
      step('openPull');
      return pulls.find((pull) => pull.head === head);
    },
    async createPull(_repo: Repo, request) {
      step('createPull');
      const pull = {
        number: nextPull++,
        url: `https://github.test/pull/${nextPull}`,
        headSha: 'abc',
        head: request.head,
        draft: request.draft,
      };
      pulls.push(pull);
      bodies.set(pull.number, request.body);
      return pull;
    },
    async updatePull(_repo: Repo, number: number, request) {
      step('updatePull');
      bodies.set(number, request.body);
      return pulls.find((pull) => pull.number === number)!;
    },
    async removeLabel(_repo: Repo, issue: number, label: string) {
      step('removeLabel');
      labels.set(
        issue,
        (labels.get(issue) ?? []).filter((name) => name !== label),
      );
    },
    async addLabels(_repo: Repo, issue: number, added: readonly string[]) {
      step('addLabels');
      // Like GitHub: a label the issue already has is not added twice.
      labels.set(issue, [...new Set([...(labels.get(issue) ?? []), ...added])]);
    },
  };
  return { gh, pulls, comments, labels, bodies, calls, failures };
}
