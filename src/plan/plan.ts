// Decides what a generation writes: every file with its owner, new content and action, or throws a UserError
// with the one reason it cannot go ahead. Reads the templates and the workspace, and merges with git on
// scratch copies; writes nothing.
//
// Each file is decided against three texts: ours (the file now), base (what the generator wrote for it last
// time, from the records) and theirs (the new rendering). Untouched since it was written: theirs replaces it.
// Edited: git merges base → theirs into ours; a clash stays in the file between conflict markers for its
// owner to resolve. Files the new rendering no longer has go only if untouched.

import { UserError } from '../errors.js';
import { apiNames } from '../request/names.js';
import { parseRequest, type ApiRequest } from '../request/request.js';
import { gitMerge, type Merger } from './merge.js';
import {
  entryText,
  fileEntry,
  parseRecord,
  parseSharedRecord,
  provenancePath,
  PROVENANCE_SCHEMA,
  renderRecord,
  sha256,
  SHARED_RECORD_PATH,
  type ApiRecord,
  type FileEntry,
  type RecordedAnswers,
  type SharedRecord,
} from './provenance.js';
import type { TemplateHistory } from './history.js';
import { joinFile, type JoinKind } from './join.js';
import { HEADER, renderBody, renderPath, type HeaderText } from './render.js';
import { byCodeUnit, type FileOwner, type TemplateSet } from './templates.js';
import { apiView, type TemplateView } from './view.js';
import type { FileState, WorkspaceReader } from './workspace.js';

export type FileAction =
  'created' | 'updated' | 'merged' | 'conflict' | 'unchanged' | 'kept' | 'removed';

export interface FilePlan {
  readonly path: string;
  readonly owner: FileOwner;
  readonly action: FileAction;
  /** What the file holds afterwards (empty for `removed`). */
  readonly content: string;
  /** What it holds now; `null` when it does not exist. */
  readonly before: string | null;
  readonly executable: boolean;
  /** Why a file was kept or clashes, for the person reading the report. */
  readonly note?: string;
}

export interface Plan {
  readonly kind: 'generate' | 'update';
  readonly request: ApiRequest;
  /** The answers the API had before an update. */
  readonly previous?: ApiRequest;
  readonly files: readonly FilePlan[];
  /** Every API in the workspace after this generation, sorted by project name. */
  readonly apis: readonly ApiRequest[];
}

export interface Tool {
  readonly name: string;
  readonly version: string;
}

export interface PlanOptions {
  readonly merge?: Merger;
  /** Earlier versions' templates, to recover the base of files schema 1 records know by hash only. */
  readonly history?: TemplateHistory;
}

/** Request options `update` can change; the name and directory identify the API and stay. */
export type AnswerChanges = Partial<Pick<RecordedAnswers, 'apiType' | 'auth' | 'architecture'>>;

interface Recorded {
  readonly apis: Map<string, { readonly record: ApiRecord; readonly request: ApiRequest }>;
  readonly shared: SharedRecord | undefined;
  /** Every hash a record lists per path: how an untouched file is told from schema 1 records. */
  readonly knownHashes: Map<string, Set<string>>;
}

function regularFile(workspace: WorkspaceReader, path: string): string | undefined {
  const state = workspace.file(path);
  if (state.kind === 'absent') return undefined;
  if (state.kind !== 'file') throw new UserError(`${path} is not a regular file`);
  return state.content;
}

function readRecords(workspace: WorkspaceReader): Recorded {
  const apis: Recorded['apis'] = new Map();
  const knownHashes = new Map<string, Set<string>>();
  const know = (files: Readonly<Record<string, FileEntry>>) => {
    for (const [path, entry] of Object.entries(files)) {
      const hashes = knownHashes.get(path) ?? new Set<string>();
      hashes.add(entry.sha256);
      knownHashes.set(path, hashes);
    }
  };
  for (const path of workspace.recordPaths()) {
    const parsed = parseRecord(path, regularFile(workspace, path) ?? '');
    apis.set(parsed.request.projectName, parsed);
    know(parsed.record.files);
  }
  const sharedText = regularFile(workspace, SHARED_RECORD_PATH);
  const shared =
    sharedText === undefined ? undefined : parseSharedRecord(SHARED_RECORD_PATH, sharedText);
  if (shared) know(shared.files);
  return { apis, shared, knownHashes };
}

