// What a plan does to each file, drawn as the project's tree with one symbol per action, plus a line for
// each file that needs a person (a clash, a file kept): the text the CLI prints and the Files section of the
// pull request. A dry run of an update also shows the unified diff of every file it would change.

import type { Generated } from '../generate.js';
import { unifiedDiff } from '../plan/merge.js';
import type { FileAction, FilePlan, Plan } from '../plan/plan.js';
import { fenced } from './markdown.js';
import { renderTree } from './tree.js';

/** Each action's symbol in the tree and its words in the legend. */
const ACTIONS: Record<FileAction, { symbol: string; text: string }> = {
  created: { symbol: '+', text: 'created' },
  updated: { symbol: '~', text: 'updated' },
  merged: { symbol: 'M', text: 'merged with your edits' },
  conflict: { symbol: '!', text: 'conflict to resolve' },
  removed: { symbol: '-', text: 'removed' },
  kept: { symbol: '·', text: 'kept as you have it' },
  unchanged: { symbol: '=', text: 'unchanged' },
};

const ORDER = Object.keys(ACTIONS) as FileAction[];

/** Actions that change the workspace, the ones a dry run diffs. */
const CHANGES: ReadonlySet<FileAction> = new Set([
  'created',
  'updated',
  'merged',
  'conflict',
  'removed',
]);

function planTree(plan: Plan): string {
  return renderTree(
    plan.files.map((file) => ({
      path: file.path,
      note: `${ACTIONS[file.action].symbol} ${file.owner}`,
    })),
  );
}

function counts(plan: Plan): Array<[FileAction, number]> {
  return ORDER.map(
    (action) =>
      [action, plan.files.filter((file) => file.action === action).length] as [FileAction, number],
  ).filter(([, count]) => count > 0);
}

/** The files a person should look at, with why. */
function attention(plan: Plan): FilePlan[] {
  return plan.files.filter((file) => file.action === 'conflict' || file.note !== undefined);
}

function headline(plan: Plan): string[] {
  const { request, previous } = plan;
  const lines = [
    `${request.projectName}: module ${request.moduleName}, class ${request.className}, in ${request.projectRoot}`,
    `api-type ${request.apiType} · auth ${request.auth} · architecture ${request.architecture}`,
  ];
  if (plan.kind === 'update' && previous)
    lines.push(`update: ${answerChanges(plan) || 'same options, templates of this version'}`);
  return lines;
}

/** `api-type http-api → function-url, auth iam → none`, or '' when no option changed. */
export function answerChanges(plan: Plan): string {
  const { request, previous } = plan;
  if (!previous) return '';
  return (
    [
      ['api-type', previous.apiType, request.apiType],
      ['auth', previous.auth, request.auth],
      ['architecture', previous.architecture, request.architecture],
    ] as const
  )
    .filter(([, before, after]) => before !== after)
    .map(([key, before, after]) => `${key} ${before} → ${after}`)
    .join(', ');
}

/** Every change a dry run would make, as unified diffs. */
export function planDiff(plan: Plan): string {
  return plan.files
    .filter((file) => CHANGES.has(file.action))
    .map((file) =>
      unifiedDiff(file.path, file.before, file.action === 'removed' ? null : file.content),
    )
    .filter(Boolean)
    .join('\n');
}

/** What the CLI prints after generating, or after planning on a dry run. */
export function describePlan(
  plan: Plan,
  outcome: Pick<Generated, 'dryRun' | 'written' | 'removed'>,
): string {
  const tally = counts(plan)
    .map(([action, count]) => `${count} ${ACTIONS[action].text}`)
    .join(', ');
  const summary = outcome.dryRun
    ? `Dry run (${tally}); nothing written.`
    : `${outcome.written.length} files written, ${outcome.removed.length} removed (${tally}).`;
  const needs = attention(plan).map(
    (file) =>
      `${ACTIONS[file.action].symbol} ${file.path}: ${file.note ?? ACTIONS[file.action].text}`,
  );
  const diff = outcome.dryRun && plan.kind === 'update' ? planDiff(plan) : '';
  return [
    ...headline(plan),
    '',
    planTree(plan),
    '',
    counts(plan)
      .map(([action]) => `${ACTIONS[action].symbol} ${ACTIONS[action].text}`)
      .join('  '),
    summary,
    ...(needs.length ? ['', 'Look at:', ...needs.map((line) => `  ${line}`)] : []),
    ...(diff ? ['', diff] : []),
    ...(outcome.dryRun || plan.kind === 'update'
      ? []
      : ['', `Next: cd ${plan.request.projectRoot} && uv sync && uv run pytest`]),
  ].join('\n');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The pull request's Files section: the tree, the legend counted, and one row per file that changed. */
export function formatPlanMarkdown(plan: Plan): string {
  const legend = counts(plan)
    .map(([action, count]) => `\`${ACTIONS[action].symbol}\` ${ACTIONS[action].text} (${count})`)
    .join(' · ');
  const changed = plan.files.filter(
    (file) =>
      file.action !== 'unchanged' && !(plan.kind === 'generate' && file.action === 'created'),
  );
  const table = changed.length
    ? [
        '| File | What happened | |',
        '|---|---|---|',
        ...changed.map(
          (file) =>
            `| \`${cell(file.path)}\` | ${ACTIONS[file.action].symbol} ${ACTIONS[file.action].text} | ${cell(file.note ?? '')} |`,
        ),
      ].join('\n')
    : '';
  return [
    fenced(planTree(plan)),
    `${legend}. _generated_ files belong to the generator and _user_ files to you; an edit to either is merged into later generations.`,
    ...(table ? [table] : []),
  ].join('\n\n');
}
