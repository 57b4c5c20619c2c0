// The CLI's help and its answers to flags it cannot take, in process, as a person at a terminal reads them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.js';
import { REQUEST_INPUTS } from '../src/request/schema.js';
import { runCliCaptured, snapshotTree, tempWorkspace } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const cli = (args: string[], cwd = tempWorkspace()) =>
  runCliCaptured(args, cwd, { PATH: process.env.PATH });

/** The option lines of a help text (`  --flag …`), by flag. */
function optionLines(help: string): Map<string, string> {
  return new Map(
    help
      .split('\n')
      .filter((line) => /^ {2}(-h, )?--[a-z]/.test(line))
      .map((line) => [/--([a-z-]+)/.exec(line)![1]!, line]),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the text after the flag starts, on an option line. */
const textColumn = (line: string) => /^ {2}\S.*? {2,}(?=\S)/.exec(line)![0].length;

describe('fastapi-scaffold --help', () => {
  it('describes every command with its flags, allowed values, defaults, an example and the exit codes', async () => {
    const { code, out, err } = await cli(['--help']);
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const command of ['generate', 'update', 'verify', 'layout']) {
      expect(out).toMatch(new RegExp(`^  ${command} {2,}\\S`, 'm'));
      expect(out).toMatch(new RegExp(`^ {4}fastapi-scaffold ${command}\\b`, 'm'));
    }
    const generate = out.slice(
      out.indexOf('fastapi-scaffold generate --name'),
      out.indexOf('fastapi-scaffold update --name'),
    );
    for (const spec of REQUEST_INPUTS) {
      const line = optionLines(generate).get(spec.id)!;
      expect(line, spec.id).toContain(spec.label);
      if (spec.default) expect(line).toContain(`[default: ${spec.default}]`);
      expect(generate).toContain(spec.description.split(' ').slice(0, 4).join(' '));
      for (const option of spec.options ?? []) {
        expect(generate).toMatch(
          new RegExp(`^ +${option.value} +${escape(option.description.slice(0, 20))}`, 'm'),
        );
      }
    }
    const update = out.slice(
      out.indexOf('fastapi-scaffold update --name'),
      out.indexOf('fastapi-scaffold verify ['),
    );
    for (const id of ['api-type', 'auth', 'architecture']) {
      expect(optionLines(update).get(id)!).toContain('[default: as recorded]');
    }
    expect(optionLines(update).has('directory')).toBe(false);
    expect(out).toMatch(/^ {2}0 +done$/m);
    expect(out).toMatch(/^ {2}1 +a check of the generated project failed/m);
    expect(out).toMatch(/^ {2}2 +a request to fix/m);
    expect(out).toMatch(/^ {2}130, 143 +interrupted by Ctrl-C/m);
  });

  it('aligns the text of every flag of a command in one column', async () => {
    for (const command of ['generate', 'update', 'verify']) {
      const { out } = await cli(['help', command]);
      const columns = [...optionLines(out).values()].map(textColumn);
      expect(columns.length, command).toBeGreaterThan(3);
      expect(new Set(columns).size, `${command}: ${columns.join(' ')}`).toBe(1);
      // Descriptions continue in the same column.
      const under = out.split('\n').filter((line) => /^ {20,}\S/.test(line));
      expect(under.every((line) => line.search(/\S/) >= columns[0]!)).toBe(true);
    }
  });

  it('shows one command for `help <command>` and `<command> --help`, and nothing is run', async () => {
    const workspace = tempWorkspace();
    const viaHelp = await cli(['help', 'verify'], workspace);
    const viaFlag = await cli(['verify', '--help'], workspace);
    expect(viaHelp.code).toBe(0);
    expect(viaFlag).toEqual(viaHelp);
    expect(viaHelp.out).toMatch(/^Usage: fastapi-scaffold verify /);
    expect(optionLines(viaHelp.out).get('only')).toContain('(python | infra)');
    expect(viaHelp.out).not.toContain('--api-type');
    expect(viaHelp.out).toContain('Exit codes:');
    expect((await cli(['generate', '--name', 'orders', '-h'], workspace)).out).toMatch(
      /^Usage: fastapi-scaffold generate /,
    );
    expect(snapshotTree(workspace)).toEqual({});
  });
});

describe('flags and commands the CLI cannot take', () => {
  it.each([
    [['generate', '--nmae', 'orders'], 'unknown option --nmae; did you mean --name?'],
    [
      ['generate', '--name', 'orders', '--archtecture', 'arm64'],
      'unknown option --archtecture; did you mean --architecture?',
    ],
    [
      ['generate', '--name', 'orders', '--dryrun'],
      'unknown option --dryrun; did you mean --dry-run?',
    ],
    [['genrate', '--name', 'orders'], 'unknown command genrate; did you mean generate?'],
    [['help', 'verfy'], 'unknown command verfy; did you mean verify?'],
    [
      ['deploy'],
      'unknown command deploy; the commands are init, generate, update, verify, outdated, layout',
    ],
    [['generate', '--colour', 'red'], 'unknown option --colour'],
    [['generate', '--name'], '--name needs a value (--name NAME)'],
    [['generate', '--json=yes'], '--json takes no value (got --json=yes)'],
    [['generate', '--auth', 'iam', '--auth', 'none'], '--auth is given twice'],
    [
      ['generate', 'orders'],
      'generate takes no argument "orders"; flags start with -- (see fastapi-scaffold generate --help)',
    ],
    [['generate', '--only', 'python'], 'generate does not take --only; it is an option of verify'],
    [
      ['update', '--name', 'orders', '--directory', 'services'],
      'update takes --name, --api-type, --auth, --architecture, --workspace, --dry-run, --no-verify and --json (not --directory: an API keeps the name and directory it was generated with)',
    ],
    [
      ['update', '--name', 'orders', '--auth', 'oauth'],
      'auth must be one of iam, cognito, none (got "oauth")',
    ],
    [
      ['generate', '--name', 'orders', '--auth', 'foo'],
      'auth must be one of iam, cognito, none (got "foo")',
    ],
    [['verify', '--only', 'foo'], 'only must be one of python, infra (got "foo")'],
    [
      [],
      'a command is needed: init, generate, update, verify, outdated, layout (see fastapi-scaffold --help)',
    ],
  ])('%j: one line, exit 2, nothing written', async (args, message) => {
    const workspace = tempWorkspace();
    const result = await cli([...args], workspace);
    expect(result.err).toBe(`error: ${message}`);
    expect(result.code).toBe(EXIT.userError);
    expect(result.out).toBe('');
    expect(snapshotTree(workspace)).toEqual({});
  });

  it('answers a bad flag as JSON too when --json is given', async () => {
    const result = await cli(['generate', '--json', '--nmae', 'orders']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      ok: false,
      userError: true,
      error: 'unknown option --nmae; did you mean --name?',
    });
  });
});

describe('npm run demo', () => {
  const demo = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('prints its help, with the request flags of the schema, instead of a stack trace', () => {
    const result = demo(['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run demo -- \[options\]/);
    for (const spec of REQUEST_INPUTS)
      expect(optionLines(result.stdout).has(spec.id), spec.id).toBe(true);
    expect(optionLines(result.stdout).get('no-verify')).toBeDefined();
  });

  it('answers a misspelt flag with one line and exit 2', () => {
    const result = demo(['--nmae', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'error: unknown option --nmae; did you mean --name? (see npm run demo -- --help)\n',
    );
  });
});