function byProjectName(apis: Iterable<ApiRequest>): ApiRequest[] {
  return [...apis].sort((a, b) => byCodeUnit(a.projectName, b.projectName));
}

/** Every API generated into the workspace, as its provenance record asked for it, sorted by project name. */
export function recordedApis(workspace: WorkspaceReader): ApiRequest[] {
  return requestsOf(readRecords(workspace));
}

/** The recorded APIs' requests, sorted by project name. */
function requestsOf(recorded: Recorded): ApiRequest[] {
  return byProjectName([...recorded.apis.values()].map((api) => api.request));
}

/** The recorded APIs with the tool version and template digest that last generated each. */
export function recordedVersions(
  workspace: WorkspaceReader,
): Array<{ request: ApiRequest; tool: Tool; digest: string; schema: number }> {
  return [...readRecords(workspace).apis.values()]
    .map(({ record, request }) => ({
      request,
      tool: record.tool,
      digest: record.templates.digest,
      schema: record.schema,
    }))
    .sort((a, b) => byCodeUnit(a.request.projectName, b.request.projectName));
}

/** A rendered template: where it goes, whose it is and its text. */
export interface RenderedFile {
  readonly path: string;
  readonly owner: FileOwner;
  readonly content: string;
  readonly executable: boolean;
  readonly join?: JoinKind;
}

interface Rendered extends RenderedFile {
  readonly perApi: boolean;
}

function render(
  templateSet: TemplateSet,
  request: ApiRequest,
  apis: readonly ApiRequest[],
  tool: Tool,
  header: HeaderText = HEADER,
): Rendered[] {
  const view: TemplateView = {
    ...apiView(request),
    apis: apis.map(apiView),
    toolName: tool.name,
    toolVersion: tool.version,
  };
  return templateSet.templates
    .filter((template) => template.when.every((key) => view[key as keyof TemplateView] === true))
    .map((template) => {
      const path = renderPath(template, view);
      return {
        path,
        owner: template.owner,
        content: renderBody(template, view, path, header),
        executable: template.executable,
        perApi: template.perApi,
        ...(template.join ? { join: template.join } : {}),
      };
    });
}

/**
 * What the generator wrote for files whose record predates stored bases (schema 1): the templates of the
 * version that wrote them (from the archive, by the record's digest) or else the current ones, rendered with
 * what the records say was asked, and kept only where the text hashes to what was recorded. A file no
 * rendering reproduces has no recoverable base; an untouched one is still known by its hash.
 */
