// What delivery does on the request issue: decide whether an event asks for a run, check that its sender
// may ask, and keep one status comment up to date.

import type { GitHub, Repo } from './github.js';

/** Hidden at the top of the status comment so that each run finds and edits it instead of adding another. */
export const STATUS_MARKER = '<!-- fastapi-scaffold:status -->';

export const WRITE_ROLES = ['admin', 'maintain', 'write'] as const;

/** The label the issue form applies: the issue workflow only looks at issues carrying it. */
export const REQUEST_LABEL = 'scaffold-request';
/** Adding this label runs the request again; the run takes it off so that it can be added again. */
export const RETRY_LABEL = 'scaffold-retry';

export type IssueEvent =
  | {
      readonly run: true;
      readonly sender: string;
      readonly why: string;
      /** The retry label to take off the issue once the run has reported. */
      readonly consumesLabel?: string;
    }
  | { readonly run: false; readonly why: string };

interface Payload {
  action?: string;
  sender?: { login?: string; type?: string };
  changes?: { body?: unknown };
  label?: { name?: string };
}

/**
 * Whether this event asks for a generation. Opening or reopening the issue does, and so does editing its
 * body (not just its title), adding the retry label, or adding the request label to an issue opened without
 * the form; nothing else. (Re-runs use a label rather than an `issue_comment` command: the comment trigger
 * would start a job for every comment anyone writes, and only people with triage access can label.)
 */
export function issueEvent(eventName: string, payload: Payload): IssueEvent {
  const sender = payload.sender?.login ?? '';
  if (sender === '') return { run: false, why: 'the event names no sender' };
  switch (eventName) {
    case 'issues':
      if (payload.action === 'opened' || payload.action === 'reopened') {
        return { run: true, sender, why: `issue ${payload.action}` };
      }
      if (payload.action === 'edited' && payload.changes?.body !== undefined) {
        return { run: true, sender, why: 'issue body edited' };
      }
      if (payload.action === 'labeled' && payload.label?.name === RETRY_LABEL) {
        return { run: true, sender, why: `label ${RETRY_LABEL} added`, consumesLabel: RETRY_LABEL };
      }
      if (payload.action === 'labeled' && payload.label?.name === REQUEST_LABEL) {
        return { run: true, sender, why: `label ${REQUEST_LABEL} added` };
      }
      return { run: false, why: `issue ${payload.action ?? 'event'} does not change the request` };
    default:
      // workflow_dispatch or a custom workflow naming the issue: whoever started the run asks.
      return { run: true, sender, why: eventName };
  }
}

/** Only people who could push the branch themselves may have the generator push it. */
export async function mayGenerate(
  gh: GitHub,
  repo: Repo,
  login: string,
): Promise<{ allowed: boolean; role: string }> {
  const { permission, role } = await gh.permission(repo, login);
  // A custom role reports its own name; its base permission says whether it can push.
  const allowed =
    permission === 'admin' ||
    permission === 'write' ||
    (WRITE_ROLES as readonly string[]).includes(role);
  return { allowed, role };
}

/** Creates the status comment, or edits the one an earlier run left (ours: a bot's, starting with the marker). */
export async function upsertStatusComment(
  gh: GitHub,
  repo: Repo,
  issue: number,
  body: string,
): Promise<number> {
  const text = `${STATUS_MARKER}\n${body}`;
  const existing = (await gh.comments(repo, issue)).filter(
    (comment) => comment.authorType === 'Bot' && comment.body.startsWith(STATUS_MARKER),
  );
  const latest = existing[existing.length - 1];
  if (latest) {
    await gh.updateComment(repo, latest.id, text);
    return latest.id;
  }
  return gh.createComment(repo, issue, text);
}
