// What the verify stage runs, as data: lanes of checks, each a command with its directory and deadline.
// The Python lane checks the API just generated and, beside its lint and tests, builds its Lambda bundle,
// which the synth then reuses; the infrastructure lane installs the CDK packages every
// API shares (once, at the repository root, as a person would), then runs its checks side by side: the
// type-check of both packages (one `tsc -b` over the workspace's solution tsconfig), the constructs' tests,
// the app's tests and its synth. None of these needs another's result, so none waits for another (a type
// error does not skip the tests, it is reported next to their results), and on two CPUs the type-check,
// which parses all of aws-cdk-lib's declarations, runs while the tests and the synth use the other. Which infrastructure steps exist is read from the
// workspace, so the lanes follow the templates rather than guess them; a workspace without the solution
// tsconfig type-checks each package before its tests and synth, one package beside the other.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { CDK_WORKSPACE_DIR, CONSTRUCTS_DIR, INFRA_DIR, NPM_WORKSPACE_DIR } from '../layout.js';
import type { ApiRequest } from '../request/request.js';
import type { ProcessOutcome } from './process.js';
import { junitCounts, runnerCounts, type TestCounts } from './output.js';

export type Argv = readonly [string, ...string[]];

export interface CheckStep {
  readonly name: string;
  /** Directory relative to the workspace root, as reported. */
  readonly project: string;
  /** The command as a person would type it in `project`. */
  readonly command: string;
  /** What actually runs; resolved just before running, once earlier steps have installed tools. */
  readonly argv: () => Argv;
  readonly timeoutMs: number;
  readonly counts?: (outcome: ProcessOutcome) => TestCounts | undefined;
}

export interface Lane {
  readonly name: string;
  readonly steps: readonly CheckStep[];
  /** Lanes that start together once every step here has passed (e.g. per package, after one install). */
  readonly then?: readonly Lane[];
  /** Set when the lane has nothing to run, with the reason. */
  readonly absent?: { readonly project: string; readonly reason: string };
}

const MINUTE = 60_000;
/** Installs fetch from registries on a cold cache; everything else runs locally. */
export const DEFAULT_TIMEOUTS = { install: 10 * MINUTE, check: 5 * MINUTE } as const;

export interface LaneContext {
  readonly workspace: string;
  /** A private directory for reports such as pytest's JUnit XML. */
  readonly scratch: string;
  readonly timeoutMs?: number;
}

export function pythonLane(request: ApiRequest, context: LaneContext): Lane {
  // The generated project pins the one Python it runs on (requires-python = "==3.X.*", the version of its
  // Lambda runtime), so uv lock and uv sync take that interpreter or none: where it is missing, the first
  // of them fails saying so and ruff and pytest are reported skipped. Failed rather than skipped on purpose:
  // a pull request whose tests never ran on the runtime's Python must not look as if its checks passed.
  const project = request.projectRoot;
  const root = join(context.workspace, project);
  const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
  const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
  const junit = join(context.scratch, `pytest-${request.projectName}.xml`);
  const steps: CheckStep[] = [];
  if (!existsSync(join(root, 'uv.lock'))) {
    steps.push({
      name: 'uv-lock',
      project,
      command: 'uv lock',
      argv: () => ['uv', 'lock'],
      timeoutMs: install,
    });
  }
  steps.push({
    name: 'uv-sync',
    project,
    command: 'uv sync --locked',
    argv: () => ['uv', 'sync', '--locked'],
    timeoutMs: install,
  });
  const checks: CheckStep[] = [
    {
      name: 'ruff-check',
      project,
      command: 'uv run ruff check',
      argv: () => ['uv', 'run', '--no-sync', 'ruff', 'check', '--no-cache'],
      timeoutMs: check,
    },
    {
      name: 'ruff-format',
      project,
      command: 'uv run ruff format --check',
      argv: () => ['uv', 'run', '--no-sync', 'ruff', 'format', '--check', '--no-cache'],
      timeoutMs: check,
    },
    {
      name: 'pytest',
      project,
      command: 'uv run pytest',
      argv: () => [
        'uv',
        'run',
        '--no-sync',
        'pytest',
        '-p',
        'no:cacheprovider',
        `--junitxml=${junit}`,
      ],
      timeoutMs: check,
      counts: () => (existsSync(junit) ? junitCounts(readFileSync(junit, 'utf8')) : undefined),
    },
  ];
  const bundle = bundleStep(request, context.workspace, install);
  return {
    name: 'python',
    steps,
    then: [
      { name: 'python checks', steps: checks },
      ...(bundle ? [{ name: 'python bundle', steps: [bundle] }] : []),
    ],
  };
}

/**
 * The API's Lambda bundle, built as its `bundle` target builds it, by the constructs' script: a check of
 * its own (dependencies without a wheel for Lambda's platform fail here, naming the project), and built
 * ahead of `cdk synth`, which finds it in the project's bundle cache and links it instead of building it
 * again. It needs only the locked environment, so it runs beside ruff and pytest, while the
 * infrastructure lane is still installing; a workspace without the script (none of the CDK packages)
 * has no bundle to check.
 */