function recoverBases(
  templateSet: TemplateSet,
  recorded: Recorded,
  previous: ApiRequest | undefined,
  history: TemplateHistory | undefined,
): Map<string, string> {
  const records = [...recorded.apis.values()].filter(({ record }) => record.schema === 1);
  if (records.length === 0) return new Map();
  const apis = requestsOf(recorded);
  const subject = previous ?? apis[0]!;
  const bases = new Map<string, string>();
  const tried = new Set<string>();
  for (const { record } of records) {
    const key = `${record.tool.name}\0${record.tool.version}\0${record.templates.digest}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const earlier = history?.(record.templates.digest);
    const renderings = [
      ...(earlier ? [render(earlier.set, subject, apis, record.tool, earlier.header)] : []),
      render(templateSet, subject, apis, record.tool),
    ];
    for (const file of renderings.flat()) {
      if (bases.has(file.path)) continue;
      if (recorded.knownHashes.get(file.path)?.has(sha256(file.content))) {
        bases.set(file.path, file.content);
      }
    }
  }
  return bases;
}

interface Decision {
  readonly action: FileAction;
  readonly content: string;
  readonly note?: string;
  /** A file of the person's that the generator never wrote: the record keeps no base for it. */
  readonly unrecorded?: true;
}

/** Conflict markers a person has not resolved yet (ours are labelled `yours`). */
const UNRESOLVED = /^<{7} yours\r?$[\s\S]*^>{7} /m;

function decide(
  file: RenderedFile,
  state: FileState,
  entry: FileEntry | undefined,
  recoveredBase: string | undefined,
  knownHashes: ReadonlySet<string> | undefined,
  merge: Merger,
  labels: { base: string; theirs: string },
): Decision {
  if (state.kind === 'absent') {
    if (entry && file.owner === 'user') {
      return {
        action: 'kept',
        content: '',
        note: 'deleted since it was generated; not written again',
      };
    }
    return { action: 'created', content: file.content };
  }
  if (state.kind !== 'file') {
    throw new UserError(`${file.path} exists as a ${state.kind}, where a file would be written`);
  }
  const ours = state.content;
  if (ours === file.content) return { action: 'unchanged', content: ours };
  // An earlier update's clash still waiting: the record moved on, so it would pass for an edit otherwise.
  if (UNRESOLVED.test(ours)) {
    return {
      action: 'conflict',
      content: ours,
      note: 'still holds the conflict markers of an earlier update; resolve them first',
    };
  }
  let base = entryText(entry) ?? recoveredBase;
  if (base === undefined && knownHashes?.has(sha256(ours))) base = ours;
  // A joined file is joined again rather than text-merged: it holds the person's text beside what was added
  // (JSON is joined key by key, 3-way once the base is known; lines are appended where missing).
  if (file.join) {
    if (base === ours) return { action: 'updated', content: file.content };
    const joined = joinFile(file.join, file.path, ours, file.content, base);
    const notes = [
      ...(joined.added.length ? [`joined with yours: added ${joined.added.join(', ')}`] : []),
      ...(joined.removed.length
        ? [`removed ${joined.removed.join(', ')}, no longer generated`]
        : []),
      ...(joined.keptTheirs.length ? [`kept your ${joined.keptTheirs.join(', ')}`] : []),
    ];
    return {
      action: joined.content === ours ? 'kept' : 'merged',
      content: joined.content,
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
  }
  if (base === undefined) {
    if (file.owner === 'user') {
      return entry
        ? {
            action: 'kept',
            content: ours,
            note: 'edited, and its record holds no copy of what was generated to merge with; compare it with the new templates by hand',
          }
        : {
            action: 'kept',
            content: ours,
            note: 'a file of yours was here first',
            unrecorded: true,
          };
    }
    const merged = merge(ours, '', file.content, { ours: 'yours', ...labels });
    return {
      action: merged.conflicts > 0 ? 'conflict' : 'merged',
      content: merged.content,
      note: 'differs from what was generated, with no record of the original to merge against: every difference is marked',
    };
  }
  if (ours === base) return { action: 'updated', content: file.content };
  if (file.content === base) {
    return {
      action: 'kept',
      content: ours,
      ...(file.owner === 'generated'
        ? { note: 'edited by hand; the templates did not change it' }
        : {}),
    };
  }
  const merged = merge(ours, base, file.content, { ours: 'yours', ...labels });
  if (merged.conflicts === 0) return { action: 'merged', content: merged.content };
  return {
    action: 'conflict',
    content: merged.content,
    note: `${merged.conflicts} conflicting ${merged.conflicts === 1 ? 'change' : 'changes'} marked with <<<<<<< and >>>>>>>`,
  };
}

/** The plan of a record the generation rewrites. */
export function recordPlan(path: string, content: string, workspace: WorkspaceReader): FilePlan {
  const before = regularFile(workspace, path) ?? null;
  return {
    path,
    owner: 'generated',
    action: before === null ? 'created' : before === content ? 'unchanged' : 'updated',
    content,
    before,
    executable: false,
  };
}

/** What a file is decided against: its record's entry and what the records let a plan know of it. */
export interface DecisionContext<F extends RenderedFile> {
  readonly entryOf: (file: F) => FileEntry | undefined;
  /** Bases recovered from earlier versions' templates, by path. */
  readonly recovered?: ReadonlyMap<string, string>;
  /** Every hash a record lists per path. */
  readonly knownHashes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly merge: Merger;
  readonly labels: { base: string; theirs: string };
}

/**
 * Each rendered file decided against the workspace (see the top of this file), and the paths of files of the
 * person's found there first, which the records keep no base for.
 */
export function decideFiles<F extends RenderedFile>(
  rendered: readonly F[],
  workspace: WorkspaceReader,
  context: DecisionContext<F>,
): { files: FilePlan[]; unrecorded: Set<string> } {
  const unrecorded = new Set<string>();
  const files = rendered.map((file): FilePlan => {
    const state = workspace.file(file.path);
    const decision = decide(
      file,
      state,
      context.entryOf(file),
      context.recovered?.get(file.path),
      context.knownHashes.get(file.path),
      context.merge,
      context.labels,
    );
    if (decision.unrecorded) unrecorded.add(file.path);
    return {
      path: file.path,
      owner: file.owner,
      action: decision.action,
      content: decision.content,
      before: state.kind === 'file' ? state.content : null,
      executable: file.executable,
      ...(decision.note ? { note: decision.note } : {}),
    };
  });
  return { files, unrecorded };
}

/** Files an earlier generation wrote (`earlier`) that the new rendering no longer has: removed if untouched. */
export function droppedFiles(
  earlier: ReadonlyMap<string, FileEntry>,
  renderedPaths: ReadonlySet<string>,
  workspace: WorkspaceReader,
): FilePlan[] {
  const files: FilePlan[] = [];
  for (const [path, entry] of earlier) {
    if (renderedPaths.has(path)) continue;
    const state = workspace.file(path);
    if (state.kind === 'absent') continue;
    const untouched = state.kind === 'file' && sha256(state.content) === entry.sha256;
    files.push({
      path,
      owner: entry.owner,
      action: untouched ? 'removed' : 'kept',
      content: untouched || state.kind !== 'file' ? '' : state.content,
      before: state.kind === 'file' ? state.content : null,
      executable: false,
      ...(untouched
        ? {}
        : {
            note: 'no longer generated, but edited since, so kept: delete it when you are done with it',
          }),
    });
    // npm's lock of a package.json that goes is of no use without it. npm wrote it, so no record lists it.
    const lock = path.replace(/(^|\/)package\.json$/, '$1package-lock.json');
    if (!untouched || lock === path || renderedPaths.has(lock) || earlier.has(lock)) continue;
    const lockState = workspace.file(lock);
    if (lockState.kind === 'file') {
      files.push({
        path: lock,
        owner: entry.owner,
        action: 'removed',
        content: '',
        before: lockState.content,
        executable: false,
        note: `npm's lock of the ${path} removed beside it`,
      });
    }
  }

  return files;
}

