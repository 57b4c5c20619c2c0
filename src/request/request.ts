// Validates raw inputs (from a form, an issue body or CLI flags) into an ApiRequest, or throws a UserError
// saying in one line what is wrong. Everything later trusts an ApiRequest: its names are safe as paths,
// Python identifiers, CDK ids, shell words and template values.

import { UserError } from '../errors.js';
import { GENERATOR_OWNED_PATHS } from '../layout.js';
import { apiNames, type ApiNames } from './names.js';
import { PYTHON_STDLIB_MODULES } from './python-stdlib.js';
import {
  API_TYPES,
  ARCHITECTURES,
  AUTH_MODES,
  inputSpec,
  OPERATIONS,
  type ApiType,
  type Architecture,
  type AuthMode,
  type FormInputId,
} from './schema.js';

export interface ApiRequest extends ApiNames {
  /** The name as the person typed it (trimmed). */
  readonly name: string;
  readonly directory: string;
  readonly apiType: ApiType;
  readonly auth: AuthMode;
  readonly architecture: Architecture;
  /** `<directory>/<projectName>`, relative to the workspace root, with `/` separators. */
  readonly projectRoot: string;
}

export type RawRequest = Partial<Record<FormInputId, string | undefined>>;

/** What a request asks for: a new API, or a change to (or an upgrade of) one the workspace records. */
export type Ask =
  | { readonly operation: 'generate'; readonly projectName: string; readonly request: ApiRequest }
  | {
      readonly operation: 'update';
      readonly projectName: string;
      /** The API, as the person typed its name. */
      readonly name: string;
      /** Where the request says the API is, when it says: it must be where the API was generated. */
      readonly directory?: string;
      /** The options given; the others keep their recorded values. */
      readonly changes: {
        readonly apiType?: ApiType;
        readonly auth?: AuthMode;
        readonly architecture?: Architecture;
      };
    };

const MAX_PROJECT_NAME = 40;

// Python keywords: a module named after one cannot be imported.
const PYTHON_KEYWORDS = new Set(
  'false none true and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

// Modules the generated project imports or that pytest and packaging tools treat specially.
const PYTHON_RESERVED_MODULES = new Set([
  'anyio',
  'aws_lambda_powertools',
  'aws_xray_sdk',
  'boto3',
  'botocore',
  'conftest',
  'fastapi',
  'h11',
  'httpx',
  'jmespath',
  'mangum',
  'pydantic',
  'pydantic_core',
  'pytest',
  'ruff',
  'setup',
  'site',
  'starlette',
  'test',
  'tests',
  'typing_extensions',
  'uvicorn',
]);

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function validateName(raw: string | undefined): { name: string; names: ApiNames } {
  const name = (raw ?? '').trim();
  if (name === '') throw new UserError('name is required');
  if (name.length > 64)
    throw new UserError(`name is too long (${name.length} characters, at most 64)`);
  if (!/^[A-Za-z][A-Za-z0-9 _-]*$/.test(name)) {
    throw new UserError(
      `name ${quote(name)} must start with a letter and contain only ASCII letters, digits, spaces, "-" and "_"`,
    );
  }
  const names = apiNames(name);
  if (names.projectName.length < 2) throw new UserError(`name ${quote(name)} is too short`);
  if (names.projectName.length > MAX_PROJECT_NAME) {
    throw new UserError(
      `name ${quote(name)} gives project ${names.projectName}, longer than ${MAX_PROJECT_NAME} characters`,
    );
  }
  if (PYTHON_KEYWORDS.has(names.moduleName)) {
    throw new UserError(`name ${quote(name)} gives module ${names.moduleName}, a Python keyword`);
  }
  if (PYTHON_STDLIB_MODULES.has(names.moduleName)) {
    throw new UserError(
      `name ${quote(name)} gives module ${names.moduleName}, which would shadow the Python standard library module of that name`,
    );
  }
  if (PYTHON_RESERVED_MODULES.has(names.moduleName)) {
    throw new UserError(
      `name ${quote(name)} gives module ${names.moduleName}, which would shadow a package the generated project depends on`,
    );
  }
  return { name, names };
}

function validateDirectory(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  const directory = value === '' ? inputSpec('directory').default! : value.replace(/\/+$/, '');
  if (directory.length > 100) throw new UserError('directory is too long (at most 100 characters)');
  if (directory.startsWith('/') || /^[A-Za-z]:/.test(directory) || directory.includes('\\')) {
    throw new UserError(
      `directory ${quote(directory)} must be a relative path with "/" separators`,
    );
  }
  const segments = directory.split('/');
  if (segments.length > 4)
    throw new UserError(`directory ${quote(directory)} is nested too deep (at most 4 levels)`);
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new UserError(
        `directory ${quote(directory)} must not contain empty, "." or ".." segments`,
      );
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(segment)) {
      throw new UserError(
        `directory ${quote(directory)}: each part must start with a letter or digit and contain only letters, digits, "-" and "_"`,
      );
    }
    if (segment === 'node_modules')
      throw new UserError('directory must not be inside node_modules');
  }
  return directory;
}

function validateChoice<T extends string>(
  id: FormInputId,
  raw: string | undefined,
  choices: readonly T[],
): T {
  const spec = inputSpec(id);
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return spec.default as T;
  if (!choices.includes(value as T)) {
    throw new UserError(`${id} must be one of ${choices.join(', ')} (got ${quote(raw!.trim())})`);
  }
  return value as T;
}

function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

export function parseRequest(raw: RawRequest): ApiRequest {
  const name = validateName(raw.name);
  const directory = validateDirectory(raw.directory);
  const apiType = validateChoice('api-type', raw['api-type'], API_TYPES);
  const auth = validateChoice('auth', raw.auth, AUTH_MODES);
  const architecture = validateChoice('architecture', raw.architecture, ARCHITECTURES);

  if (apiType === 'function-url' && auth === 'cognito') {
    throw new UserError(
      'auth cognito needs api-type http-api: a Function URL accepts only iam or none',
    );
  }

  const projectRoot = `${directory}/${name.names.projectName}`;
  const owned = GENERATOR_OWNED_PATHS.find((path) => pathsOverlap(projectRoot, path));
  if (owned) {
    throw new UserError(
      `project path ${projectRoot} collides with ${owned}, which the generator owns`,
    );
  }

  return {
    name: name.name,
    ...name.names,
    directory,
    apiType,
    auth,
    architecture,
    projectRoot,
  };
}

/**
 * The operation and its request. A generate is a whole request, empty options taking their defaults; an
 * update names an API and changes only the options given, each checked as a request's would be.
 */
export function parseAsk(raw: RawRequest): Ask {
  const operation = validateChoice('operation', raw.operation, OPERATIONS);
  if (operation === 'generate') {
    const request = parseRequest(raw);
    return { operation, projectName: request.projectName, request };
  }
  const { name, names } = validateName(raw.name);
  const given = (value: string | undefined): value is string => (value ?? '').trim() !== '';
  return {
    operation,
    projectName: names.projectName,
    name,
    ...(given(raw.directory) ? { directory: validateDirectory(raw.directory) } : {}),
    changes: {
      ...(given(raw['api-type'])
        ? { apiType: validateChoice('api-type', raw['api-type'], API_TYPES) }
        : {}),
      ...(given(raw.auth) ? { auth: validateChoice('auth', raw.auth, AUTH_MODES) } : {}),
      ...(given(raw.architecture)
        ? { architecture: validateChoice('architecture', raw.architecture, ARCHITECTURES) }
        : {}),
    },
  };
}
