// How every request to GitHub is made: one deadline for the whole exchange (headers and body), retries of
// GitHub's own failures within a budget shared by the whole run, and failures that name the call, e.g.
// "GitHub answered 503 to GET /repos/acme/services/issues/1 4 times".

import type { Octokit } from '@octokit/core';

export interface CallLimits {
  /** One request, from sending it to the last byte of the answer. */
  readonly requestMs: number;
  /** The waits before the 2nd, 3rd, ... attempt of a call when GitHub names no wait itself. */
  readonly backoffMs: readonly number[];
  /** Retries of all calls of a run together. */
  readonly retries: number;
  /** Time all retries of a run may cost together: each wait plus the failed attempt before it. */
  readonly retryMs: number;
}

/**
 * What a run uses. GitHub ends a request it has worked on for 10 s with a 5xx ("Troubleshooting the REST API:
 * Timeouts"), so an answer still incomplete after 15 s is not coming. Three minutes of retries let a run wait
 * out the 60 s GitHub asks for after a secondary rate limit, while a bad day costs minutes, not an hour.
 *
 * Writes are not spaced out: a run makes a handful (status comment, pull request, labels), one after the other,
 * and GitHub's "Best practices" ask for requests in series, and a second between writes only of clients that
 * make a large number of them.
 */
export const CALL_LIMITS: CallLimits = {
  requestMs: 15_000,
  backoffMs: [1000, 2000, 4000],
  retries: 10,
  retryMs: 180_000,
};

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A call to GitHub that failed, with a message naming it. `status` and `response` are GitHub's, when it
 * answered, so callers can still act on a 404 or read the detail of a 422.
 */
export class GitHubCallError extends Error {
  constructor(
    message: string,
    readonly call: string,
    readonly status?: number,
    readonly response?: { readonly data: unknown },
  ) {
    super(message);
  }
}

/** `GET /repos/o/r/issues/7`: the method and the path below the API's base URL, without the query. */
export function callName(method: string, url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
  return `${method} ${path.split('?')[0]}`;
}

type Incompleteness = 'silent' | 'slow' | 'broken' | 'not-json';

/** An exchange that ended without a whole, readable answer. */
class IncompleteAnswer extends Error {
  constructor(
    readonly kind: Incompleteness,
    readonly status?: number,
    readonly detail = '',
  ) {
    super(`incomplete answer (${kind}${detail ? `: ${detail}` : ''})`);
  }
}

const NULL_BODY = new Set([204, 205, 304]);

/**
 * A fetch that gives each exchange `ms` in total and reads the whole body inside that time. Octokit reads
 * bodies itself with no limit but undici's 300 s between two chunks, and takes a body it cannot read or parse
 * for an answer ("" or the raw text); here both are failures, and Octokit gets the body from memory.
 */
export function fetchWithin(ms: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      if (deadline.aborted) throw new IncompleteAnswer('silent');
      throw error;
    }
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      const reason = (error as Error).cause ?? error;
      throw new IncompleteAnswer(
        deadline.aborted ? 'slow' : 'broken',
        response.status,
        (reason as Error).message,
      );
    }
    if (response.ok && /\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
      try {
        if (body.byteLength > 0) JSON.parse(new TextDecoder().decode(body));
      } catch {
        throw new IncompleteAnswer('not-json', response.status, `${body.byteLength} bytes`);
      }
    }
    const copy = new Response(NULL_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
}

interface Failure {
  /** e.g. `GitHub answered 503 to GET /x`; `times` is how often, already worded. */
  readonly describe: (times: string) => string;
  /** Another attempt may succeed, and cannot do harm. */
  readonly retry: boolean;
  /** The wait GitHub asked for, and why it did. */
  readonly asked?: { readonly ms: number; readonly why: string };
  readonly status?: number;
  readonly response?: { readonly data: unknown };
}