function planFiles(
  request: ApiRequest,
  previous: ApiRequest | undefined,
  templateSet: TemplateSet,
  workspace: WorkspaceReader,
  tool: Tool,
  recorded: Recorded,
  apis: readonly ApiRequest[],
  options: PlanOptions,
): FilePlan[] {
  const merge = options.merge ?? gitMerge;
  const rendered = render(templateSet, request, apis, tool);
  const own = recorded.apis.get(request.projectName)?.record;
  const shared = recorded.shared;
  const recovered = recoverBases(templateSet, recorded, previous, options.history);
  const baseVersion = own?.tool.version ?? shared?.tool.version;
  const labels = {
    base: `${tool.name} ${baseVersion ?? 'unknown version'}`,
    theirs: `${tool.name} ${tool.version}`,
  };
  // Schema 1 records list the shared files in every API's record.
  const entryOf = (path: string, perApi: boolean): FileEntry | undefined =>
    perApi || !shared ? own?.files[path] : shared.files[path];

  const { files, unrecorded } = decideFiles(rendered, workspace, {
    entryOf: (file) => entryOf(file.path, file.perApi),
    recovered,
    knownHashes: recorded.knownHashes,
    merge,
    labels,
  });
  files.push(
    ...droppedFiles(
      new Map<string, FileEntry>([
        ...Object.entries(own?.files ?? {}),
        ...Object.entries(shared?.files ?? {}),
      ]),
      new Set(rendered.map((file) => file.path)),
      workspace,
    ),
  );

  const record: ApiRecord = {
    schema: PROVENANCE_SCHEMA,
    tool: { name: tool.name, version: tool.version },
    templates: { digest: templateSet.digest },
    request: {
      name: request.name,
      directory: request.directory,
      apiType: request.apiType,
      auth: request.auth,
      architecture: request.architecture,
    },
    project: {
      projectName: request.projectName,
      moduleName: request.moduleName,
      className: request.className,
      projectRoot: request.projectRoot,
    },
    files: Object.fromEntries(
      rendered
        .filter((file) => file.perApi && !unrecorded.has(file.path))
        .map((file) => [file.path, fileEntry(file.owner, file.content)]),
    ),
  };
  const sharedRecord: SharedRecord = {
    schema: PROVENANCE_SCHEMA,
    tool: { name: tool.name, version: tool.version },
    templates: { digest: templateSet.digest },
    files: Object.fromEntries(
      rendered
        .filter((file) => !file.perApi && !unrecorded.has(file.path))
        .map((file) => [file.path, fileEntry(file.owner, file.content)]),
    ),
  };
  files.push(recordPlan(provenancePath(request.projectName), renderRecord(record), workspace));
  files.push(recordPlan(SHARED_RECORD_PATH, renderRecord(sharedRecord), workspace));
  return files;
}

