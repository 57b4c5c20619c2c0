// The local edge: CLI flags in, a report and an exit code out (src/errors.ts: 0 success, 2 a request the user
// must fix, 1 anything else, including a failed check of the generated project: its files stay written;
// 130/143 when interrupted). The commands are one table: each entry is its flags, its help, the programs it
// needs and its handler; parsing, help, the pre-flight and errors are the same for all of them.

import { resolve } from 'node:path';
import { EXIT, exitCodeFor, messageOf, UserError } from './errors.js';
import { generate, update, type Generated } from './generate.js';
import { init } from './init.js';
import { LAYOUT, RECORDS_DIR } from './layout.js';
import { conflictsOf, recordedApis, recordedVersions } from './plan/plan.js';
import { labelCommand } from './plan/init.js';
import { PROVENANCE_SCHEMA } from './plan/provenance.js';
import { shippedTemplates } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import { formatChecksTable } from './report/checks.js';
import { describeInit } from './report/init.js';
import { describePlan } from './report/plan.js';
import { apiNames } from './request/names.js';
import { parseAsk, type ApiRequest, type RawRequest } from './request/request.js';
import { REQUEST_INPUTS } from './request/schema.js';
import { toolInfo, toolRepository } from './tool.js';
import type { CheckResult } from './verify/types.js';
import { checksFailed, verifyWorkspace, type VerifyTarget } from './verify/verify.js';
import {
  didYouMean,
  listFlag,
  readFlags,
  requestOption,
  stringFlag,
  switchFlag,
  tokenize,
  type CliOption,
  type OptionValues,
} from './cli/args.js';
import { commandHelp, INTERRUPTED, programHelp, type CommandHelp } from './cli/help.js';
import { preflight, type ToolName } from './cli/preflight.js';
import { checkProgress, useColour, type Terminal } from './cli/progress.js';

const PROGRAM = 'fastapi-scaffold';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Environment for the generated project's checks and the programs' lookup; defaults to this process's. */
  readonly env?: NodeJS.ProcessEnv;
  /** Set when stderr is a terminal: progress is then redrawn in place, and coloured unless NO_COLOR is set. */
  readonly terminal?: Terminal;
  /** Aborted with the signal's name (SIGINT, SIGTERM) to interrupt a run: its checks stop, its files stay. */
  readonly signal?: AbortSignal;
}

interface CommandContext {
  readonly command: Command;
  readonly io: CliIo;
  readonly values: OptionValues;
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
}

interface Command extends CommandHelp {
  /** The programs the command will run, given its flags: found and checked before anything is written. */
  readonly tools?: (values: OptionValues) => ReadonlyArray<{ tool: ToolName; skip?: string }>;
  /** Why the flags of other commands do not apply here, said when one is given. */
  readonly elsewhere?: string;
  readonly run: (context: CommandContext) => Promise<number>;
}

const WORKSPACE: CliOption = {
  name: 'workspace',
  type: 'string',
  placeholder: 'W',
  summary: 'Root of the workspace',
  default: 'the current directory',
};
const DRY_RUN: CliOption = {
  name: 'dry-run',
  type: 'boolean',
  summary: 'Show the plan as a tree; write nothing, run nothing',
};
const NO_VERIFY: CliOption = {
  name: 'no-verify',
  type: 'boolean',
  summary: "Do not run the generated project's checks (nor look for uv)",
};
const JSON_FLAG: CliOption = {
  name: 'json',
  type: 'boolean',
  summary: 'Print the result as one JSON document on stdout',
};
const HELP: CliOption = { name: 'help', short: 'h', type: 'boolean', summary: 'Show this help' };
const VERSION: CliOption = { name: 'version', type: 'boolean', summary: 'Show the version' };
const GLOBALS = [HELP, VERSION];

