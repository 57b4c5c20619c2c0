// The help texts, written from the same flag descriptions the parser reads (and, for the request's flags,
// from the one input schema), so help cannot say something the parser does not do.

import { EXIT } from '../errors.js';
import type { CliOption } from './args.js';

/** Text is wrapped to this width: help is read in terminals and pasted into issues. */
const WIDTH = 100;

export interface CommandHelp {
  readonly name: string;
  readonly summary: string;
  /** What follows the command's name in its usage line. */
  readonly usage: string;
  readonly options: readonly CliOption[];
  /** Whole invocations, each a command a reader can paste. */
  readonly examples: readonly string[];
}

const EXIT_MEANINGS: Record<keyof typeof EXIT, string> = {
  ok: 'done',
  failed:
    'a check of the generated project failed (its files stay written), or anything else went wrong',
  userError: 'a request to fix: a flag, a value or the workspace; nothing was written',
};

/** How an interrupted run ends: 128 + the signal's number, as shells report it. */
export const INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** `text` wrapped to the width, its first line after `lead` and the others aligned under it. */
function hang(lead: string, text: string): string[] {
  const width = Math.max(40, WIDTH - lead.length);
  return wrap(text, width).map(
    (line, index) => `${index === 0 ? lead : ' '.repeat(lead.length)}${line}`,
  );
}

/** Rows of a left cell and a text, the texts aligned after the widest left cell. */
function table(rows: ReadonlyArray<readonly [string, string]>, indent: string): string[] {
  const column = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.flatMap(([left, text]) => hang(`${indent}${left.padEnd(column)}`, text));
}

function flag(option: CliOption): string {
  const long = `--${option.name}${option.placeholder ? ` ${option.placeholder}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

/**
 * Each flag with its summary, allowed values and default on its line; below it its description and what each
 * allowed value means.
 */
export function formatOptions(options: readonly CliOption[], indent = '  '): string {
  const column = Math.max(...options.map((option) => flag(option).length)) + 2;
  const under = ' '.repeat(indent.length + column);
  return options
    .flatMap((option) => {
      const facts = [
        option.summary,
        option.choices ? `(${option.choices.map((choice) => choice.value).join(' | ')})` : '',
        option.required ? '(required)' : '',
        option.default !== undefined ? `[default: ${option.default}]` : '',
        option.multiple ? '(repeatable)' : '',
      ];
      const choices = option.choices ?? [];
      const valueColumn = Math.max(0, ...choices.map((choice) => choice.value.length)) + 2;
      return [
        ...hang(`${indent}${flag(option).padEnd(column)}`, facts.filter(Boolean).join(' ')),
        ...(option.description ? hang(under, option.description) : []),
        ...choices.flatMap((choice) =>
          hang(`${under}  ${choice.value.padEnd(valueColumn)}`, choice.description),
        ),
      ];
    })
    .join('\n');
}

function exitCodes(): string {
  const rows: Array<[string, string]> = (Object.keys(EXIT) as Array<keyof typeof EXIT>).map(
    (key) => [String(EXIT[key]), EXIT_MEANINGS[key]],
  );
  rows.push([
    `${INTERRUPTED.SIGINT}, ${INTERRUPTED.SIGTERM}`,
    'interrupted by Ctrl-C (SIGINT) or SIGTERM: the checks were stopped, the files written so far stay',
  ]);
  return ['Exit codes:', ...table(rows, '  ')].join('\n');
}

function section(program: string, command: CommandHelp): string {
  return [
    `${program} ${command.name} ${command.usage}`,
    '',
    ...wrap(command.summary, WIDTH - 2).map((line) => `  ${line}`),
    '',
    formatOptions(command.options),
    '',
    `  ${command.examples.length > 1 ? 'Examples' : 'Example'}:`,
    ...command.examples.map((example) => `    ${example}`),
  ].join('\n');
}

/** `<program> help <command>` and `<program> <command> --help`. */
export function commandHelp(program: string, command: CommandHelp): string {
  return [`Usage: ${section(program, command)}`, exitCodes()].join('\n\n');
}

/** `<program> --help`: what the program does, then every command in full, then the exit codes. */
export function programHelp(
  program: string,
  about: string,
  commands: readonly CommandHelp[],
  globals: readonly CliOption[],
): string {
  const names = table(
    commands.map((command) => [command.name, command.summary.split(/(?<=\.)\s/)[0]!]),
    '  ',
  );
  return [
    ...wrap(about, WIDTH),
    '',
    `Usage: ${program} <command> [options]`,
    '',
    'Commands:',
    ...names,
    '',
    'Options:',
    formatOptions(globals),
    '',
    `${program} help <command> (or ${program} <command> --help) shows one command.`,
    ...commands.map((command) => `\n${section(program, command)}`),
    '',
    exitCodes(),
  ].join('\n');
}
