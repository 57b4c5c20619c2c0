// The values templates may use. The template loader rejects any `{{key}}` that is not listed here,
// so a typo in a template fails the build instead of rendering as an empty string.

import type { ApiRequest } from '../request/request.js';

export interface ApiView {
  readonly name: string;
  readonly projectName: string;
  readonly moduleName: string;
  readonly className: string;
  readonly constantName: string;
  readonly title: string;
  readonly directory: string;
  readonly projectRoot: string;
  /** From the project directory back to the workspace root, e.g. `../..`. */
  readonly rootFromProject: string;
  readonly apiType: string;
  readonly auth: string;
  readonly architecture: string;
  readonly httpApi: boolean;
  readonly functionUrl: boolean;
  readonly authIam: boolean;
  readonly authCognito: boolean;
  readonly authNone: boolean;
  readonly arm64: boolean;
  readonly x86_64: boolean;
  /** `uv pip install --python-platform` value for the Lambda architecture. */
  readonly pythonPlatform: string;
}

export interface TemplateView extends ApiView {
  /** Every API of the workspace after this generation, the new one included, sorted by project name. */
  readonly apis: readonly ApiView[];
  readonly toolName: string;
  readonly toolVersion: string;
}

export function apiView(request: ApiRequest): ApiView {
  return {
    name: request.name,
    projectName: request.projectName,
    moduleName: request.moduleName,
    className: request.className,
    constantName: request.constantName,
    title: request.title,
    directory: request.directory,
    projectRoot: request.projectRoot,
    rootFromProject: request.projectRoot
      .split('/')
      .map(() => '..')
      .join('/'),
    apiType: request.apiType,
    auth: request.auth,
    architecture: request.architecture,
    httpApi: request.apiType === 'http-api',
    functionUrl: request.apiType === 'function-url',
    authIam: request.auth === 'iam',
    authCognito: request.auth === 'cognito',
    authNone: request.auth === 'none',
    arm64: request.architecture === 'arm64',
    x86_64: request.architecture === 'x86_64',
    pythonPlatform:
      request.architecture === 'arm64' ? 'aarch64-manylinux2014' : 'x86_64-manylinux2014',
  };
}

/** A view with placeholder values: its keys are the keys templates may use. */
const SAMPLE_VIEW = apiView({
  name: 'x',
  projectName: 'x',
  moduleName: 'x',
  className: 'X',
  constantName: 'X',
  title: 'X',
  directory: 'x',
  apiType: 'http-api',
  auth: 'iam',
  architecture: 'arm64',
  projectRoot: 'x/x',
});

export const VIEW_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(SAMPLE_VIEW),
  'apis',
  'toolName',
  'toolVersion',
]);

/** The keys a template's `__if_<key>__/` folder may name. */
export const BOOLEAN_VIEW_KEYS: ReadonlySet<string> = new Set(
  Object.entries(SAMPLE_VIEW)
    .filter(([, value]) => typeof value === 'boolean')
    .map(([key]) => key),
);

/** Path placeholders: `__projectName__` in a template path becomes the project name. */
export const PATH_PLACEHOLDERS = ['directory', 'projectName', 'moduleName', 'className'] as const;
