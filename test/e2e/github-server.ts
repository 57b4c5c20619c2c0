// A fake GitHub REST API on 127.0.0.1 for the end-to-end tests. Every request is checked against GitHub's
// published OpenAPI description (method, path, parameters, body) and every answer starts from its documented
// example, so the action is tested against the real contract, not against this file's idea of it.
// Faults can be queued per operation to see the action cope with GitHub on a bad day.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, checkResponse, example, route, type Route } from './openapi.js';

/**
 * GitHub on a bad day, for one operation (an operationId, e.g. `pulls/create`), for `times` requests (default 1).
 * Without `kind` it is a fixed answer. The others deliver the real answer badly: `hang` never answers,
 * `trickle` sends the headers and then one byte of the body every `byteEveryMs` (default 10 s), `truncate`
 * sends a complete message whose JSON is cut in half, `reset` drops the connection halfway through the body.
 */
export type Fault = { readonly operation: string; times?: number } & (
  | {
      readonly kind?: 'answer';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
    }
  | { readonly kind: 'hang' }
  | { readonly kind: 'trickle'; readonly byteEveryMs?: number }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'reset' }
);

export interface FakeComment {
  id: number;
  body: string;
  userType: 'Bot' | 'User';
  login: string;
}

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  labels: string[];
}

export interface FakeRelease {
  id: number;
  tag: string;
  name: string;
  body: string;
}

export interface FakeRepoState {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** login → role (admin, maintain, write, triage, read); absent means no access. */
  roles: Record<string, string>;
  issues: Map<
    number,
    { body: string; title: string; author: string; comments: FakeComment[]; labels: string[] }
  >;
  /** The login the token acts as: GraphQL's `viewer`, and the author of the comments it writes. */
  viewer?: string;
  pulls: FakePull[];
  /** pulls/list answers [] this many times: the listing lags behind a pull request just opened. */
  staleListings: number;
  /** The repository's releases, for the release script; none when absent. */
  releases?: FakeRelease[];
}

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly operation: string;
  /** 0 for a request the stand-in never answered. */
  readonly status: number;
  readonly body?: unknown;
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeRepoState;
  readonly calls: Call[];
  /** Contract violations: requests GitHub would reject or not understand, and answers it would not give. */
  readonly violations: string[];
  readonly faults: Fault[];
  close(): Promise<void>;
}