function bundleStep(
  request: ApiRequest,
  workspace: string,
  timeoutMs: number,
): CheckStep | undefined {
  const script = posix.join(CONSTRUCTS_DIR, 'scripts', 'bundle-python.mjs');
  if (!existsSync(join(workspace, script))) return undefined;
  const fromProject = posix.join(posix.relative(request.projectRoot, '.'), script);
  const args = ['.', request.architecture, 'build/bundle'] as const;
  return {
    name: 'bundle',
    project: request.projectRoot,
    command: `node ${fromProject} ${args.join(' ')}`,
    argv: () => ['node', join(workspace, script), ...args],
    timeoutMs,
  };
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function readPackageJson(path: string): { scripts?: Record<string, string> } | undefined {
  return readJson(path);
}

/**
 * Whether the npm workspace root's tsconfig.json is a solution over every package in `packages`
 * (project references, checked together by `tsc -b`).
 */
function solutionCovers(workspace: string, packages: readonly string[]): boolean {
  const config = readJson<{ references?: { path?: unknown }[] }>(
    join(workspace, CDK_WORKSPACE_DIR, 'tsconfig.json'),
  );
  const referenced = new Set(
    (config?.references ?? []).map((reference) =>
      typeof reference.path === 'string'
        ? join(CDK_WORKSPACE_DIR, reference.path).replace(/\/$/, '')
        : '',
    ),
  );
  return packages.every(
    (dir) => !existsSync(join(workspace, dir, 'tsconfig.json')) || referenced.has(dir),
  );
}

/**
 * The npm workspace that installs both CDK packages at once: the repository root, or `packages/` in a
 * workspace generated before the root became one and not updated since; none where each package installs
 * on its own.
 */
function sharedInstallDir(workspace: string): string | undefined {
  return [NPM_WORKSPACE_DIR, CDK_WORKSPACE_DIR].find(
    (dir) => readJson<{ workspaces?: unknown }>(join(workspace, dir, 'package.json'))?.workspaces,
  );
}

/** A package binary installed for `dir` or any npm workspace above it, up to `workspace`. */
export function localBin(name: string, dir: string, workspace: string): string {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, 'node_modules', '.bin', name);
    if (existsSync(candidate)) return candidate;
    if (current === workspace || dirname(current) === current) return name;
  }
}

/**
 * The install of `project`, an npm workspace root when `workspaces` names its packages. Where nothing is
 * installed yet (a fresh checkout: the action, a pull request's checks) only those packages' dependencies
 * are extracted (`-w` each): the root's own devDependencies, such as nx, are tools no check runs. npm
 * still resolves the whole workspace, so the lock it writes is the one a plain install writes. Where
 * node_modules is there (a person's workspace) everything is installed as before, so `npm ci` does not
 * leave it without the root's tools.
 */
function npmInstall(
  project: string,
  root: string,
  timeoutMs: number,
  workspaces: readonly string[] = [],
): CheckStep {
  const verb = existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install';
  const only = existsSync(join(root, 'node_modules'))
    ? []
    : workspaces.flatMap((dir) => ['-w', dir]);
  const typed = ['npm', verb, ...only] as const;
  return {
    name: 'npm-install',
    project,
    command: typed.join(' '),
    // --prefer-offline: a warm npm cache answers without asking the registry.
    argv: () => [...typed, '--prefer-offline', '--no-audit', '--no-fund'],
    timeoutMs,
  };
}

