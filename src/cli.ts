// The local edge: CLI flags in, a report and an exit code out (src/errors.ts: 0 success, 2 a request the user
// must fix, 1 anything else, including a failed check of the generated project: its files stay written).
//   generate  render a new API into the workspace, then run its checks
//   update    change an existing API's options or upgrade it to these templates (3-way merged), then check it
//   verify    run the checks of APIs already in the workspace (after an interrupted run, or on a pull request)
//   layout    print the fixed places of a generated workspace, for the workflow scripts

import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, exitCodeFor, messageOf, UserError } from './errors.js';
import { generateAndVerify, type Verified } from './generate.js';
import { LAYOUT, RECORDS_DIR } from './layout.js';
import { conflictsOf, recordedApis, recordedVersions, type AnswerChanges } from './plan/plan.js';
import { PROVENANCE_SCHEMA } from './plan/provenance.js';
import { loadTemplates } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import { formatChecksTable, formatDuration } from './report/checks.js';
import { describePlan } from './report/plan.js';
import { apiNames } from './request/names.js';
import { parseRequest, type ApiRequest } from './request/request.js';
import { REQUEST_INPUTS } from './request/schema.js';
import { TEMPLATES_DIR, toolInfo } from './tool.js';
import type { CheckResult } from './verify/types.js';
import { checksFailed, verifyWorkspace } from './verify/verify.js';

const USAGE = `Usage: fastapi-scaffold generate --name NAME [options]
       fastapi-scaffold update --name NAME [--api-type T] [--auth A] [--architecture X] [options]
       fastapi-scaffold verify [--name NAME ...] [--only python|infra] [--workspace W] [--json]
       fastapi-scaffold layout [--json]

generate: renders a FastAPI service for AWS Lambda, with its CDK constructs, into a workspace, then runs its
checks. update: re-renders an existing API with the options given (the others as recorded) and the
templates of this version; files you edited are 3-way merged, a clash is left between conflict markers
(exit 1). verify: runs the checks of APIs already generated there (every API unless --name says which), and of
the shared CDK packages. layout: prints the fixed places of a generated workspace as shell assignments
(or JSON), so scripts name them from one source.

Options:
${REQUEST_INPUTS.map((input) => {
  const values = input.options
    ? ` (${input.options.map((option) => option.value).join(' | ')})`
    : '';
  const fallback = input.default ? ` [default: ${input.default}]` : '';
  return `  --${input.id.padEnd(14)} ${input.label}${values}${fallback}`;
}).join('\n')}
  --only L          verify only: python (the APIs' projects) or infra (the CDK packages)
  --workspace W     Workspace root [default: current directory]
  --dry-run         Show the plan as a tree; write nothing
  --no-verify       Do not run the generated project's checks
  --json            Print the result as JSON
  -h, --help        Show this help
  --version         Show the version`;

const OPTIONS = {
  ...Object.fromEntries(REQUEST_INPUTS.map((input) => [input.id, { type: 'string' }])),
  // verify takes several; generate one.
  name: { type: 'string', multiple: true },
  only: { type: 'string' },
  workspace: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'no-verify': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Environment for the generated project's checks; defaults to this process's. */
  readonly env?: NodeJS.ProcessEnv;
}

function verifyStatus(checks: readonly CheckResult[] | null): 'passed' | 'failed' | 'skipped' {
  if (checks === null) return 'skipped';
  return checksFailed(checks) ? 'failed' : 'passed';
}

function describeChecks(outcome: Verified): string {
  const { checks } = outcome;
  if (outcome.dryRun) return '';
  if (checks === null) {
    return conflictsOf(outcome.plan).length > 0
      ? 'Checks not run: resolve the conflicts first.'
      : 'Checks skipped (--no-verify).';
  }
  return `Checks of the generated project:\n\n${formatChecksTable(checks)}`;
}

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

function progressLine(check: CheckResult): string {
  const time = check.status === 'skipped' ? '' : ` (${formatDuration(check.durationMs)})`;
  return `  ${check.status.padEnd(7)} ${check.name} in ${check.project}${time}`;
}