/** What a command that renders a request and then checks it runs: nothing on a dry run, no uv unverified. */
function renderTools(values: OptionValues) {
  if (switchFlag(values, 'dry-run')) return [];
  return [
    { tool: 'git' as const },
    { tool: 'node' as const },
    ...(switchFlag(values, 'no-verify')
      ? []
      : [{ tool: 'uv' as const, skip: 'skip the checks with --no-verify' }]),
  ];
}

const COMMANDS: readonly Command[] = [
  {
    name: 'init',
    usage: '[--workspace W] [--action-ref OWNER/REPO@REF] [--dry-run] [--json]',
    summary:
      "Set up this git repository as a service workspace: the issue form, the scaffold workflows (dispatch and issue), pull-request checks, deploy and upgrade workflows using this action pinned to a commit, a Dependabot configuration, a README section and the workspace root files. A file of yours already there is kept (and named) or joined, never overwritten; running it again changes nothing, and a newer version's init merges your edits. Prints the labels to create.",
    options: [
      {
        ...WORKSPACE,
        summary:
          'Where the workspace root files go (.github/ is always at the repository top level)',
      },
      {
        name: 'action-ref',
        type: 'string',
        placeholder: 'OWNER/REPO@REF',
        summary: 'The action the workflows use: a commit SHA (used as is), a tag or a branch',
        description:
          'A tag or branch is resolved to its commit with git ls-remote at GITHUB_SERVER_URL (else https://github.com); the workflows pin the commit, followed by the tag as a comment.',
        default: "this tool's repository at v<its version>",
      },
      { ...DRY_RUN, summary: 'Print the plan; write nothing' },
      JSON_FLAG,
      HELP,
    ],
    examples: [
      `${PROGRAM} init`,
      `${PROGRAM} init --workspace services --action-ref fastapi-scaffold/fastapi-scaffold@v0.2.0 --dry-run`,
    ],
    elsewhere: 'init sets up the repository; generate adds an API to it',
    tools: () => [{ tool: 'git' as const }],
    run: initCommand,
  },
  {
    name: 'generate',
    usage: '--name NAME [options]',
    summary:
      'Render a new FastAPI service for AWS Lambda, with its CDK constructs, into the workspace, then run its checks. The plan is printed first, then each check as it starts and ends (on stderr, so that --json output stays one document).',
    options: [
      ...REQUEST_INPUTS.map((input) => requestOption(input.id)),
      WORKSPACE,
      DRY_RUN,
      NO_VERIFY,
      JSON_FLAG,
      HELP,
    ],
    examples: [
      `${PROGRAM} generate --name "Orders API"`,
      `${PROGRAM} generate --name billing --api-type function-url --auth none --dry-run`,
    ],
    tools: renderTools,
    run: renderCommand,
  },
  {
    name: 'update',
    usage: '--name NAME [--api-type T] [--auth A] [--architecture X] [options]',
    summary:
      "Change an existing API's options, or upgrade it to the templates of this version (no option given), then run its checks. Files you edited are 3-way merged with the new rendering; a clash is left between conflict markers, exit 1, and the checks wait until you resolve it. --dry-run prints the unified diff of every change.",
    options: [
      requestOption('name', {
        summary: 'The API to update, in any spelling of its name',
        description: 'It must be recorded in the workspace (.scaffold/<project>.json).',
      }),
      ...(['api-type', 'auth', 'architecture'] as const).map((id) =>
        requestOption(id, { default: 'as recorded' }),
      ),
      WORKSPACE,
      { ...DRY_RUN, summary: 'Print the unified diff of every change; write nothing, run nothing' },
      NO_VERIFY,
      JSON_FLAG,
      HELP,
    ],
    examples: [
      `${PROGRAM} update --name orders-api --api-type function-url`,
      `${PROGRAM} update --name orders-api --dry-run`,
    ],
    elsewhere: 'an API keeps the name and directory it was generated with',
    tools: renderTools,
    run: renderCommand,
  },
  {
    name: 'verify',
    usage: '[--name NAME ...] [--only python|infra] [options]',
    summary:
      'Run the checks of APIs already generated in the workspace (after an interrupted run, or on a pull request): every API unless --name says which, and the shared CDK packages.',
    options: [
      requestOption('name', {
        multiple: true,
        required: false,
        summary: 'An API to check, in any spelling of its name',
        description: 'Every API in the workspace when none is given.',
      }),
      {
        name: 'only',
        type: 'string',
        placeholder: 'PART',
        summary: 'Check one part only',
        choices: [
          { value: 'python', description: "the APIs' Python projects" },
          { value: 'infra', description: 'the shared CDK packages' },
        ],
      },
      WORKSPACE,
      JSON_FLAG,
      HELP,
    ],
    examples: [`${PROGRAM} verify`, `${PROGRAM} verify --name orders-api --only python --json`],
    elsewhere: 'change an API with its request',
    // uv for the Python projects, node for the CDK packages.
    tools: (values) => [
      ...(stringFlag(values, 'only') === 'infra'
        ? []
        : [{ tool: 'uv' as const, skip: 'check only the CDK packages with --only infra' }]),
      ...(stringFlag(values, 'only') === 'python' ? [] : [{ tool: 'node' as const }]),
    ],
    run: verifyCommand,
  },
  {
    name: 'outdated',
    usage: '[--json]',
    summary:
      "List the APIs whose record is older than this version's templates (another tool version, templates digest or record schema): those `update --name` would upgrade. The scheduled upgrade workflow opens one pull request per API listed. Lists nothing, and succeeds, when every API is current.",
    options: [WORKSPACE, JSON_FLAG, HELP],
    examples: [
      `${PROGRAM} outdated`,
      `${PROGRAM} outdated --json | jq -r '.outdated[].projectName'`,
    ],
    run: outdatedCommand,
  },
  {
    name: 'layout',
    usage: '[--json]',
    summary:
      'Print the fixed places of a generated workspace as shell assignments (or JSON), so that scripts name them from one source.',
    options: [JSON_FLAG, HELP],
    examples: [`${PROGRAM} layout --json`, `eval "$(${PROGRAM} layout)" && echo "$INFRA_DIR"`],
    run: async ({ io, values }) => {
      io.out(
        switchFlag(values, 'json')
          ? JSON.stringify(LAYOUT, null, 2)
          : Object.entries(LAYOUT)
              .map(([key, value]) => `${key}=${value}`)
              .join('\n'),
      );
      return EXIT.ok;
    },
  },
];

