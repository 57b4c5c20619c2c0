// The fixed places of a generated workspace, named once for every stage (request validation, planning, verify,
// delivery). test/layout.test.ts holds each against the template tree, so templates/ and this file cannot
// part. The APIs go wherever the `directory` input says (`packages/` by default); the shared CDK workspace
// does not follow them: it is always `packages/`, next to however many APIs live in `services/` or elsewhere.
// The repository root is the Nx and npm workspace: one install there brings nx and both CDK packages.

import { posix } from 'node:path';

/** The npm (and pnpm) workspace root: its package.json lists the CDK packages and brings nx; one lock file. */
export const NPM_WORKSPACE_DIR = '.';
/** Where the CDK packages every API shares live, with their solution tsconfig. */
export const CDK_WORKSPACE_DIR = 'packages';
/** The constructs package: the FastApi core construct and one generated construct per API. */
export const CONSTRUCTS_DIR = `${CDK_WORKSPACE_DIR}/common/constructs`;
/** The CDK app: the user's stack and the generated list of APIs. */
export const INFRA_DIR = `${CDK_WORKSPACE_DIR}/infra`;
/** One provenance record per API: `<dir>/<project>.json`. */
export const RECORDS_DIR = '.scaffold';

/** Paths the generator writes itself; no API may live at, above or inside them. */
export const GENERATOR_OWNED_PATHS = [
  `${CDK_WORKSPACE_DIR}/common`,
  INFRA_DIR,
  RECORDS_DIR,
] as const;

/**
 * The lock files the verify stage writes when a change has none yet; they belong in the change, or every
 * later install resolves afresh.
 */
export function lockFiles(projectRoot: string): string[] {
  return [`${projectRoot}/uv.lock`, posix.join(NPM_WORKSPACE_DIR, 'package-lock.json')];
}

/** The places above by the names the workflow scripts use (`fastapi-scaffold layout` prints them). */
export const LAYOUT = {
  NPM_WORKSPACE_DIR,
  CDK_WORKSPACE_DIR,
  CONSTRUCTS_DIR,
  INFRA_DIR,
  RECORDS_DIR,
} as const;