function asJson(outcome: Verified): string {
  const { request, files } = outcome.plan;
  return JSON.stringify(
    {
      ok: true,
      dryRun: outcome.dryRun,
      request,
      files: files.map((file) => ({
        path: file.path,
        owner: file.owner,
        action: file.action,
        executable: file.executable,
      })),
      written: outcome.written,
      removed: outcome.removed,
      conflicts: conflictsOf(outcome.plan),
      apis: outcome.plan.apis.map((api) => api.projectName),
      verify: verifyStatus(outcome.checks),
      checks: outcome.checks,
    },
    null,
    2,
  );
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`error: ${(error as Error).message.split('\n')[0]}. See --help.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(toolInfo().version);
    return 0;
  }
  const command = positionals.length === 1 ? positionals[0] : undefined;
  if (command === 'layout') {
    io.out(
      values.json
        ? JSON.stringify(LAYOUT, null, 2)
        : Object.entries(LAYOUT)
            .map(([key, value]) => `${key}=${value}`)
            .join('\n'),
    );
    return EXIT.ok;
  }
  if (command === 'outdated') return outdatedCommand(values, io);
  if (command !== 'generate' && command !== 'update' && command !== 'verify') {
    io.err(
      `error: expected the command "generate", "update", "verify" or "layout"${positionals.length ? `, got "${positionals.join(' ')}"` : ''}. See --help.`,
    );
    return EXIT.userError;
  }
  const workspace = resolve(io.cwd, values.workspace ?? '.');
  if (command === 'verify') return verifyCommand(values, workspace, io);
  if ((values.name?.length ?? 0) > 1 || values.only !== undefined) {
    io.err(`error: ${command} takes one --name and no --only. See --help.`);
    return EXIT.userError;
  }

  const flags = values as Record<string, string | boolean | string[] | undefined>;
  const raw = Object.fromEntries(
    REQUEST_INPUTS.map((input) => [
      input.id,
      input.id === 'name' ? values.name?.[0] : (flags[input.id] as string | undefined),
    ]),
  );
  if (command === 'update') {
    if (raw.name === undefined || raw.directory !== undefined) {
      io.err(
        `error: update takes --name of an existing API${raw.directory !== undefined ? ' and no --directory (an API stays where it was generated)' : ''}. See --help.`,
      );
      return EXIT.userError;
    }
  }
  const dryRun = values['dry-run'] ?? false;
  const verify = !values['no-verify'] && !dryRun;
  let announced = false;
  const showProgress = (check: CheckResult): void => {
    if (!announced) io.err('Checking the generated project (--no-verify skips this):');
    announced = true;
    io.err(progressLine(check));
  };
  let outcome: Verified;
  try {
    outcome = await generateAndVerify(
      command === 'update' ? updateRequest(raw) : parseRequest(raw),
      {
        workspace,
        templates: loadTemplates(TEMPLATES_DIR),
        tool: toolInfo(),
        dryRun,
        verify: verify
          ? {
              ...(io.env ? { env: io.env } : {}),
              ...(values.json ? {} : { onCheck: showProgress }),
            }
          : false,
      },
    );
  } catch (error) {
    return reportError(io, error, values.json ?? false);
  }

  if (values.json) io.out(asJson(outcome));
  else {
    io.out(
      [describePlan(outcome.plan, outcome), describeChecks(outcome)].filter(Boolean).join('\n\n'),
    );
  }
  const conflicts = conflictsOf(outcome.plan);
  if (conflicts.length > 0 && !outcome.dryRun) {
    io.err(
      `error: ${conflicts.length === 1 ? 'a file has' : `${conflicts.length} files have`} conflicting changes to resolve (${conflicts.join(', ')}): edit out the <<<<<<< ======= >>>>>>> markers, keeping what you want, then run fastapi-scaffold verify --name ${outcome.plan.request.projectName}.`,
    );
    return EXIT.failed;
  }
  if (outcome.checks && checksFailed(outcome.checks)) {
    const failed = outcome.checks
      .filter((check) => check.status === 'failed')
      .map((check) => check.name);
    io.err(
      `error: ${failed.length === 1 ? 'a check' : `${failed.length} checks`} of the generated project failed (${failed.join(', ')}); the files stay written in ${workspace}. Fix the cause and re-run the failing command in its project directory.`,
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** The options `update` was given, checked by the same rules as a request's; the others stay as recorded. */
function updateRequest(raw: Record<string, string | undefined>): {
  name: string;
  changes: AnswerChanges;
} {
  const name = raw.name!;
  // Check each given option's value as a request would, with the name standing in for the rest.
  parseRequest({ ...raw, name });
  const changes: { -readonly [K in keyof AnswerChanges]: AnswerChanges[K] } = {};
  if (raw['api-type'] !== undefined) changes.apiType = raw['api-type'];
  if (raw.auth !== undefined) changes.auth = raw.auth;
  if (raw.architecture !== undefined) changes.architecture = raw.architecture;
  return { name, changes };
}

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** The APIs `verify` checks: those named (any spelling of their name), else every API in the workspace. */
function apisToVerify(workspace: string, names: readonly string[]): ApiRequest[] {
  const recorded = recordedApis(diskWorkspace(workspace));
  if (recorded.length === 0) {
    throw new UserError(
      `${workspace} holds no generated API (no records in ${RECORDS_DIR}/); run fastapi-scaffold generate first`,
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

async function verifyCommand(values: Values, workspace: string, io: CliIo): Promise<number> {
  const requestOnly = REQUEST_INPUTS.filter((input) => input.id !== 'name').find(
    (input) => (values as Record<string, unknown>)[input.id] !== undefined,
  );
  if (requestOnly || values['dry-run'] || values['no-verify']) {
    io.err(
      `error: verify checks what the workspace holds; it takes --name, --only, --workspace and --json${requestOnly ? ` (not --${requestOnly.id}: change an API with its request)` : ''}. See --help.`,
    );
    return EXIT.userError;
  }
  if (values.only !== undefined && values.only !== 'python' && values.only !== 'infra') {
    io.err(`error: --only must be python or infra (got ${JSON.stringify(values.only)})`);
    return EXIT.userError;
  }
  let apis: ApiRequest[];
  try {
    apis = apisToVerify(workspace, values.name ?? []);
  } catch (error) {
    return reportError(io, error, values.json ?? false);
  }
  const target = {
    apis: values.only === 'infra' ? [] : apis,
    infra: values.only !== 'python',
  };
  if (!values.json) {
    io.err(
      `Checking ${[...target.apis.map((api) => api.projectRoot), ...(target.infra ? ['the CDK packages'] : [])].join(', ')}:`,
    );
  }
  const checks = await verifyWorkspace(workspace, target, {
    ...(io.env ? { env: io.env } : {}),
    ...(values.json ? {} : { onCheck: (check: CheckResult) => io.err(progressLine(check)) }),
  });
  const failed = checksFailed(checks);
  if (values.json) {
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

/**
 * `outdated [--workspace W] [--json]`: the APIs whose record is older than this version's templates (another
 * tool version or templates digest, or a record schema without the bases later merges need), those an
 * upgrade would re-render; the scheduled upgrade workflow runs one update per API listed. Lists nothing, and
 * succeeds, when every API is current.
 */
function outdatedCommand(values: Values, io: CliIo): number {
  const workspace = resolve(io.cwd, values.workspace ?? '.');
  let apis;
  try {
    apis = recordedVersions(diskWorkspace(workspace));
  } catch (error) {
    return reportError(io, error, values.json ?? false);
  }
  const current = {
    tool: toolInfo(),
    digest: loadTemplates(TEMPLATES_DIR).digest,
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
  if (values.json) io.out(JSON.stringify({ ok: true, ...current, outdated }, null, 2));
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