const ABOUT =
  'fastapi-scaffold renders a FastAPI service for AWS Lambda with its AWS CDK constructs into a workspace, and runs its checks (uv, ruff, pytest, tsc, the construct tests, cdk synth with cdk-nag).';

const EVERY_OPTION = [...GLOBALS, ...COMMANDS.flatMap((command) => command.options)];

/** What the CLI says about anything thrown (one line; with --json also a JSON object), and its exit code. */
function reportError(io: CliIo, error: unknown, json: boolean): number {
  const code = exitCodeFor(error);
  if (json) {
    io.out(
      JSON.stringify(
        { ok: false, userError: code === EXIT.userError, error: messageOf(error) },
        null,
        2,
      ),
    );
  }
  io.err(`error: ${messageOf(error)}`);
  return code;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const names = COMMANDS.map((candidate) => candidate.name);
  const hint = didYouMean(name, [...names, 'help']) || `; the commands are ${names.join(', ')}`;
  throw new UserError(`unknown command ${name}${hint}`);
}

function listFlags(command: Command): string {
  const flags = command.options
    .filter((option) => option !== HELP)
    .map((option) => `--${option.name}`);
  return `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`;
}

/** The message for a flag `command` does not take but another command does. */
function foreignFlag(command: Command) {
  return (name: string): string | undefined => {
    const owner = COMMANDS.find(
      (other) => other !== command && other.options.some((option) => option.name === name),
    );
    if (!owner) return undefined;
    return command.elsewhere
      ? `${command.name} takes ${listFlags(command)} (not --${name}: ${command.elsewhere})`
      : `${command.name} does not take --${name}; it is an option of ${owner.name}`;
  };
}

