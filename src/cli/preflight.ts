// Before a command writes anything: the programs it will need are on PATH and new enough, or it stops at once
// with one line saying how to install them, instead of failing minutes later in the middle of the checks.

import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from '../errors.js';
import { NPM_WORKSPACE_DIR } from '../layout.js';
import { shippedTemplates } from '../plan/templates.js';

export type ToolName = 'git' | 'node' | 'uv';

interface Requirement {
  /** Versions that work, as an npm-style range (`>=20.12`, `^22.12.0 || >=24`). */
  readonly range: string;
  readonly install: string;
}

const REQUIREMENTS: Record<ToolName, () => Requirement> = {
  // The oldest git with every command delivery uses (`worktree remove`), so a workspace made here can be
  // delivered by the same tool.
  git: () => ({
    range: '>=2.17',
    install: 'install git from https://git-scm.com/downloads or your system packages',
  }),
  // The node on PATH is the one the generated workspace's npm scripts (nx, tsc, tests, cdk synth) run on, so
  // its engines range (the root package.json's) is the one that matters, not that of the node running this CLI.
  node: () => ({
    range: (
      JSON.parse(
        shippedTemplates().templates.find(
          (template) => template.source === join(NPM_WORKSPACE_DIR, 'package.json'),
        )!.body,
      ) as { engines: { node: string } }
    ).engines.node,
    install: 'install a supported Node.js from https://nodejs.org',
  }),
  // The generated projects build with uv_build 0.13 and lock with the uv.lock format of that line.
  uv: () => ({
    range: '>=0.13',
    install:
      'install it with the official installer (curl -LsSf https://astral.sh/uv/install.sh | sh) or `pipx install uv`',
  }),
};

type Version = readonly [number, number, number];

function parseVersion(text: string): Version | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `version` satisfies an npm-style range of `||` alternatives of `>=`, `>`, `<`, `<=`, `^` and `=`. */
export function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        const match = /^(>=|<=|>|<|\^|=)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(comparator);
        if (!match) return false;
        // A bound may name its major only (`>=24`), or its major and minor (`>=20.12`).
        const bound: Version = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
        const order = compare(version, bound);
        switch (match[1]) {
          case '>=':
            return order >= 0;
          case '>':
            return order > 0;
          case '<':
            return order < 0;
          case '<=':
            return order <= 0;
          case '^':
            return order >= 0 && version[0] === bound[0];
          default:
            return order === 0;
        }
      }),
  );
}

/** The first executable `name` on `path`, as the checks' spawn will find it. */
function findOnPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function versionOf(program: string, env: NodeJS.ProcessEnv): Promise<string> {
  // The node on PATH is usually the one running this CLI: its version is known without starting another.
  if (realpathSync(program) === realpathSync(process.execPath))
    return Promise.resolve(process.version);
  return new Promise((resolve) => {
    execFile(program, ['--version'], { env, timeout: 10_000 }, (error, stdout) =>
      resolve(error ? '' : stdout),
    );
  });
}

/**
 * Checks that each of `tools` is on the PATH of `env` and new enough; throws a UserError for the first that is
 * not. A version that cannot be read is let through: only a version known to be too old stops the run.
 * `skip` says how to go on without the tool, where there is a way.
 */
export async function preflight(
  tools: ReadonlyArray<{ readonly tool: ToolName; readonly skip?: string }>,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const found = await Promise.all(
    tools.map(async ({ tool, skip }) => {
      const requirement = REQUIREMENTS[tool]();
      const program = findOnPath(tool, env.PATH ?? '');
      const version = program ? parseVersion(await versionOf(program, env)) : undefined;
      return { tool, skip, requirement, program, version };
    }),
  );
  for (const { tool, skip, requirement, program, version } of found) {
    const orElse = skip ? `, or ${skip}` : '';
    if (!program) {
      throw new UserError(
        `${tool} (${requirement.range}) is not on PATH; ${requirement.install}${orElse}`,
      );
    }
    if (version && !satisfies(version, requirement.range)) {
      throw new UserError(
        `${tool} ${version.join('.')} (${program}) is not supported (${requirement.range} is); ${requirement.install}${orElse}`,
      );
    }
  }
}
