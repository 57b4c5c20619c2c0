// The record kept for each API at `.scaffold/<project>.json`: what was asked, by which tool and templates,
// and the hash of every file written. It lets later generations list the workspace's APIs, tell an
// untouched generated file from one a person edited, and upgrade templates safely.

import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { RECORDS_DIR } from '../layout.js';
import { parseRequest, type ApiRequest } from '../request/request.js';
import type { FileOwner } from './templates.js';

export const PROVENANCE_SCHEMA = 1;

/** One API's record, as kept at `.scaffold/<project>.json`. */
export interface ApiRecord {
  readonly schema: typeof PROVENANCE_SCHEMA;
  readonly tool: { readonly name: string; readonly version: string };
  readonly templates: { readonly digest: string };
  readonly request: {
    readonly name: string;
    readonly directory: string;
    readonly apiType: string;
    readonly auth: string;
    readonly architecture: string;
  };
  readonly project: {
    readonly projectName: string;
    readonly moduleName: string;
    readonly className: string;
    readonly projectRoot: string;
  };
  /** path → owner and sha256 of the content as generated. */
  readonly files: Readonly<Record<string, { readonly owner: FileOwner; readonly sha256: string }>>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function provenancePath(projectName: string): string {
  return `${RECORDS_DIR}/${projectName}.json`;
}

export function renderRecord(record: ApiRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Reads a record back; a record a person broke is reported (a UserError), not guessed at. */
export function parseRecord(
  path: string,
  text: string,
): { record: ApiRecord; request: ApiRequest } {
  let data: ApiRecord;
  try {
    data = JSON.parse(text) as ApiRecord;
  } catch {
    throw new UserError(`${path} is not valid JSON; restore it from git history`);
  }
  if (
    data?.schema !== PROVENANCE_SCHEMA ||
    typeof data.request !== 'object' ||
    typeof data.files !== 'object'
  ) {
    throw new UserError(`${path} is not a fastapi-scaffold record of schema ${PROVENANCE_SCHEMA}`);
  }
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