/**
 * Runs one command line. Help and flag errors are answered before the first await, so a caller that does not
 * wait still sees them.
 */
export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let json = false;
  try {
    const tokens = tokenize(argv, EVERY_OPTION);
    const flagged = (name: string) =>
      tokens.some((token) => token.kind === 'option' && token.name === name && !token.inlineValue);
    json = flagged('json');
    const [first, ...rest] = tokens.flatMap((token) =>
      token.kind === 'positional' ? [token.value] : [],
    );
    if (first === 'help' || (first === undefined && flagged('help'))) {
      const named = first === 'help' ? rest[0] : undefined;
      io.out(
        named === undefined
          ? programHelp(PROGRAM, ABOUT, COMMANDS, GLOBALS)
          : commandHelp(PROGRAM, findCommand(named)),
      );
      return Promise.resolve(EXIT.ok);
    }
    if (first === undefined && flagged('version')) {
      io.out(toolInfo().version);
      return Promise.resolve(EXIT.ok);
    }
    if (first === undefined) {
      throw new UserError(
        `a command is needed: ${COMMANDS.map((command) => command.name).join(', ')} (see ${PROGRAM} --help)`,
      );
    }
    const command = findCommand(first);
    if (flagged('help')) {
      io.out(commandHelp(PROGRAM, command));
      return Promise.resolve(EXIT.ok);
    }
    const { values, positionals } = readFlags(tokens, command.options, foreignFlag(command));
    if (positionals.length > 1) {
      throw new UserError(
        `${command.name} takes no argument ${JSON.stringify(positionals[1])}; flags start with -- (see ${PROGRAM} ${command.name} --help)`,
      );
    }
    return runCommand(command, values, io);
  } catch (error) {
    return Promise.resolve(reportError(io, error, json));
  }
}

async function runCommand(command: Command, values: OptionValues, io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  try {
    await preflight(command.tools?.(values) ?? [], env);
    const workspace = resolve(io.cwd, stringFlag(values, 'workspace') ?? '.');
    return await command.run({ command, io, values, workspace, env });
  } catch (error) {
    return reportError(io, error, switchFlag(values, 'json'));
  }
}

/** The exit code of an interrupted run, or undefined when it was not interrupted. */
function interruption(io: CliIo): number | undefined {
  if (!io.signal?.aborted) return undefined;
  return io.signal.reason === 'SIGTERM' ? INTERRUPTED.SIGTERM : INTERRUPTED.SIGINT;
}

/** The one line an interrupted run ends with: what stays, and the command that finishes the job. */
function interrupted(
  io: CliIo,
  code: number,
  workspace: string,
  names: readonly string[],
  wrote: boolean,
): number {
  const finish = [
    `${PROGRAM} verify`,
    ...names.map((name) => `--name ${name}`),
    ...(workspace === resolve(io.cwd) ? [] : [`--workspace ${workspace}`]),
  ].join(' ');
  io.err(
    wrote
      ? `interrupted: the checks were stopped and the files stay written; finish with \`${finish}\``
      : 'interrupted before anything was written',
  );
  return code;
}

function verifyStatus(checks: readonly CheckResult[] | null): 'passed' | 'failed' | 'skipped' {
  if (checks === null) return 'skipped';
  return checksFailed(checks) ? 'failed' : 'passed';
}

