// What delivery does on the request issue: decide whether an event asks for a run, check that its sender
// may ask, and keep one status comment up to date.

import { REQUEST_LABEL, RETRY_LABEL } from '../labels.js';
import type { GitHub, Repo } from './github.js';

/** Hidden at the top of the status comment so that each run finds and edits it instead of adding another. */
export const STATUS_MARKER = '<!-- fastapi-scaffold:status -->';

export const WRITE_ROLES = ['admin', 'maintain', 'write'] as const;

export type IssueEvent =
  | {
      readonly run: true;
      readonly sender: string;
      readonly why: string;
      /** The retry label to take off the issue once the run has reported. */
      readonly consumesLabel?: string;
      /**
       * The issue body as the event carried it: what the sender wrote or approved. A run generates this and
       * nothing else; undefined when the event carries no issue (a manual run naming an issue number).
       */
      readonly body?: string;
    }
  | { readonly run: false; readonly why: string };

interface Payload {
  action?: string;
  sender?: { login?: string; type?: string };
  issue?: { body?: string | null; user?: { login?: string } };
  changes?: { body?: unknown };
  label?: { name?: string };
}

/**
 * Whether this event asks for a generation, and on whose authority. Generation needs a sender with write
 * access (checked later, through the API) who stands behind the body as the event carried it:
 *
 * - the issue's author opening, reopening or editing the body of their own issue (not only its title), or
 *   adding the request label to their own issue opened without the form;
 * - anyone adding the retry label: that is the approval of the body as it reads at that moment, the way a
 *   writer runs someone else's request.
 *
 * A writer who edits or reopens someone else's issue has not approved it: nothing runs until the retry label
 * is added. (Re-runs use a label rather than an `issue_comment` command: the comment trigger would start a
 * job for every comment anyone writes, and only people with triage access can label.)
 */
export function issueEvent(eventName: string, payload: Payload): IssueEvent {
  const sender = payload.sender?.login ?? '';
  if (sender === '') return { run: false, why: 'the event names no sender' };
  if (eventName !== 'issues') {
    // workflow_dispatch or a custom workflow naming the issue: whoever started the run asks for the issue as
    // it reads now.
    return { run: true, sender, why: eventName };
  }
  const body = payload.issue ? (payload.issue.body ?? '') : undefined;
  const author = payload.issue?.user?.login ?? 'unknown';
  const byAuthor = author === sender;
  const approve = `add the label ${RETRY_LABEL} to approve it`;
  const ownEvent = (why: string, byOther: string): IssueEvent =>
    byAuthor
      ? { run: true, sender, why, ...(body !== undefined ? { body } : {}) }
      : { run: false, why: `@${sender} ${byOther} @${author}'s request; ${approve}` };
  switch (payload.action) {
    case 'opened':
    case 'reopened':
      return ownEvent(`issue ${payload.action}`, payload.action);
    case 'edited':
      if (payload.changes?.body === undefined) break;
      return ownEvent('issue body edited', 'edited');
    case 'labeled':
      if (payload.label?.name === RETRY_LABEL) {
        return {
          run: true,
          sender,
          why: `label ${RETRY_LABEL} added`,
          consumesLabel: RETRY_LABEL,
          ...(body !== undefined ? { body } : {}),
        };
      }
      if (payload.label?.name === REQUEST_LABEL) {
        return ownEvent(`label ${REQUEST_LABEL} added`, `added the label ${REQUEST_LABEL} to`);
      }
      break;
  }
  return { run: false, why: `issue ${payload.action ?? 'event'} does not change the request` };
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

/**
 * Creates the status comment, or edits the one an earlier run left: the newest comment starting with the
 * marker among those the token's own identity wrote, so that nobody else's comment (a person's, another
 * bot's) that copies the marker can take the status over.
 */
export async function upsertStatusComment(
  gh: GitHub,
  repo: Repo,
  issue: number,
  body: string,
): Promise<number> {
  const text = `${STATUS_MARKER}\n${body}`;
  const self = await gh.viewer();
  const existing = (await gh.comments(repo, issue)).filter(
    (comment) => comment.author === self && comment.body.startsWith(STATUS_MARKER),
  );
  const latest = existing[existing.length - 1];
  if (latest) {
    await gh.updateComment(repo, latest.id, text);
    return latest.id;
  }
  return gh.createComment(repo, issue, text);
}
