// Loads the template tree and checks it before anything is rendered.
//
// A template's path mirrors its output path: `__projectName__` (and the other PATH_PLACEHOLDERS) stand for
// the request's names and a leading `__dot__` for `.` (so the tree can hold `.gitignore` without git obeying
// it). A folder `__if_<key>__/` (a boolean view key) is a condition, not a folder of the output: what it holds
// is written into its parent only when the key is true, so the tree shows what appears when. A template may
// start with one directive line, a mustache comment that renders as nothing:
//
//   {{! scaffold owner=generated executable }}
//
// owner    `user` (default): the person's file once written; `generated`: the generator's, with a header.
//          Both are re-rendered by later generations and 3-way merged where a person edited them.
// executable  the file is written with mode 755.
// join     `json`, `lines` or `block`: a file of the person's that was there before the generator is joined
//          with the rendering (src/plan/join.ts) instead of being left alone, e.g. a repository's own
//          package.json; `block` keeps the rendering as a marked section of their file (a README).
//
// The templates of the workspace `init` sets up (templates-workspace/) are workflows full of GitHub's
// `${{ }}`: they switch mustache to `<% %>` on their second line (`{{=<% %>=}}`), so both read as written.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache, { type TemplateSpans } from 'mustache';
import { COMPILED_TEMPLATES, TEMPLATES_DIR } from '../tool.js';
import type { JoinKind } from './join.js';
import { BOOLEAN_VIEW_KEYS, PATH_PLACEHOLDERS, VIEW_KEYS } from './view.js';

export type FileOwner = 'generated' | 'user';

export interface Template {
  /** Path inside the template tree, `/` separated, placeholders unresolved. */
  readonly source: string;
  readonly body: string;
  /** `body` parsed by mustache, so that rendering never parses it again. */
  readonly tokens: TemplateSpans;
  readonly owner: FileOwner;
  /** Boolean view keys that must all be true for the file to exist (from its `__if_<key>__/` folders). */
  readonly when: readonly string[];
  readonly executable: boolean;
  /** How a file of the person's found where this one goes is joined with it; absent: left as it is. */
  readonly join?: JoinKind;
  /** Rendered once per API (its path names the API) rather than once per workspace. */
  readonly perApi: boolean;
}

export interface TemplateSet {
  readonly templates: readonly Template[];
  /** sha256 over every template's path and text: identifies the template version in provenance records. */
  readonly digest: string;
}

const DIRECTIVE = /^\{\{!\s*scaffold\b([^}]*)\}\}\r?\n/;
const PER_API_PLACEHOLDERS = ['projectName', 'moduleName', 'className'];
// Python file names that look like placeholders but are literal (`__init__.py`, `__main__.py`).
const PYTHON_DUNDERS = new Set(['init', 'main']);

/** A path segment that makes what is under it conditional on a boolean view key. */
export const CONDITION_SEGMENT = /^__if_([A-Za-z0-9]+)__$/;

function parseDirective(
  source: string,
  text: string,
): Pick<Template, 'body' | 'owner' | 'executable' | 'join'> {
  const match = DIRECTIVE.exec(text);
  if (!match) return { body: text, owner: 'user', executable: false };
  let owner: FileOwner = 'user';
  let executable = false;
  let join: JoinKind | undefined;
  for (const word of match[1]!.trim().split(/\s+/).filter(Boolean)) {
    const [key, value] = word.split('=', 2);
    if (key === 'owner' && (value === 'generated' || value === 'user')) owner = value;
    else if (key === 'executable' && value === undefined) executable = true;
    else if (key === 'join' && (value === 'json' || value === 'lines' || value === 'block'))
      join = value;
    else throw new Error(`template ${source}: bad directive "${word}"`);
  }
  return { body: text.slice(match[0].length), owner, executable, ...(join ? { join } : {}) };
}

/** The conditions a template's folders spell, checked against the view's boolean keys. */
function conditions(source: string): string[] {
  const keys: string[] = [];
  for (const segment of source.split('/').slice(0, -1)) {
    const condition = CONDITION_SEGMENT.exec(segment);
    if (!condition) continue;
    const key = condition[1]!;
    if (!BOOLEAN_VIEW_KEYS.has(key)) {
      throw new Error(`template ${source}: __if_${key}__ names no boolean view key`);
    }
    keys.push(key);
  }
  return keys;
}