/** The verify stage with progress on stderr, stopped by the CLI's signal. */
async function runChecks(
  context: CommandContext,
  target: VerifyTarget,
  heading: string,
): Promise<CheckResult[]> {
  const { io, env } = context;
  io.err(heading);
  const progress = checkProgress(io.err, io.terminal, useColour(io.terminal, env));
  try {
    return await verifyWorkspace(context.workspace, target, {
      env,
      onCheckStart: progress.onCheckStart,
      onCheck: progress.onCheck,
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    progress.stop();
  }
}

function requestFrom(values: OptionValues, options: readonly CliOption[]): RawRequest {
  return Object.fromEntries(
    options.flatMap((option) =>
      option.input ? [[option.input, stringFlag(values, option.name)]] : [],
    ),
  );
}

/** generate and update: render, print the plan, run the checks unless conflicts are left to resolve. */
async function renderCommand(context: CommandContext): Promise<number> {
  const { io, values, workspace } = context;
  const json = switchFlag(values, 'json');
  const raw = requestFrom(values, context.command.options);
  // The request's own rules, as the action applies them: an update checks only the options given, its name
  // and directory being the recorded ones (an API named `infra` may live in `apis/`).
  const ask = parseAsk({ ...raw, operation: context.command.name });
  const early = interruption(io);
  if (early !== undefined) return interrupted(io, early, workspace, [], false);
  const options = {
    workspace,
    templates: shippedTemplates(),
    tool: toolInfo(),
    dryRun: switchFlag(values, 'dry-run'),
  };
  const generated: Generated =
    ask.operation === 'update'
      ? update({ name: ask.name, changes: ask.changes }, options)
      : generate(ask.request, options);
  const { plan } = generated;
  const conflicts = conflictsOf(plan);
  // The plan first: a person sees what was written while the checks run.
  if (!json) io.out(describePlan(plan, generated));
  const verify = !generated.dryRun && !switchFlag(values, 'no-verify') && conflicts.length === 0;
  const checks = verify
    ? await runChecks(
        context,
        { apis: [plan.request], infra: true },
        'Checking the generated project (--no-verify skips this):',
      )
    : null;
  const code = interruption(io);
  if (code !== undefined)
    return interrupted(io, code, workspace, [plan.request.projectName], !generated.dryRun);

  if (json) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          dryRun: generated.dryRun,
          request: plan.request,
          ...(plan.previous ? { previous: plan.previous } : {}),
          files: plan.files.map((file) => ({
            path: file.path,
            owner: file.owner,
            action: file.action,
            executable: file.executable,
            ...(file.note ? { note: file.note } : {}),
          })),
          written: generated.written,
          removed: generated.removed,
          conflicts,
          apis: plan.apis.map((api) => api.projectName),
          verify: verifyStatus(checks),
          checks,
        },
        null,
        2,
      ),
    );
  } else if (!generated.dryRun) {
    io.out(
      checks !== null
        ? `\nChecks of the generated project:\n\n${formatChecksTable(checks)}`
        : conflicts.length > 0
          ? '\nChecks not run: resolve the conflicts first.'
          : '\nChecks skipped (--no-verify).',
    );
  }
  if (conflicts.length > 0 && !generated.dryRun) {
    io.err(
      `error: ${conflicts.length === 1 ? 'a file has' : `${conflicts.length} files have`} conflicting changes to resolve (${conflicts.join(', ')}): edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then run ${PROGRAM} verify --name ${plan.request.projectName}.`,
    );
    return EXIT.failed;
  }
  if (checks && checksFailed(checks)) {
    const failed = checks.filter((check) => check.status === 'failed').map((check) => check.name);
    io.err(
      `error: ${failed.length === 1 ? 'a check' : `${failed.length} checks`} of the generated project failed (${failed.join(', ')}); the files stay written in ${workspace}. Fix the cause and re-run the failing command in its project directory.`,
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** The APIs `verify` checks: those named (any spelling of their name), else every API in the workspace. */
function apisToVerify(workspace: string, names: readonly string[]): ApiRequest[] {
  const recorded = recordedApis(diskWorkspace(workspace));
  if (recorded.length === 0) {
    throw new UserError(
      `${workspace} holds no generated API (no records in ${RECORDS_DIR}/); run ${PROGRAM} generate first`,
    );
  }
  if (names.length === 0) return recorded;
  return names.map((name) => {
    const projectName = apiNames(name.trim()).projectName;
    const found = recorded.find((api) => api.projectName === projectName);
    if (!found) {
      throw new UserError(
        `no API ${projectName} in ${workspace}; it holds ${recorded.map((api) => api.projectName).join(', ')}`,
      );
    }
    return found;
  });
}

async function verifyCommand(context: CommandContext): Promise<number> {
  const { io, values, workspace } = context;
  const json = switchFlag(values, 'json');
  const only = stringFlag(values, 'only');
  const apis = apisToVerify(workspace, listFlag(values, 'name'));
  const target = { apis: only === 'infra' ? [] : apis, infra: only !== 'python' };
  const checks = await runChecks(
    context,
    target,
    `Checking ${[...target.apis.map((api) => api.projectRoot), ...(target.infra ? ['the CDK packages'] : [])].join(', ')}:`,
  );
  const code = interruption(io);
  if (code !== undefined) {
    const named = listFlag(values, 'name').length > 0 ? apis.map((api) => api.projectName) : [];
    return interrupted(io, code, workspace, named, true);
  }
  const failed = checksFailed(checks);
  if (json) {
    io.out(
      JSON.stringify(
        {
          ok: !failed,
          apis: target.apis.map((api) => api.projectName),
          verify: verifyStatus(checks),
          checks,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(`Checks:\n\n${formatChecksTable(checks)}`);
  }
  if (!failed) return EXIT.ok;
  io.err(
    `error: ${checks
      .filter((check) => check.status === 'failed')
      .map((check) => `${check.name} (${check.project})`)
      .join(', ')} failed`,
  );
  return EXIT.failed;
}

async function outdatedCommand({ io, values, workspace }: CommandContext): Promise<number> {
  const apis = recordedVersions(diskWorkspace(workspace));
  const current = {
    tool: toolInfo(),
    digest: shippedTemplates().digest,
    schema: PROVENANCE_SCHEMA,
  };
  const outdated = apis
    .filter(
      (api) =>
        api.tool.version !== current.tool.version ||
        api.digest !== current.digest ||
        api.schema !== current.schema,
    )
    .map((api) => ({
      projectName: api.request.projectName,
      projectRoot: api.request.projectRoot,
      tool: api.tool,
      digest: api.digest,
      schema: api.schema,
    }));
  const version = (api: { tool: { version: string }; digest: string; schema: number }) =>
    `${api.tool.version}, templates ${api.digest.slice(0, 12)}, record schema ${api.schema}`;
  if (switchFlag(values, 'json'))
    io.out(JSON.stringify({ ok: true, ...current, outdated }, null, 2));
  else if (outdated.length === 0) {
    io.err(`Every API in ${workspace} is current (${current.tool.name} ${version(current)}).`);
  } else {
    io.out(
      outdated
        .map(
          (api) =>
            `${api.projectName}\t${api.projectRoot}\t${api.tool.name} ${version(api)} (now ${version(current)})`,
        )
        .join('\n'),
    );
  }
  return EXIT.ok;
}

async function initCommand({ io, values, workspace, env }: CommandContext): Promise<number> {
  const actionRef = stringFlag(values, 'action-ref');
  const result = await init({
    cwd: io.cwd,
    workspace,
    ...(actionRef !== undefined ? { actionRef } : {}),
    repository: toolRepository(),
    tool: toolInfo(),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    dryRun: switchFlag(values, 'dry-run'),
    env: Object.fromEntries(
      Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  });
  const conflicts = result.plan.files.filter((file) => file.action === 'conflict');
  if (switchFlag(values, 'json')) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          dryRun: result.dryRun,
          root: result.root,
          workspace: result.workspace,
          action: result.action,
          files: result.plan.files.map((file) => ({
            path: file.path,
            owner: file.owner,
            action: file.action,
            ...(file.note ? { note: file.note } : {}),
          })),
          written: result.written,
          labels: result.labels.map(labelCommand),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(describeInit(result));
  }
  if (conflicts.length === 0 || result.dryRun) return EXIT.ok;
  io.err(
    `error: conflicting changes to resolve in ${conflicts.map((file) => file.path).join(', ')}: edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then commit.`,
  );
  return EXIT.failed;
}
