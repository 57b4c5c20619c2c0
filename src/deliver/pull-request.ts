// Opens the pull request for the generator's branch, or updates the one already open: one branch, one
// pull request, however often the request runs.

import { errorText, statusOf, type GitHub, type PullRequest, type Repo } from './github.js';

export type Operation = 'created' | 'updated';

export interface PullRequestSpec {
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  /** Labels that no longer apply (e.g. `checks-failed` once the checks pass); absent ones are fine. */
  readonly removeLabels: readonly string[];
  /**
   * Open a new pull request as a draft. An open one keeps its state: only GitHub's GraphQL API can turn a
   * pull request into a draft, so the labels and the body carry the news on updates.
   */
  readonly draft: boolean;
}

export interface Pacing {
  readonly sleep: (ms: number) => Promise<void>;
  /** Waits before each retry of an eventually consistent call. */
  readonly backoffMs: readonly number[];
}

export const DEFAULT_PACING: Pacing = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  backoffMs: [1000, 2000, 4000, 8000],
};

const NOT_YET_VISIBLE = /Could not resolve to a node/i;
const ALREADY_EXISTS = /A pull request already exists/i;

/**
 * Right after a pull request is created, calls that refer to it can fail with 422 "Could not resolve to a
 * node" until GitHub's stores agree; those are retried with backoff, anything else is not.
 */
export async function eventually<T>(task: () => Promise<T>, pacing: Pacing): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const wait = pacing.backoffMs[attempt];
      if (wait === undefined || statusOf(error) !== 422 || !NOT_YET_VISIBLE.test(errorText(error)))
        throw error;
      await pacing.sleep(wait);
    }
  }
}

export async function upsertPullRequest(
  gh: GitHub,
  repo: Repo,
  spec: PullRequestSpec,
  pacing: Pacing = DEFAULT_PACING,
): Promise<{ pull: PullRequest; operation: Operation }> {
  const update = async (number: number) =>
    eventually(
      () => gh.updatePull(repo, number, { base: spec.base, title: spec.title, body: spec.body }),
      pacing,
    );
  const label = async (number: number, created: boolean) => {
    if (spec.labels.length > 0)
      await eventually(() => gh.addLabels(repo, number, spec.labels), pacing);
    if (created) return;
    for (const name of spec.removeLabels)
      await eventually(() => gh.removeLabel(repo, number, name), pacing);
  };

  const open = await gh.openPull(repo, spec.head);
  if (open) {
    const pull = await update(open.number);
    await label(pull.number, false);
    return { pull, operation: 'updated' };
  }
  let created: PullRequest;
  try {
    created = await gh.createPull(repo, {
      head: spec.head,
      base: spec.base,
      title: spec.title,
      body: spec.body,
      draft: spec.draft,
    });
  } catch (error) {
    // Another run (or a person) opened it between our look and our create: update that one instead.
    if (statusOf(error) !== 422 || !ALREADY_EXISTS.test(errorText(error))) throw error;
    const existing = await eventually(async () => {
      const found = await gh.openPull(repo, spec.head);
      if (found) return found;
      throw Object.assign(
        new Error('Could not resolve to a node: the existing pull request is not listed yet'),
        {
          status: 422,
        },
      );
    }, pacing);
    const pull = await update(existing.number);
    await label(pull.number, false);
    return { pull, operation: 'updated' };
  }
  await label(created.number, true);
  return { pull: created, operation: 'created' };
}