/** Every `{{name}}` must be a view key or, inside `{{#apis}}`, `.`-free field of an API. */
function checkKeys(source: string, tokens: TemplateSpans, keys: ReadonlySet<string>): void {
  for (const token of tokens) {
    const [type, value] = token;
    if (type === 'name' || type === '&' || type === '#' || type === '^') {
      const key = value.split('.')[0]!;
      if (value !== '.' && !keys.has(key)) {
        throw new Error(`template ${source} uses unknown key "${value}"`);
      }
    }
    const children = token[4];
    if (Array.isArray(children)) checkKeys(source, children, keys);
  }
}

// By UTF-16 code unit, not localeCompare: the order (and so the digest and dist/templates.json) must not depend
// on the locale of the machine that reads or bundles the templates.
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function walk(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .sort((a, b) => byCodeUnit(a.name, b.name))
    .flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(root, path) : entry.isFile() ? [path] : [];
    });
}

/** A template file as stored: its path in the template tree and its text, directive line included. */
export interface TemplateFile {
  readonly source: string;
  readonly text: string;
}

/** The template tree's files in the order the digest covers them. */
export function readTemplateFiles(root: string): TemplateFile[] {
  return walk(root).map((source) => ({ source, text: readFileSync(join(root, source), 'utf8') }));
}

/**
 * Checks and parses template files. `strict: false` is for the archived templates of an earlier version,
 * which are only ever rendered to recover what that version wrote: a key this version no longer has renders
 * empty there, and the hash check of the result catches it. `keys`: the view keys the templates may use
 * (an API's by default; the workspace's for templates-workspace/).
 */
export function templateSet(
  files: readonly TemplateFile[],
  { strict = true, keys = VIEW_KEYS }: { strict?: boolean; keys?: ReadonlySet<string> } = {},
): TemplateSet {
  const hash = createHash('sha256');
  const templates = files.map(({ source, text }): Template => {
    hash.update(source).update('\0').update(text).update('\0');
    const parsed = parseDirective(source, text);
    const when = strict ? conditions(source) : lenientConditions(source);
    const tokens = Mustache.parse(parsed.body);
    if (strict) checkKeys(source, tokens, keys);
    const unconditional = source
      .split('/')
      .filter((segment) => !CONDITION_SEGMENT.test(segment))
      .join('/');
    for (const placeholder of strict ? unconditional.matchAll(/__([A-Za-z]+)__/g) : []) {
      const key = placeholder[1]!;
      if (
        key !== 'dot' &&
        !PYTHON_DUNDERS.has(key) &&
        !(PATH_PLACEHOLDERS as readonly string[]).includes(key)
      ) {
        throw new Error(`template ${source} has unknown path placeholder __${key}__`);
      }
    }
    const perApi = PER_API_PLACEHOLDERS.some((key) => source.includes(`__${key}__`));
    return { source, ...parsed, tokens, when, perApi };
  });
  return { templates, digest: hash.digest('hex') };
}

function lenientConditions(source: string): string[] {
  return source
    .split('/')
    .slice(0, -1)
    .flatMap((segment) => CONDITION_SEGMENT.exec(segment)?.[1] ?? []);
}

export function loadTemplates(root: string): TemplateSet {
  return templateSet(readTemplateFiles(root));
}

let shipped: TemplateSet | undefined;

/**
 * This tool's own templates. A bundle carries them checked and parsed at build time (scripts/build.mjs), so a
 * run reads one file instead of walking templates/ and parsing every template; the dist/ check of CI and
 * test/bundle.test.ts fail when that file no longer matches templates/. Run from the sources, the tree itself
 * is read. Either way once per process: the set is plain, unchanging data.
 */
export function shippedTemplates(): TemplateSet {
  if (!shipped) {
    let compiled: string | undefined;
    try {
      compiled = readFileSync(COMPILED_TEMPLATES, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    shipped = compiled ? (JSON.parse(compiled) as TemplateSet) : loadTemplates(TEMPLATES_DIR);
  }
  return shipped;
}