export function infraLane(context: LaneContext): Lane {
  const { workspace } = context;
  const check = context.timeoutMs ?? DEFAULT_TIMEOUTS.check;
  const install = context.timeoutMs ?? DEFAULT_TIMEOUTS.install;
  const packages = [CONSTRUCTS_DIR, INFRA_DIR].filter((dir) =>
    existsSync(join(workspace, dir, 'package.json')),
  );
  if (packages.length === 0) {
    return {
      name: 'infrastructure',
      steps: [],
      absent: {
        project: INFRA_DIR,
        reason: `no CDK packages in the workspace (${INFRA_DIR}/package.json is missing)`,
      },
    };
  }

  const installs: CheckStep[] = [];
  const shared = sharedInstallDir(workspace);
  if (shared !== undefined) {
    const members = packages.map((dir) => posix.relative(shared, dir));
    installs.push(npmInstall(shared, join(workspace, shared), install, members));
  } else {
    for (const dir of packages) installs.push(npmInstall(dir, join(workspace, dir), install));
  }

  // One `tsc -b` for both packages: its projects share what they both load (all of aws-cdk-lib's
  // declarations), where two `tsc` processes would each parse them.
  const cdkPackages = join(workspace, CDK_WORKSPACE_DIR);
  const solution = shared !== undefined && solutionCovers(workspace, packages);
  const typeCheck: Lane | undefined = solution
    ? {
        name: 'types',
        steps: [
          {
            name: 'tsc',
            project: CDK_WORKSPACE_DIR,
            command: 'tsc -b',
            argv: () => [localBin('tsc', cdkPackages, workspace), '-b'],
            timeoutMs: check,
          },
        ],
      }
    : undefined;

  // After the install each package is checked on its own: type-check (unless done above), tests, and for
  // the app the synth.
  const packageLane = (dir: string): Lane => {
    const root = join(workspace, dir);
    const label = dir === INFRA_DIR ? 'infra' : 'constructs';
    const steps: CheckStep[] = [];
    if (!solution && existsSync(join(root, 'tsconfig.json'))) {
      steps.push({
        name: `tsc-${label}`,
        project: dir,
        command: 'tsc --noEmit',
        argv: () => [localBin('tsc', root, workspace), '--noEmit', '-p', 'tsconfig.json'],
        timeoutMs: check,
      });
    }
    if (readPackageJson(join(root, 'package.json'))?.scripts?.test) {
      steps.push({
        name: dir === INFRA_DIR ? 'infra-tests' : 'construct-tests',
        project: dir,
        command: 'npm test',
        argv: () => ['npm', 'test'],
        timeoutMs: check,
        counts: (outcome) => runnerCounts(outcome.output),
      });
    }
    if (dir === INFRA_DIR) {
      steps.push({
        name: 'cdk-synth',
        project: INFRA_DIR,
        command: 'cdk synth --quiet --no-notices',
        argv: () => [localBin('cdk', root, workspace), 'synth', '--quiet', '--no-notices'],
        timeoutMs: check,
      });
    }
    return { name: label, steps };
  };
  const lanes = packages.map(packageLane);
  if (!typeCheck) return { name: 'infrastructure', steps: installs, then: lanes };
  // With the type-check on its own, every remaining step gets a lane of its own too, synth included.
  const separate = lanes.flatMap((lane) =>
    lane.steps.map((step): Lane => ({ name: `${lane.name} ${step.name}`, steps: [step] })),
  );
  return { name: 'infrastructure', steps: installs, then: [typeCheck, ...separate] };
}

/**
 * What a check inherits from the caller's environment, by family: nothing else reaches the tools, their
 * install scripts or the generated tests. Left out on purpose: INPUT_* (the action's inputs, its token
 * among them), ACTIONS_* (the runtime token, the cache and results URLs), GITHUB_* and GH_TOKEN (tokens, and
 * the file commands through which any tool could write the job summary, outputs and environment), RUNNER_*,
 * GIT_* (GIT_CONFIG_* carries credentials; no check runs git), AWS_* (synth needs no account), CDK_* (synth
 * stays environment-agnostic), NODE_AUTH_TOKEN and other registry secrets (every dependency comes from the
 * public registries), NODE_OPTIONS (the caller's flags and loaders would be applied to every Node tool),
 * PIP_* (uv reads none of them and no check runs pip), and VIRTUAL_ENV and PYTHON* (the caller's environment
 * would be used instead of the project's own). TMPDIR is replaced, see `checkEnvironment`.
 */
const INHERITED: readonly { readonly names: RegExp; readonly reason: string }[] = [
  {
    names: /^(PATH|HOME)$/,
    reason: 'where the tools are, and the config and caches under HOME (~/.npmrc, ~/.cache/uv)',
  },
  {
    names: /^(LANG|LANGUAGE|LC_[A-Z]+|TZ)$/,
    reason: 'locale and time zone: how the tools decode files and print messages and dates',
  },
  { names: /^(http|https|all|no)_proxy$/i, reason: 'registries reached through a proxy' },
  {
    names:
      /^(SSL_CERT_FILE|SSL_CERT_DIR|NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/,
    reason: "a proxy's or company's certificate authority, for uv, Node (npm) and Python",
  },
  {
    names: /^UV_/,
    reason:
      "uv's settings: index URLs and their credentials, cache, which Python (setup-uv sets them)",
  },
  {
    names: /^npm_config_/i,
    reason: "npm's settings: registry, cache, user config (setup-node sets NPM_CONFIG_USERCONFIG)",
  },
  { names: /^XDG_[A-Z_]+$/, reason: "uv's cache, config and Pythons, where the user moved them" },
  {
    names: /^LD_LIBRARY_PATH$/,
    reason: 'a Python from actions/setup-python loads its libpython through it on Linux',
  },
];

/**
 * The environment every check runs in: the caller's allow-listed variables, a temp dir of the run's own
 * (`tmpDir`, removed afterwards with whatever the tools and the generated tests leave there), made quiet,
 * colourless and offline where it can be.
 */
export function checkEnvironment(base: NodeJS.ProcessEnv, tmpDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && INHERITED.some((family) => family.names.test(name)))
      env[name] = value;
  }
  return {
    ...env,
    TMPDIR: tmpDir,
    CI: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // uv: use the Python that is installed; never download one in the middle of a check.
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    // cdk synth needs no AWS account: no version check, no telemetry, no instance-metadata lookups.
    CDK_DISABLE_VERSION_CHECK: 'true',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
