// The status comment on the request issue: one comment per issue, rewritten as the run goes on.

import { RETRY_LABEL } from '../labels.js';
import { fenced } from './markdown.js';

export type Status =
  | { readonly kind: 'working'; readonly runUrl?: string }
  | {
      readonly kind: 'ready';
      readonly url: string;
      readonly number: number;
      readonly operation: string;
      readonly failedChecks: number;
      /** Files left with conflict markers. */
      readonly conflicts: number;
    }
  | { readonly kind: 'unchanged'; readonly base: string }
  | { readonly kind: 'refused'; readonly login: string; readonly role: string }
  | { readonly kind: 'stale'; readonly sender: string; readonly why: string }
  | { readonly kind: 'cancelled'; readonly runUrl?: string }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly yours: boolean;
      readonly runUrl?: string;
    };

/** The status comment on the request issue. Text a person typed only ever appears inside a fence. */
export function renderStatus(status: Status): string {
  switch (status.kind) {
    case 'working':
      return `⏳ Generating the project${status.runUrl ? ` ([follow the run](${status.runUrl}))` : ''}. This comment is updated when the pull request is ready.`;
    case 'ready': {
      // ✅ only for a pull request whose checks passed; one that needs fixing says so first.
      const opened = `Pull request #${status.number} is ${status.operation === 'created' ? 'ready' : 'updated'}: ${status.url}.`;
      const headline =
        status.conflicts > 0
          ? `⚠️ ${opened} ${status.conflicts === 1 ? '1 file has' : `${status.conflicts} files have`} conflicting changes (your edits and the update change the same lines) to resolve before its checks can run; the pull request says how.`
          : status.failedChecks > 0
            ? `⚠️ ${opened} ${status.failedChecks} check(s) of the generated project failed; see the pull request.`
            : `✅ ${opened}`;
      return `${headline}\n\nTo change the request, edit this issue (its author's edit runs it again), or add the label \`${RETRY_LABEL}\` to run it as it reads.`;
    }
    case 'unchanged':
      return `✅ \`${status.base}\` already holds this project exactly as requested; there is nothing to change.`;
    case 'refused':
      return `👋 Thanks for the request! Generating a project pushes a branch to this repository, so it can only be started by someone with write access (@${status.login} has ${status.role === 'none' ? 'no' : `\`${status.role}\``} access). A maintainer can start it by adding the label \`${RETRY_LABEL}\` to this issue.`;
    case 'stale':
      return `⏸️ The issue body changed after this run was started (${status.why}, by @${status.sender}), so nothing was generated: a run only builds the request as the person who started it saw it. Review the body as it reads now, then add the label \`${RETRY_LABEL}\` to run it.`;
    case 'cancelled':
      return `🛑 The run was cancelled before it finished${status.runUrl ? ` ([workflow run](${status.runUrl}))` : ''}. Add the label \`${RETRY_LABEL}\` to run it again; it picks up where this run stopped.`;
    case 'failed':
      return [
        status.yours
          ? '⚠️ The request cannot be generated as it stands:'
          : '❌ Generation failed; running it again picks up where this run stopped:',
        fenced(status.reason),
        status.yours
          ? 'Edit the issue to fix it; the run starts again on its own.'
          : `Add the label \`${RETRY_LABEL}\` to try again${status.runUrl ? `, or see the [workflow run](${status.runUrl}) for details` : ''}.`,
      ].join('\n\n');
  }
}