/** Every API of the workspace once `request` is generated: the recorded ones, `request` in place of its own. */
function apisAfter(recorded: Recorded, request: ApiRequest): ApiRequest[] {
  return byProjectName([
    ...requestsOf(recorded).filter((api) => api.projectName !== request.projectName),
    request,
  ]);
}

/** A new API: refused when the workspace already has it (update changes an existing one). */
export function planGeneration(
  request: ApiRequest,
  templateSet: TemplateSet,
  workspace: WorkspaceReader,
  tool: Tool,
  options: PlanOptions = {},
): Plan {
  const recorded = readRecords(workspace);
  if (recorded.apis.has(request.projectName)) {
    const existing = recorded.apis.get(request.projectName)!.request;
    throw new UserError(
      `API ${request.projectName} already exists (${existing.projectRoot}, recorded in ${provenancePath(request.projectName)}); change or upgrade it with: fastapi-scaffold update --name ${request.projectName}`,
    );
  }
  if (workspace.file(request.projectRoot).kind !== 'absent') {
    throw new UserError(`${request.projectRoot} already exists; choose another name or directory`);
  }
  const apis = apisAfter(recorded, request);
  const files = planFiles(
    request,
    undefined,
    templateSet,
    workspace,
    tool,
    recorded,
    apis,
    options,
  );
  return { kind: 'generate', request, files, apis };
}

/** The recorded API a name (in any spelling) stands for. */
function findRecordedApi(recorded: Recorded, name: string): ApiRequest {
  const apis = requestsOf(recorded);
  const projectName = apiNames(name.trim()).projectName;
  const found = apis.find((api) => api.projectName === projectName);
  if (found) return found;
  throw new UserError(
    apis.length === 0
      ? `the workspace holds no generated API yet; create ${projectName} with: fastapi-scaffold generate --name ${projectName}`
      : `no API ${projectName} in the workspace (it holds ${apis.map((api) => api.projectName).join(', ')}); create it with: fastapi-scaffold generate --name ${projectName}`,
  );
}

/**
 * An existing API, re-rendered with its recorded answers and the `changes` given, by the templates of this
 * version: an option change and an upgrade are the same operation.
 */
export function planUpdate(
  name: string,
  changes: AnswerChanges,
  templateSet: TemplateSet,
  workspace: WorkspaceReader,
  tool: Tool,
  options: PlanOptions = {},
): Plan {
  const recorded = readRecords(workspace);
  const previous = findRecordedApi(recorded, name);
  const request = parseRequest({
    name: previous.name,
    directory: previous.directory,
    'api-type': changes.apiType ?? previous.apiType,
    auth: changes.auth ?? previous.auth,
    architecture: changes.architecture ?? previous.architecture,
  });
  const apis = apisAfter(recorded, request);
  const files = planFiles(request, previous, templateSet, workspace, tool, recorded, apis, options);
  return { kind: 'update', request, previous, files, apis };
}

/** The files a plan leaves with conflict markers, for the report and the exit code. */
export function conflictsOf(plan: Plan): string[] {
  return plan.files.filter((file) => file.action === 'conflict').map((file) => file.path);
}