interface RequestErrorShape {
  status?: number;
  message: string;
  cause?: unknown;
  request?: unknown;
  response?: { data: unknown; headers: Record<string, string | undefined> };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** What went wrong with one attempt, or undefined for an error that is not about GitHub (a bug). */
function classify(
  error: unknown,
  method: string,
  call: string,
  limits: CallLimits,
  now: number,
): Failure | undefined {
  const failure = error as RequestErrorShape;
  const seconds = `${limits.requestMs / 1000} s`;
  const incomplete = failure.cause instanceof IncompleteAnswer ? failure.cause : undefined;
  if (incomplete) {
    // An answer missing at the deadline is not waited for twice: GitHub has given up on it already. One that
    // broke off may belong to a write GitHub has done: only what is safe to repeat is repeated.
    const retry =
      IDEMPOTENT.has(method) && incomplete.kind !== 'silent' && incomplete.kind !== 'slow';
    const text = {
      silent: `GitHub sent no answer to ${call} within ${seconds}`,
      slow: `GitHub's answer (${incomplete.status}) to ${call} was still arriving after ${seconds}`,
      broken: `GitHub's answer (${incomplete.status}) to ${call} broke off: ${incomplete.detail}`,
      'not-json': `GitHub's answer (${incomplete.status}) to ${call} is not valid JSON (${incomplete.detail})`,
    }[incomplete.kind];
    return { describe: (times) => `${text}${times}`, retry };
  }
  if (failure.response && typeof failure.status === 'number') {
    const { status, response } = failure;
    const headers = response.headers;
    const detail = firstLine(failure.message);
    const describe = (times: string): string =>
      `GitHub answered ${status} to ${call}${times}${detail ? `: ${detail}` : ''}`;
    const retryAfter = Number(headers['retry-after']);
    const afterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
    if (status === 403 || status === 429) {
      // GitHub's guidance: wait as retry-after says, else until the limit resets, else at least a minute.
      const limit = /\bsecondary rate\b/i.test(failure.message)
        ? 'secondary rate limit'
        : headers['x-ratelimit-remaining'] === '0'
          ? 'rate limit'
          : status === 429
            ? 'too many requests'
            : undefined;
      if (limit) {
        const resetMs =
          limit === 'rate limit' ? Number(headers['x-ratelimit-reset']) * 1000 - now + 1000 : NaN;
        const ms = afterMs ?? (Number.isFinite(resetMs) ? Math.max(resetMs, 0) : 60_000);
        return { describe, retry: true, asked: { ms, why: limit }, status, response };
      }
    }
    const asked = afterMs !== undefined ? { ms: afterMs, why: `a ${status}` } : undefined;
    return { describe, retry: status >= 500, asked, status, response };
  }
  if (failure.request !== undefined && failure.status === 500) {
    // No answer at all (refused, reset, DNS): @octokit/request wraps fetch's error as a 500.
    const text = `could not reach GitHub for ${call}: ${firstLine(failure.message)}`;
    return { describe: (times) => `${text}${times}`, retry: true };
  }
  return undefined;
}

function worded(attempts: number): string {
  return attempts === 1 ? '' : attempts === 2 ? ' twice' : ` ${attempts} times`;
}

const secondsOf = (ms: number) => `${Math.ceil(ms / 1000)} s`;

/**
 * Puts every request of `client` under `limits`: failed attempts that another may fix are retried, at most
 * `backoffMs.length` times per call, and only while the run's budget of retries and time lasts; a wait GitHub
 * asks for that the budget cannot pay ends the call at once. Each failure is thrown as a GitHubCallError.
 */
export function limitCalls(
  client: Octokit,
  limits: CallLimits,
  clock: Clock,
  log: { warn(message: string): void },
): void {
  let retriesLeft = limits.retries;
  let retryMsLeft = limits.retryMs;

  client.hook.wrap('request', async (request, options) => {
    const { method, url } = client.request.endpoint.parse(options);
    const call = callName(method, url, options.baseUrl);
    for (let attempt = 1; ; attempt++) {
      const started = clock.now();
      try {
        return await request(options);
      } catch (error) {
        const failure = classify(error, method, call, limits, clock.now());
        if (!failure) throw error;
        const fail = (message: string) =>
          new GitHubCallError(message, call, failure.status, failure.response);
        if (!failure.retry || attempt > limits.backoffMs.length)
          throw fail(failure.describe(worded(attempt)));
        const wait = failure.asked?.ms ?? limits.backoffMs[attempt - 1]!;
        const cost = clock.now() - started + wait;
        if (failure.asked && cost > retryMsLeft) {
          throw fail(
            `${failure.describe(worded(attempt))}; GitHub asked to wait ${secondsOf(failure.asked.ms)} (${failure.asked.why}) before trying again, more than the ${secondsOf(Math.max(retryMsLeft, 0))} this run can still wait. Run it again later.`,
          );
        }
        if (retriesLeft <= 0 || cost > retryMsLeft) {
          throw fail(
            `${failure.describe(worded(attempt))}; the run's retries (${limits.retries}, ${secondsOf(limits.retryMs)} in all) are spent`,
          );
        }
        retriesLeft--;
        retryMsLeft -= cost;
        log.warn(`${failure.describe('')}; trying again in ${secondsOf(wait)}`);
        await clock.sleep(wait);
      }
    }
  });
}