const STATUS_TEXT: Record<number, string> = { 502: 'Bad Gateway' };

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startFakeGitHub(state: FakeRepoState, token: string): Promise<FakeGitHub> {
  const calls: Call[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  /** Answers held open by a fault, ended when the stand-in closes. */
  const unanswered = new Set<ServerResponse>();
  let nextId = 9000;
  const repoPath = `/repos/${state.owner}/${state.repo}`;
  const htmlBase = `https://github.com/${state.owner}/${state.repo}`;

  const user = (login: string, type = 'User') => {
    const base = example(route('GET', `${repoPath}/collaborators/${login}/permission`)!, 200) as {
      user: Record<string, unknown>;
    };
    return { ...base.user, login, type, role_name: 'read' };
  };

  function pullBody(found: Route, status: number, pull: FakePull) {
    const answer = example(found, status);
    // pulls/list documents an array of pull requests; the others one.
    const body = (Array.isArray(answer) ? answer[0] : answer) as Record<string, unknown>;
    const head = body.head as Record<string, unknown>;
    const base = body.base as Record<string, unknown>;
    return {
      ...body,
      number: pull.number,
      state: pull.state,
      draft: pull.draft,
      title: pull.title,
      body: pull.body,
      html_url: `${htmlBase}/pull/${pull.number}`,
      url: `https://api.github.com${repoPath}/pulls/${pull.number}`,
      head: {
        ...head,
        ref: pull.head,
        sha: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
        label: `${state.owner}:${pull.head}`,
      },
      base: { ...base, ref: pull.base },
      requested_teams: [],
      labels: [],
    };
  }

  function commentBody(found: Route, status: number, issue: number, comment: FakeComment) {
    const body = example(found, status) as Record<string, unknown>;
    return {
      ...body,
      id: comment.id,
      body: comment.body,
      html_url: `${htmlBase}/issues/${issue}#issuecomment-${comment.id}`,
      user: { ...(body.user as object), login: comment.login, type: comment.userType },
    };
  }

  function releaseBody(found: Route, status: number, release: FakeRelease) {
    return {
      ...(example(found, status) as object),
      id: release.id,
      tag_name: release.tag,
      name: release.name,
      body: release.body,
      html_url: `${htmlBase}/releases/tag/${release.tag}`,
    };
  }

  function issueOf(number: number) {
    return state.issues.get(number);
  }

  function handle(
    found: Route,
    body: unknown,
    query: URLSearchParams,
  ): { status: number; body: unknown } {
    const p = found.params;
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    };
    switch (found.operation.operationId) {
      case 'repos/get':
        return {
          status: 200,
          body: { ...(example(found, 200) as object), default_branch: state.defaultBranch },
        };
      case 'repos/get-collaborator-permission-level': {
        const role = state.roles[p.username!];
        if (!role) return notFound;
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return {
          status: 200,
          body: { permission, role_name: role, user: { ...user(p.username!), role_name: role } },
        };
      }
      case 'issues/get': {
        const issue = issueOf(Number(p.issue_number));
        if (!issue) return notFound;
        const base = example(found, 200) as Record<string, unknown>;
        delete base.pull_request;
        return {
          status: 200,
          body: {
            ...base,
            number: Number(p.issue_number),
            title: issue.title,
            body: issue.body,
            user: user(issue.author),
            labels: [],
          },
        };
      }
      case 'issues/list-comments': {
        const issue = issueOf(Number(p.issue_number));
        if (!issue) return notFound;
        const page = Number(query.get('page') ?? '1');
        const perPage = Number(query.get('per_page') ?? '30');
        const slice = issue.comments.slice((page - 1) * perPage, page * perPage);
        return {
          status: 200,
          body: slice.map((comment) =>
            commentBody(
              route('POST', `${repoPath}/issues/1/comments`)!,
              201,
              Number(p.issue_number),
              comment,
            ),
          ),
        };
      }
      case 'issues/create-comment': {
        const issue = issueOf(Number(p.issue_number));
        if (!issue) return notFound;
        const comment: FakeComment = {
          id: nextId++,
          body: (body as { body: string }).body,
          userType: 'Bot',
          login: state.viewer ?? 'github-actions[bot]',
        };
        issue.comments.push(comment);
        return { status: 201, body: commentBody(found, 201, Number(p.issue_number), comment) };
      }
      case 'issues/update-comment': {
        for (const [number, issue] of state.issues) {
          const comment = issue.comments.find((candidate) => candidate.id === Number(p.comment_id));
          if (comment) {
            comment.body = (body as { body: string }).body;
            return { status: 200, body: commentBody(found, 200, number, comment) };
          }
        }
        return notFound;
      }
      case 'issues/add-labels': {
        const number = Number(p.issue_number);
        const pull = state.pulls.find((candidate) => candidate.number === number);
        const issue = issueOf(number);
        const labels = (body as { labels: string[] }).labels;
        const target = pull?.labels ?? issue?.labels;
        if (!target) return notFound;
        for (const label of labels) if (!target.includes(label)) target.push(label);
        const items = example(found, 200) as Array<Record<string, unknown>>;
        return {
          status: 200,
          body: target.map((name, index) => ({ ...items[0], id: index + 1, name })),
        };
      }
      case 'issues/remove-label': {
        const number = Number(p.issue_number);
        // A pull request is an issue too: its labels go through the same endpoints.
        const target =
          state.pulls.find((candidate) => candidate.number === number) ?? issueOf(number);
        if (!target || !target.labels.includes(p.name!)) return notFound;
        target.labels = target.labels.filter((label) => label !== p.name);
        const items = example(found, 200) as Array<Record<string, unknown>>;
        return {
          status: 200,
          body: target.labels.map((name, index) => ({ ...items[0], id: index + 1, name })),
        };
      }
      case 'pulls/list': {
        if (state.staleListings > 0) {
          state.staleListings--;
          return { status: 200, body: [] };
        }
        const head = query.get('head');
        const wanted = state.pulls.filter(
          (pull) =>
            (query.get('state') ?? 'open') === pull.state &&
            (!head || head === `${state.owner}:${pull.head}`),
        );
        return { status: 200, body: wanted.map((pull) => pullBody(found, 200, pull)) };
      }
      case 'pulls/create': {
        const request = body as {
          head: string;
          base: string;
          title: string;
          body?: string;
          draft?: boolean;
        };
        if (state.pulls.some((pull) => pull.state === 'open' && pull.head === request.head)) {
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'PullRequest',
                  code: 'custom',
                  message: `A pull request already exists for ${state.owner}:${request.head}.`,
                },
              ],
              documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
              status: '422',
            },
          };
        }
        const number =
          Math.max(100, ...state.pulls.map((pull) => pull.number), ...state.issues.keys()) + 1;
        const pull: FakePull = {
          number,
          head: request.head,
          base: request.base,
          title: request.title,
          body: request.body ?? '',
          state: 'open',
          draft: request.draft ?? false,
          labels: [],
        };
        state.pulls.push(pull);
        return { status: 201, body: pullBody(found, 201, pull) };
      }
      case 'pulls/update': {
        const pull = state.pulls.find((candidate) => candidate.number === Number(p.pull_number));
        if (!pull) return notFound;
        Object.assign(pull, body as object);
        return { status: 200, body: pullBody(found, 200, pull) };
      }
      case 'repos/get-release-by-tag': {
        const release = state.releases?.find((candidate) => candidate.tag === p.tag);
        return release ? { status: 200, body: releaseBody(found, 200, release) } : notFound;
      }
      case 'repos/create-release': {
        const request = body as { tag_name: string; name?: string; body?: string };
        state.releases ??= [];
        if (state.releases.some((release) => release.tag === request.tag_name)) {
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
              documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
              status: '422',
            },
          };
        }
        const release: FakeRelease = {
          id: nextId++,
          tag: request.tag_name,
          name: request.name ?? request.tag_name,
          body: request.body ?? '',
        };
        state.releases.push(release);
        return { status: 201, body: releaseBody(found, 201, release) };
      }
      default:
        return notFound;
    }
  }

  const server: Server = createServer(
    async (request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = await readBody(request);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, STATUS_TEXT[status], {
          'content-type': 'application/json; charset=utf-8',
          ...headers,
        });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (request.method === 'POST' && url.pathname === '/graphql') {
        // GraphQL is not in the REST description; the one query the action may send is checked here.
        if (request.headers.authorization !== `token ${token}`) {
          violations.push("POST /graphql: Authorization header is not the action's token");
        }
        let query = '';
        try {
          query = String((JSON.parse(text) as { query?: unknown }).query ?? '');
        } catch {
          violations.push('POST /graphql: body is not JSON');
        }
        if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
          violations.push(`POST /graphql: unexpected query ${JSON.stringify(query)}`);
        }
        calls.push({ method: 'POST', path: '/graphql', operation: 'graphql/viewer', status: 200 });
        send(200, { data: { viewer: { login: state.viewer ?? 'github-actions[bot]' } } });
        return;
      }
      const found = route(request.method ?? 'GET', url.pathname);
      if (!found) {
        violations.push(
          `${request.method} ${url.pathname}: no such operation in GitHub's REST API`,
        );
        send(404, { message: 'Not Found' });
        return;
      }
      const operation = found.operation.operationId;
      if (request.headers.authorization !== `token ${token}`) {
        violations.push(
          `${request.method} ${url.pathname}: Authorization header is not the action's token`,
        );
      }
      let body: unknown;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          violations.push(`${request.method} ${url.pathname}: body is not JSON`);
        }
      }
      for (const problem of checkRequest(found, url.searchParams, body)) {
        violations.push(`${request.method} ${found.template} (${operation}): ${problem}`);
      }
      const faultIndex = faults.findIndex((fault) => fault.operation === operation);
      const fault = faultIndex >= 0 ? faults[faultIndex]! : undefined;
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) faults.splice(faultIndex, 1);
      }
      const record = (status: number) =>
        calls.push({ method: found.method, path: url.pathname, operation, status, body });
      if (fault && (fault.kind === undefined || fault.kind === 'answer')) {
        record(fault.status);
        send(fault.status, fault.body, fault.headers);
        return;
      }
      if (fault?.kind === 'hang') {
        record(0);
        unanswered.add(response);
        response.on('close', () => unanswered.delete(response));
        return;
      }
      const answer = handle(found, body, url.searchParams);
      if (answer.status < 300) {
        for (const problem of checkResponse(found, answer.status, answer.body)) {
          violations.push(`answer to ${found.method} ${found.template}: ${problem}`);
        }
      }
      record(answer.status);
      if (!fault) {
        send(answer.status, answer.body);
        return;
      }
      const bytes = Buffer.from(JSON.stringify(answer.body));
      const half = bytes.subarray(0, Math.floor(bytes.length / 2));
      const headers = { 'content-type': 'application/json; charset=utf-8' };
      if (fault.kind === 'truncate') {
        response.writeHead(answer.status, { ...headers, 'content-length': half.length });
        response.end(half);
      } else if (fault.kind === 'reset') {
        response.writeHead(answer.status, { ...headers, 'content-length': bytes.length });
        response.write(half, () => response.destroy());
      } else if (fault.kind === 'trickle') {
        response.writeHead(answer.status, { ...headers, 'content-length': bytes.length });
        response.flushHeaders();
        let sent = 0;
        const timer = setInterval(() => {
          response.write(bytes.subarray(sent, ++sent));
          if (sent === bytes.length) {
            clearInterval(timer);
            response.end();
          }
        }, fault.byteEveryMs ?? 10_000);
        response.on('close', () => clearInterval(timer));
        unanswered.add(response);
        response.on('close', () => unanswered.delete(response));
      }
    },
  );

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    calls,
    violations,
    faults,
    close: () =>
      new Promise((resolve) => {
        for (const response of unanswered) response.destroy();
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
