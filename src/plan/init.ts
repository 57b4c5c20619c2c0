// Renders what `init` writes to set a repository up as a service workspace: the workflows, issue form and
// Dependabot configuration of templates-workspace/, with the reference of this action they use.

import { readTemplateFiles, templateSet, type Template, type TemplateSet } from './templates.js';
import type { RenderedFile, Tool } from './plan.js';
import { renderBody, type HeaderText } from './render.js';

/** A commit of the action's repository, as a workflow pins it. */
export interface ActionRef {
  /** `owner/repo`. */
  readonly repository: string;
  /** The full commit SHA the workflows pin. */
  readonly sha: string;
  /** The tag the SHA was resolved from, said after the pin (`# v0.2.0`); absent for a SHA given as is. */
  readonly tag?: string;
}

/**
 * Which copy of the action the workflows use: a pinned commit of its repository, or (this repository's own
 * workflows) the checkout they run in.
 */
export type ActionSource =
  | { readonly kind: 'pinned'; readonly ref: ActionRef; readonly serverUrl: string }
  | { readonly kind: 'local'; readonly repository: string };

export interface Label {
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string;
}

export interface WorkspaceSetup {
  readonly action: ActionSource;
  /** Where the workspace root files go, relative to the repository's top level: `.` or `services`. */
  readonly workspace: string;
  /** The labels the action uses, for the README section's `gh label create` lines. */
  readonly labels: readonly Label[];
}

/** The composite actions beside action.yml that the workflows use (`owner/repo/checks@sha`). */
export const SUB_ACTIONS = ['setup', 'checks', 'deploy', 'outdated'] as const;

type SubAction = (typeof SUB_ACTIONS)[number];

interface WorkspaceView {
  readonly toolName: string;
  readonly toolVersion: string;
  readonly local: boolean;
  readonly subdirectory: boolean;
  readonly workspace: string;
  /** `''` at the top level, else the workspace and a slash: what path filters start with. */
  readonly workspacePrefix: string;
  readonly actionRepository: string;
  readonly actionUrl: string;
  readonly actionLabel: string;
  /** What each `uses:` says, comment included: `owner/repo/checks@<sha> # v0.2.0`. */
  readonly uses: Readonly<Record<SubAction | 'scaffold', string>>;
  /** The `gh label create` line of each label. */
  readonly labels: readonly string[];
}

/** The keys templates-workspace/ may use. */
export const WORKSPACE_VIEW_KEYS: ReadonlySet<string> = new Set([
  'toolName',
  'toolVersion',
  'local',
  'subdirectory',
  'workspace',
  'workspacePrefix',
  'actionRepository',
  'actionUrl',
  'actionLabel',
  'uses',
  'labels',
]);

/** A shell word for `gh label create`: single-quoted unless plain. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/** The command that creates (or, with --force, updates) a label. */
export function labelCommand(label: Label): string {
  return `gh label create ${shellWord(label.name)} --color ${label.color} --description ${shellWord(label.description)} --force`;
}

function usesOf(action: ActionSource, sub: SubAction | 'scaffold'): string {
  if (action.kind === 'local') {
    // zizmor would have `$/`, which actionlint cannot parse yet; both name this checkout.
    return `./${sub === 'scaffold' ? '' : sub} # zizmor: ignore[self-repository]`;
  }
  const { repository, sha, tag } = action.ref;
  return `${repository}${sub === 'scaffold' ? '' : `/${sub}`}@${sha}${tag ? ` # ${tag}` : ''}`;
}

function workspaceView(setup: WorkspaceSetup, tool: Tool): WorkspaceView {
  const { action, workspace } = setup;
  const atTop = workspace === '.';
  const repository = action.kind === 'local' ? action.repository : action.ref.repository;
  const serverUrl = action.kind === 'local' ? 'https://github.com' : action.serverUrl;
  return {
    toolName: tool.name,
    toolVersion: tool.version,
    local: action.kind === 'local',
    subdirectory: !atTop,
    workspace,
    workspacePrefix: atTop ? '' : `${workspace}/`,
    actionRepository: repository,
    actionUrl: `${serverUrl.replace(/\/+$/, '')}/${repository}`,
    actionLabel:
      action.kind === 'local'
        ? 'this repository'
        : (action.ref.tag ?? `commit ${action.ref.sha.slice(0, 7)}`),
    uses: Object.fromEntries(
      (['scaffold', ...SUB_ACTIONS] as const).map((sub) => [sub, usesOf(action, sub)]),
    ) as WorkspaceView['uses'],
    labels: setup.labels.map(labelCommand),
  };
}

/** What `init` renders: templates-workspace/, and the workspace root files of the API templates. */
export interface WorkspaceTemplates {
  readonly workspace: TemplateSet;
  /** templates/'s files at its top (package.json, nx.json, ...): the workspace root a generation joins too. */
  readonly root: readonly Template[];
}

/** templates-workspace/, checked against the keys of its view. */
export function workspaceTemplateSet(dir: string): TemplateSet {
  return templateSet(readTemplateFiles(dir), { keys: WORKSPACE_VIEW_KEYS });
}

export function loadWorkspaceTemplates(dir: string, apiTemplates: TemplateSet): WorkspaceTemplates {
  return {
    workspace: workspaceTemplateSet(dir),
    root: apiTemplates.templates.filter((template) => !template.source.includes('/')),
  };
}

/** The header of this repository's own renderings, which no init writes. */
const LOCAL_HEADER: HeaderText = () => [
  'Rendered from templates-workspace/ (what `fastapi-scaffold init` writes) for this repository:',
  'edit the template, then run `npm run workflows`.',
];

function outputPath(source: string): string {
  return source.replace(/(^|\/)__dot__/g, '$1.');
}

function renderTemplates(
  templates: readonly Template[],
  view: WorkspaceView,
  header: HeaderText,
  prefix = '',
): RenderedFile[] {
  return templates.map((template) => {
    const path = prefix + outputPath(template.source);
    return {
      path,
      owner: template.owner,
      content: renderBody(template, view, path, header),
      executable: template.executable,
      ...(template.join ? { join: template.join } : {}),
    };
  });
}

/** The files of templates-workspace/ this repository keeps as its own workflows and issue form. */
function isLocalRendering(path: string): boolean {
  return path.startsWith('.github/workflows/') || path.startsWith('.github/ISSUE_TEMPLATE/');
}

/**
 * This repository's workflows and issue form: templates-workspace/ rendered with the action of the checkout
 * they run in (`uses: ./`), path by path.
 */
export function renderLocalWorkflows(
  templates: TemplateSet,
  tool: Tool,
  repository: string,
): RenderedFile[] {
  const view = workspaceView(
    { action: { kind: 'local', repository }, workspace: '.', labels: [] },
    tool,
  );
  return renderTemplates(
    templates.templates.filter((template) => isLocalRendering(outputPath(template.source))),
    view,
    LOCAL_HEADER,
  );
}
