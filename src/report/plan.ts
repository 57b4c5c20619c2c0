// What a plan does to each file, drawn as the project's tree with one symbol per action: the text the CLI
// prints and the Files section of the pull request.

import type { Generated } from '../generate.js';
import type { FileAction, Plan } from '../plan/plan.js';
import { fenced } from './markdown.js';
import { renderTree } from './tree.js';

/** Each action's symbol in the tree, and its name in the terminal's and the pull request's legend. */
const ACTIONS: Record<FileAction, { symbol: string; text: string; markdown: string }> = {
  create: { symbol: '+', text: 'create', markdown: 'created' },
  update: { symbol: '~', text: 'update', markdown: 'updated' },
  unchanged: { symbol: '=', text: 'unchanged', markdown: 'unchanged' },
  keep: { symbol: '·', text: 'kept (yours)', markdown: 'yours, kept' },
};

const LEGEND = Object.entries(ACTIONS) as [FileAction, (typeof ACTIONS)[FileAction]][];

function planTree(plan: Plan): string {
  return renderTree(
    plan.files.map((file) => ({
      path: file.path,
      note: `${ACTIONS[file.action].symbol} ${file.owner}`,
    })),
  );
}

function countOf(plan: Plan, action: FileAction): number {
  return plan.files.filter((file) => file.action === action).length;
}

/** What the CLI prints after generating, or after planning on a dry run. */
export function describePlan(plan: Plan, outcome: Pick<Generated, 'dryRun' | 'written'>): string {
  const { request } = plan;
  const count = (action: FileAction) => countOf(plan, action);
  const summary = outcome.dryRun
    ? `Dry run: ${count('create')} to create, ${count('update')} to update, ${count('keep')} to keep; nothing written.`
    : `${outcome.written.length} files written (${count('create')} created, ${count('update')} updated, ${count('keep')} kept as you had them).`;
  return [
    `${request.projectName}: module ${request.moduleName}, class ${request.className}, in ${request.projectRoot}`,
    `api-type ${request.apiType} · auth ${request.auth} · architecture ${request.architecture}`,
    '',
    planTree(plan),
    '',
    LEGEND.map(([, { symbol, text }]) => `${symbol} ${text}`).join('  '),
    summary,
    ...(outcome.dryRun ? [] : ['', `Next: cd ${request.projectRoot} && uv sync && uv run pytest`]),
  ].join('\n');
}

/** The pull request's Files section. */
export function formatPlanMarkdown(plan: Plan): string {
  const legend = LEGEND.map(
    ([action, { symbol, markdown }]) => `\`${symbol}\` ${markdown} (${countOf(plan, action)})`,
  ).join(' · ');
  return [
    fenced(planTree(plan)),
    `${legend}. _generated_ files are rewritten by every run; _user_ files are written once and then belong to you.`,
  ].join('\n\n');
}
