// Command-line flags as data, and reading them: the one description each flag has serves the parser, the
// help text and the "did you mean" of a misspelt flag. Every problem is a UserError of one line.

import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { REQUEST_INPUTS, type RequestInputId } from '../request/schema.js';

export interface Choice {
  readonly value: string;
  readonly description: string;
}

export interface CliOption {
  /** The flag without its dashes: `api-type` for `--api-type`. */
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given more than once; the values are kept in order. */
  readonly multiple?: boolean;
  /** What the value is, in help: `--name NAME`. */
  readonly placeholder?: string;
  /** One line beside the flag in help. */
  readonly summary: string;
  /** More, below the summary. */
  readonly description?: string;
  readonly choices?: readonly Choice[];
  readonly default?: string;
  readonly required?: boolean;
  /**
   * The request input this flag carries. Its value is validated by parseRequest, as the action's and the
   * issue form's are, so that all three accept and refuse the same things with the same words.
   */
  readonly input?: RequestInputId;
}

export type OptionValues = Readonly<Record<string, string | readonly string[] | true>>;

export interface ParsedFlags {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

const PLACEHOLDERS: Record<RequestInputId, string> = {
  name: 'NAME',
  directory: 'DIR',
  'api-type': 'TYPE',
  auth: 'MODE',
  architecture: 'ARCH',
};

/** The flag of a request input, described by the schema; `changes` adapts it to one command. */
export function requestOption(id: RequestInputId, changes: Partial<CliOption> = {}): CliOption {
  const spec = REQUEST_INPUTS.find((input) => input.id === id)!;
  return {
    name: id,
    type: 'string',
    placeholder: PLACEHOLDERS[id],
    summary: spec.label,
    description: spec.description,
    required: spec.required,
    input: id,
    ...(spec.default !== undefined ? { default: spec.default } : {}),
    ...(spec.options ? { choices: spec.options } : {}),
    ...changes,
  };
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one (nmae → name). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate `typed` most likely meant: a close spelling, or the one name it begins. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const prefixed = candidates.filter(
    (candidate) => typed.length >= 3 && candidate.startsWith(typed),
  );
  if (prefixed.length === 1) return prefixed[0];
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate);
    if (distance <= limit && (!best || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}

/** `; did you mean X?`, or nothing when no candidate is close. */
export function didYouMean(typed: string, candidates: readonly string[], prefix = ''): string {
  const match = closest(typed, candidates);
  return match === undefined ? '' : `; did you mean ${prefix}${match}?`;
}

/**
 * Splits `args` into option tokens and positionals. `known` says which flags take a value, so that the
 * value of `--workspace W` is not taken for a command.
 */
export function tokenize(args: readonly string[], known: readonly CliOption[]) {
  const options = Object.fromEntries(
    known.map((option) => [
      option.name,
      { type: option.type, ...(option.short ? { short: option.short } : {}) },
    ]),
  );
  return parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  }).tokens;
}

type Token = ReturnType<typeof tokenize>[number];

/** What to say of a flag `options` lacks: the caller may know it belongs to another command. */
export type ForeignFlag = (name: string) => string | undefined;

/**
 * Reads the option tokens against `options`: an unknown, misspelt or repeated flag, a flag without its value
 * or a value for a switch is a UserError; so is a value outside the choices of a flag that is not a request
 * input (those are parseRequest's to judge).
 */
export function readFlags(
  tokens: readonly Token[],
  options: readonly CliOption[],
  foreign: ForeignFlag = () => undefined,
): ParsedFlags {
  const values: Record<string, string | string[] | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = options.find(
      (candidate) => candidate.name === token.name || candidate.short === token.name,
    );
    if (!option) {
      const flag = token.rawName.startsWith('--') ? token.rawName : `-${token.name}`;
      const elsewhere = foreign(token.name);
      if (elsewhere) throw new UserError(elsewhere);
      const names = options.map((candidate) => candidate.name);
      throw new UserError(`unknown option ${flag}${didYouMean(token.name, names, '--')}`);
    }
    const flag = `--${option.name}`;
    if (option.type === 'boolean') {
      if (token.inlineValue)
        throw new UserError(`${flag} takes no value (got ${token.rawName}=${token.value})`);
      values[option.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
      throw new UserError(
        `${flag} needs a value${option.placeholder ? ` (${flag} ${option.placeholder})` : ''}`,
      );
    }
    if (
      option.choices &&
      !option.input &&
      !option.choices.some((choice) => choice.value === value)
    ) {
      throw new UserError(
        `${option.name} must be one of ${option.choices.map((choice) => choice.value).join(', ')} (got ${JSON.stringify(value)})`,
      );
    }
    const previous = values[option.name];
    if (option.multiple)
      values[option.name] = [...((previous as string[] | undefined) ?? []), value];
    else if (previous !== undefined) throw new UserError(`${flag} is given twice`);
    else values[option.name] = value;
  }
  return { values, positionals };
}

/** The flags of `args` against `options`, for a program with no commands. */
export function parseFlags(args: readonly string[], options: readonly CliOption[]): ParsedFlags {
  return readFlags(tokenize(args, options), options);
}

/** The value of a flag that takes one. */
export function stringFlag(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The values of a flag that may be repeated, in order. */
export function listFlag(values: OptionValues, name: string): readonly string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/** Whether a switch was given. */
export function switchFlag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
