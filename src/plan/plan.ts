// Decides what a generation writes: every file with its owner, content and action, or throws a UserError
// with the one reason it cannot go ahead. Pure apart from reading templates and the workspace.

import { UserError } from '../errors.js';
import type { ApiRequest } from '../request/request.js';
import {
  parseRecord,
  provenancePath,
  PROVENANCE_SCHEMA,
  renderRecord,
  sha256,
  type ApiRecord,
} from './provenance.js';
import { renderBody, renderPath } from './render.js';
import type { FileOwner, TemplateSet } from './templates.js';
import { apiView, type TemplateView } from './view.js';
import type { WorkspaceReader } from './workspace.js';

export type FileAction = 'create' | 'update' | 'unchanged' | 'keep';

export interface FilePlan {
  readonly path: string;
  readonly owner: FileOwner;
  /** create: new file; update: generated file re-rendered; unchanged: same bytes; keep: user file left as is. */
  readonly action: FileAction;
  readonly content: string;
  readonly executable: boolean;
}

export interface Plan {
  readonly request: ApiRequest;
  readonly files: readonly FilePlan[];
  /** Every API in the workspace after this generation, sorted by project name. */
  readonly apis: readonly ApiRequest[];
}

export interface Tool {
  readonly name: string;
  readonly version: string;
}

/** The APIs the workspace's provenance records name, with the hashes of their generated files. */
function existingApis(workspace: WorkspaceReader): {
  requests: ApiRequest[];
  knownHashes: Map<string, Set<string>>;
} {
  const requests: ApiRequest[] = [];
  const knownHashes = new Map<string, Set<string>>();
  for (const path of workspace.recordPaths()) {
    const state = workspace.file(path);
    if (state.kind !== 'file') throw new UserError(`${path} is not a regular file`);
    const parsed = parseRecord(path, state.content);
    requests.push(parsed.request);
    for (const [file, entry] of Object.entries(parsed.record.files)) {
      if (entry.owner !== 'generated') continue;
      const hashes = knownHashes.get(file) ?? new Set<string>();
      hashes.add(entry.sha256);
      knownHashes.set(file, hashes);
    }
  }
  return { requests, knownHashes };
}

/** Every API generated into the workspace, as its provenance record asked for it, sorted by project name. */
export function recordedApis(workspace: WorkspaceReader): ApiRequest[] {
  return existingApis(workspace).requests.sort((a, b) =>
    a.projectName.localeCompare(b.projectName),
  );
}

function decide(
  path: string,
  owner: FileOwner,
  content: string,
  workspace: WorkspaceReader,
  knownHashes: Map<string, Set<string>>,
): FileAction {
  const state = workspace.file(path);
  switch (state.kind) {
    case 'absent':
      return 'create';
    case 'file':
      if (owner === 'user') return 'keep';
      if (state.content === content) return 'unchanged';
      if (knownHashes.get(path)?.has(sha256(state.content))) return 'update';
      throw new UserError(
        `${path} differs from what fastapi-scaffold generated (edited by hand?); move your change to a file you own, or delete the file to let it be generated again`,
      );
    default:
      throw new UserError(`${path} exists as a ${state.kind}, where a file would be written`);
  }
}

export function planGeneration(
  request: ApiRequest,
  templateSet: TemplateSet,
  workspace: WorkspaceReader,
  tool: Tool,
): Plan {
  const { requests, knownHashes } = existingApis(workspace);

  const recordPath = provenancePath(request.projectName);
  const previous = requests.find((api) => api.projectName === request.projectName);
  if (previous) {
    throw new UserError(
      `API ${request.projectName} already exists (${previous.projectRoot}, recorded in ${recordPath})`,
    );
  }
  if (workspace.file(request.projectRoot).kind !== 'absent') {
    throw new UserError(`${request.projectRoot} already exists; choose another name or directory`);
  }

  const apis = [...requests, request].sort((a, b) => a.projectName.localeCompare(b.projectName));
  const view: TemplateView = {
    ...apiView(request),
    apis: apis.map(apiView),
    toolName: tool.name,
    toolVersion: tool.version,
  };

  const files: FilePlan[] = [];
  for (const template of templateSet.templates) {
    if (!template.when.every((key) => view[key as keyof TemplateView] === true)) continue;
    const path = renderPath(template, view);
    const content = renderBody(template, view, path);
    const action = decide(path, template.owner, content, workspace, knownHashes);
    files.push({
      path,
      owner: template.owner,
      action,
      content,
      executable: template.executable,
    });
  }

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
      files
        .filter((file) => file.action !== 'keep')
        .map((file) => [file.path, { owner: file.owner, sha256: sha256(file.content) }]),
    ),
  };
  const recordContent = renderRecord(record);
  files.push({
    path: recordPath,
    owner: 'generated',
    action: decide(recordPath, 'generated', recordContent, workspace, knownHashes),
    content: recordContent,
    executable: false,
  });

  return { request, files, apis };
}
