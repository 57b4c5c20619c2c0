// Joins what the generator needs into a file a person had before the generator ever wrote it (a repository's
// own package.json, .gitignore or README), the way they would by hand: what is theirs stays, what is missing
// is added, and a clash that cannot be settled without choosing for them is refused with the reason.

import { UserError } from '../errors.js';

export type JoinKind = 'json' | 'lines' | 'block';

export interface Joined {
  readonly content: string;
  /** What was added, for the report: `devDependencies.nx`, `.nx/`. */
  readonly added: readonly string[];
  /** Values of theirs that differ from what the generator would write, kept as they are. */
  readonly keptTheirs: readonly string[];
  /** Keys the template no longer has that the person had left as generated: removed. */
  readonly removed: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: Json): string {
  return Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'null'
      : isObject(value)
        ? 'an object'
        : `a ${typeof value}`;
}

/**
 * ours ⊕ theirs for one value. With `base` (what the generator wrote last time) it is a 3-way merge: a value
 * the person left as generated follows the template, and a key the template dropped goes if left as generated.
 */
function joinValue(
  path: string,
  file: string,
  ours: Json,
  theirs: Json,
  base: Json | undefined,
  added: string[],
  kept: string[],
  removed: string[],
): Json {
  const same = (a: Json | undefined, b: Json | undefined) =>
    JSON.stringify(a) === JSON.stringify(b);
  if (isObject(ours) && isObject(theirs)) {
    const baseObject = isObject(base) ? base : undefined;
    const result: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(ours)) {
      const dropped =
        baseObject && key in baseObject && !(key in theirs) && same(value, baseObject[key]);
      if (dropped) removed.push(path ? `${path}.${key}` : key);
      else result[key] = value;
    }
    for (const [key, value] of Object.entries(theirs)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in ours)) {
        // Left out on purpose if the person removed what the generator wrote before.
        if (baseObject && key in baseObject) continue;
        result[key] = value;
        added.push(at);
      } else {
        result[key] = joinValue(
          at,
          file,
          ours[key]!,
          value,
          baseObject?.[key],
          added,
          kept,
          removed,
        );
      }
    }
    return result;
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const seen = new Set(ours.map((item) => JSON.stringify(item)));
    const before = new Set(Array.isArray(base) ? base.map((item) => JSON.stringify(item)) : []);
    const missing = theirs.filter(
      (item) => !seen.has(JSON.stringify(item)) && !before.has(JSON.stringify(item)),
    );
    for (const item of missing) added.push(`${path}[${JSON.stringify(item)}]`);
    return [...ours, ...missing];
  }
  if (kind(ours) !== kind(theirs) && (isObject(theirs) || Array.isArray(theirs))) {
    throw new UserError(
      `${file}: "${path}" is ${kind(ours)} here, and fastapi-scaffold needs ${kind(theirs)} there to add ${JSON.stringify(theirs)}; change it by hand, then run again`,
    );
  }
  if (same(ours, theirs)) return ours;
  if (base !== undefined && same(ours, base)) {
    added.push(path);
    return theirs;
  }
  kept.push(path);
  return ours;
}

function parse(file: string, text: string, whose: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new UserError(`${file} (${whose}) is not valid JSON: ${(error as Error).message}`);
  }
}

/** The indentation a JSON text uses, so the joined file looks like the person's. */
function indentOf(text: string): string | number {
  const match = /^[{[]\r?\n([ \t]+)\S/.exec(text);
  return match ? match[1]! : 2;
}

function joinJson(file: string, ours: string, theirs: string, base?: string): Joined {
  const mine = parse(file, ours, 'yours');
  const wanted = parse(file, theirs, 'the template');
  const before = base === undefined ? undefined : parse(file, base, 'as generated');
  if (!isObject(mine) || !isObject(wanted)) {
    throw new UserError(
      `${file}: expected a JSON object, found ${kind(mine)}; change it by hand, then run again`,
    );
  }
  const added: string[] = [];
  const keptTheirs: string[] = [];
  const removed: string[] = [];
  const joined = joinValue('', file, mine, wanted, before, added, keptTheirs, removed);
  if (JSON.stringify(joined) === JSON.stringify(mine))
    return { content: ours, added: [], keptTheirs, removed: [] };
  const newline = ours.endsWith('\n') ? '\n' : '';
  return {
    content: `${JSON.stringify(joined, null, indentOf(ours))}${newline}`,
    added,
    keptTheirs,
    removed,
  };
}

/** Lines of theirs missing from ours (comments and blank lines aside) are appended, under their comment. */
function joinLines(ours: string, theirs: string): Joined {
  const present = new Set(ours.split('\n').map((line) => line.trim()));
  const missing = theirs
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !present.has(line.trim()));
  if (missing.length === 0) return { content: ours, added: [], keptTheirs: [], removed: [] };
  const separator = ours === '' || ours.endsWith('\n') ? '' : '\n';
  return {
    content: `${ours}${separator}${ours === '' ? '' : '\n'}# Added by fastapi-scaffold\n${missing.join('\n')}\n`,
    added: missing,
    keptTheirs: [],
    removed: [],
  };
}

const BLOCK_BEGIN = '<!-- fastapi-scaffold:begin';
const BLOCK_END = '<!-- fastapi-scaffold:end -->';

/** The marked section of a text: where it starts and ends (after its end marker's line), if it has one. */
function markedBlock(text: string): { start: number; end: number } | undefined {
  const start = text.search(/^<!-- fastapi-scaffold:begin/m);
  if (start < 0) return undefined;
  const close = text.indexOf(BLOCK_END, start);
  if (close < 0) return undefined;
  const after = close + BLOCK_END.length;
  return { start, end: text[after] === '\n' ? after + 1 : after };
}

/**
 * The rendering (theirs, one marked section) as a section of the person's text: appended where the text has
 * none, put in place of one they left as generated (`base`), and left alone where they edited it.
 */
function joinBlock(file: string, ours: string, theirs: string, base?: string): Joined {
  if (!theirs.startsWith(BLOCK_BEGIN)) {
    throw new Error(`${file}: a join=block template must be one section, from ${BLOCK_BEGIN}`);
  }
  const section = markedBlock(ours);
  const unchanged = { content: ours, added: [], keptTheirs: [], removed: [] };
  if (!section) {
    const separator = ours === '' ? '' : ours.endsWith('\n') ? '\n' : '\n\n';
    return { ...unchanged, content: `${ours}${separator}${theirs}`, added: ['its section'] };
  }
  const current = ours.slice(section.start, section.end);
  if (current === theirs) return unchanged;
  if (base !== undefined && current !== base) return { ...unchanged, keptTheirs: ['section'] };
  return {
    ...unchanged,
    content: ours.slice(0, section.start) + theirs + ours.slice(section.end),
    added: ['its section'],
  };
}

/**
 * `base`: what the generator wrote last time, when known (JSON merges 3-way with it; a block is replaced
 * only if it still reads as generated; lines only append).
 */
export function joinFile(
  kindOf: JoinKind,
  file: string,
  ours: string,
  theirs: string,
  base?: string,
): Joined {
  if (kindOf === 'json') return joinJson(file, ours, theirs, base);
  if (kindOf === 'block') return joinBlock(file, ours, theirs, base);
  return joinLines(ours, theirs);
}
