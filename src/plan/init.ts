// Decides what `init` writes to set a repository up as a service workspace: the workflows, issue form and
// Dependabot configuration of templates-workspace/ (rendered with the reference of this action they use), a
// README section, and the workspace root files of templates/. Each file is decided like a generation's
// (src/plan/plan.ts): created, replaced while untouched, 3-way merged once edited, joined or kept when the
// person's file was there first. Writes nothing.

import { readTemplateFiles, templateSet, type Template, type TemplateSet } from './templates.js';
import { gitMerge, type Merger } from './merge.js';
import {
  decideFiles,
  droppedFiles,
  recordPlan,
  type FilePlan,
  type RenderedFile,
  type Tool,
} from './plan.js';
import {
  fileEntry,
  parseSharedRecord,
  PROVENANCE_SCHEMA,
  renderRecord,
  WORKSPACE_RECORD_PATH,
  type FileEntry,
  type SharedRecord,
} from './provenance.js';
import { renderBody, type HeaderText } from './render.js';
import { UserError } from '../errors.js';
import type { WorkspaceReader } from './workspace.js';

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

/** The header of a file `init` generated. */
const INIT_HEADER: HeaderText = (view) => [
  `Generated by ${view.toolName} ${view.toolVersion} (fastapi-scaffold init). An edit here is merged into`,
  'the next init, and a clash is marked for you to resolve.',
];

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

export interface InitPlan {
  readonly files: readonly FilePlan[];
}

/**
 * Every file `init` writes, decided against `repository` (read at the git top level) and what the last init
 * recorded in .scaffold/_workspace.json.
 */
export function planInit(
  setup: WorkspaceSetup,
  templates: WorkspaceTemplates,
  repository: WorkspaceReader,
  tool: Tool,
  merge: Merger = gitMerge,
): InitPlan {
  const view = workspaceView(setup, tool);
  const rendered = [
    ...renderTemplates(templates.workspace.templates, view, INIT_HEADER),
    ...renderTemplates(templates.root, view, INIT_HEADER, view.workspacePrefix),
  ];
  const recordState = repository.file(WORKSPACE_RECORD_PATH);
  if (recordState.kind !== 'absent' && recordState.kind !== 'file') {
    throw new UserError(`${WORKSPACE_RECORD_PATH} is not a regular file`);
  }
  const record: SharedRecord | undefined =
    recordState.kind === 'file'
      ? parseSharedRecord(WORKSPACE_RECORD_PATH, recordState.content)
      : undefined;
  const entries = new Map<string, FileEntry>(Object.entries(record?.files ?? {}));
  const knownHashes = new Map(
    [...entries].map(([path, entry]) => [path, new Set([entry.sha256])] as const),
  );
  // A file of the person's where one would go is theirs, whatever the template says: init keeps it (a
  // generation merges into a generated file it finds edited; init never wrote this one).
  const decided = rendered.map((file) =>
    entries.has(file.path) || repository.file(file.path).kind === 'absent'
      ? file
      : { ...file, owner: 'user' as const },
  );
  const { files, unrecorded } = decideFiles(decided, repository, {
    entryOf: (file) => entries.get(file.path),
    knownHashes,
    merge,
    labels: {
      base: `${tool.name} ${record?.tool.version ?? 'unknown version'}`,
      theirs: `${tool.name} ${tool.version}`,
    },
  });
  files.push(...droppedFiles(entries, new Set(rendered.map((file) => file.path)), repository));
  const next: SharedRecord = {
    schema: PROVENANCE_SCHEMA,
    tool: { name: tool.name, version: tool.version },
    templates: { digest: templates.workspace.digest },
    files: Object.fromEntries(
      rendered
        .filter((file) => !unrecorded.has(file.path))
        .map((file) => [file.path, fileEntry(file.owner, file.content)]),
    ),
  };
  files.push(recordPlan(WORKSPACE_RECORD_PATH, renderRecord(next), repository));
  return { files };
}
