// The records kept in `.scaffold/`: one per API (`<project>.json`: what was asked, by which tool and
// templates, and every file of that API) and one for the files all APIs share (`_shared.json`). Each file's
// entry holds what the generator wrote for it, line by line, so a later generation can tell an untouched file
// from one a person edited and 3-way merge the edit with the new rendering. The base lives in the workspace,
// not in git history: it is there in a depth-1 checkout and in a generation that was never committed.

import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { RECORDS_DIR } from '../layout.js';
import { parseRequest, type ApiRequest } from '../request/request.js';
import type { FileOwner } from './templates.js';

/** 1: hashes only (tool 0.1.0); 2: the generated text too, and shared files in their own record. */
export const PROVENANCE_SCHEMA = 2;

export interface FileEntry {
  readonly owner: FileOwner;
  /** sha256 of what the generator wrote. */
  readonly sha256: string;
  /** What the generator wrote, split on `\n` (schema 2; absent in schema 1 records). */
  readonly lines?: readonly string[];
}

export interface RecordedAnswers {
  readonly name: string;
  readonly directory: string;
  readonly apiType: string;
  readonly auth: string;
  readonly architecture: string;
}

/** One API's record, as kept at `.scaffold/<project>.json`. */
export interface ApiRecord {
  readonly schema: 1 | 2;
  readonly tool: { readonly name: string; readonly version: string };
  readonly templates: { readonly digest: string };
  readonly request: RecordedAnswers;
  readonly project: {
    readonly projectName: string;
    readonly moduleName: string;
    readonly className: string;
    readonly projectRoot: string;
  };
  /** path → its entry. Schema 1 also lists the shared files the generation wrote. */
  readonly files: Readonly<Record<string, FileEntry>>;
}

/** The shared files' record, at `.scaffold/_shared.json`. */
export interface SharedRecord {
  readonly schema: 2;
  readonly tool: { readonly name: string; readonly version: string };
  readonly templates: { readonly digest: string };
  readonly files: Readonly<Record<string, FileEntry>>;
}

/** A project name is kebab-case words, so a leading `_` can never name an API. */
export const SHARED_RECORD_PATH = `${RECORDS_DIR}/_shared.json`;

/**
 * The record of what `init` wrote (workflows, issue form, Dependabot, README section, workspace root), at the
 * repository's top level: its paths are relative to it, whichever directory the workspace is.
 */
export const WORKSPACE_RECORD_PATH = `${RECORDS_DIR}/_workspace.json`;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function provenancePath(projectName: string): string {
  return `${RECORDS_DIR}/${projectName}.json`;
}

export function fileEntry(owner: FileOwner, content: string): FileEntry {
  return { owner, sha256: sha256(content), lines: content.split('\n') };
}

/** The generated text an entry records, when the record holds it and it still matches its hash. */
export function entryText(entry: FileEntry | undefined): string | undefined {
  if (!entry?.lines) return undefined;
  const text = entry.lines.join('\n');
  return sha256(text) === entry.sha256 ? text : undefined;
}

export function renderRecord(record: ApiRecord | SharedRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not valid JSON; restore it from git history`);
  }
}

function checkFiles(path: string, files: unknown): void {
  if (typeof files !== 'object' || files === null) {
    throw new UserError(`${path} has no "files" map; restore it from git history`);
  }
  for (const [file, entry] of Object.entries(files)) {
    const { owner, sha256: hash, lines } = (entry ?? {}) as Partial<FileEntry>;
    if (
      (owner !== 'generated' && owner !== 'user') ||
      typeof hash !== 'string' ||
      (lines !== undefined &&
        (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string')))
    ) {
      throw new UserError(
        `${path}: the entry for ${file} is not a file record; restore it from git history`,
      );
    }
  }
}

/** Reads an API record back; a record a person broke is reported (a UserError), not guessed at. */
export function parseRecord(
  path: string,
  text: string,
): { record: ApiRecord; request: ApiRequest } {
  const data = parseJson(path, text) as ApiRecord;
  if ((data?.schema !== 1 && data?.schema !== 2) || typeof data.request !== 'object') {
    throw new UserError(
      `${path} is not a fastapi-scaffold record of schema 1 or ${PROVENANCE_SCHEMA}${typeof data?.schema === 'number' && data.schema > PROVENANCE_SCHEMA ? ' (a newer fastapi-scaffold wrote it: upgrade the tool)' : ''}`,
    );
  }
  checkFiles(path, data.files);
  let request: ApiRequest;
  try {
    request = parseRequest({
      name: data.request.name,
      directory: data.request.directory,
      'api-type': data.request.apiType,
      auth: data.request.auth,
      architecture: data.request.architecture,
    });
  } catch (error) {
    throw new UserError(`${path}: ${(error as Error).message}`);
  }
  if (provenancePath(request.projectName) !== path) {
    throw new UserError(`${path} records project ${request.projectName}; its file name must match`);
  }
  return { record: data, request };
}

export function parseSharedRecord(path: string, text: string): SharedRecord {
  const data = parseJson(path, text) as SharedRecord;
  if (data?.schema !== PROVENANCE_SCHEMA) {
    throw new UserError(
      `${path} is not a fastapi-scaffold shared record of schema ${PROVENANCE_SCHEMA}`,
    );
  }
  checkFiles(path, data.files);
  return data;
}
