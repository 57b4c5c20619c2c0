// What `init` tells the person: the action it pinned, each file and what happened to it (with what to do about
// a file of theirs it left alone), and the labels to create once.

import type { Initialized } from '../init.js';
import { labelCommand } from '../plan/init.js';
import type { FileAction, FilePlan } from '../plan/plan.js';

const WORDS: Record<FileAction, string> = {
  created: 'created',
  updated: 'updated',
  merged: 'merged',
  conflict: 'CONFLICT',
  unchanged: 'unchanged',
  kept: 'kept',
  removed: 'removed',
};

/** Actions that write or remove a file. */
export const INIT_WRITES: ReadonlySet<FileAction> = new Set([
  'created',
  'updated',
  'merged',
  'conflict',
  'removed',
]);

/** A file of the person's that init did not touch, and how to take the generated one instead. */
function advice(file: FilePlan): string | undefined {
  if (file.action !== 'kept' || file.note !== 'a file of yours was here first') return undefined;
  return `yours is kept as it is; to use fastapi-scaffold's instead, move yours aside (git mv ${file.path} ${file.path.replace(/(\.[^./]+)?$/, '.own$1')}) and run init again, or bring what it needs into yours by hand`;
}

function fileLine(file: FilePlan): string {
  const why = advice(file) ?? file.note;
  return `  ${WORDS[file.action].padEnd(9)} ${file.path}${why ? `: ${why}` : ''}`;
}

export function describeInit(result: Initialized): string {
  const { action } = result;
  const pin = `${action.repository}@${action.sha}${action.tag ? ` # ${action.tag}` : ''}`;
  const changes = result.plan.files.filter((file) => INIT_WRITES.has(file.action));
  const lines = [
    `${result.dryRun ? 'Would set up' : 'Set up'} ${result.root} (workspace ${result.workspace}) with ${pin}`,
    '',
    ...result.plan.files.map(fileLine),
    '',
    changes.length === 0
      ? 'Nothing to change: the repository is set up with this version.'
      : result.dryRun
        ? `Dry run: ${changes.length} file(s) would change; nothing was written.`
        : `${changes.length} file(s) written. Commit them (a push of .github/workflows/ needs a token with the workflows permission).`,
    '',
    'Labels the workflows use; create them once (GitHub CLI, in the repository):',
    ...result.labels.map((label) => `  ${labelCommand(label)}`),
    'and allow Actions to open pull requests: Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests".',
  ];
  return lines.join('\n');
}
