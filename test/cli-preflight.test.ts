// The pre-flight: before anything is written, the programs a command needs are on its PATH and new enough,
// or it stops with one line saying how to install them. PATHs are built from scratch per test.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { satisfies } from '../src/cli/preflight.js';
import { snapshotTree, tempWorkspace } from './helpers.js';

const GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

/** A PATH of one directory holding the real git and node, and the given stand-in scripts. */
function pathWith(
  scripts: Record<string, string>,
  real: readonly string[] = ['git', 'node'],
): string {
  const bin = join(mkdtempSync(join(tmpdir(), 'fastapi-scaffold-path-')), 'bin');
  mkdirSync(bin);
  if (real.includes('git')) symlinkSync(GIT, join(bin, 'git'));
  if (real.includes('node')) symlinkSync(process.execPath, join(bin, 'node'));
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

async function cli(args: string[], path: string, workspace = tempWorkspace()) {
  const err: string[] = [];
  const code = await runCli(args, {
    out: () => {},
    err: (text) => err.push(text),
    cwd: workspace,
    env: { PATH: path },
  });
  return { code, err: err.join('\n'), files: snapshotTree(workspace) };
}

describe('pre-flight', () => {
  it('stops generate at once when uv is missing, saying how to install it, and writes nothing', async () => {
    const result = await cli(['generate', '--name', 'orders'], pathWith({}));
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'error: uv (>=0.13) is not on PATH; install it with the official installer (curl -LsSf https://astral.sh/uv/install.sh | sh) or `pipx install uv`, or skip the checks with --no-verify',
    );
    expect(result.files).toEqual({});
  });

  it('does not look for uv with --no-verify, nor for anything on a dry run', async () => {
    const noVerify = await cli(['generate', '--name', 'orders', '--no-verify'], pathWith({}));
    expect(noVerify.err).toBe('');
    expect(noVerify.code).toBe(0);
    expect(Object.keys(noVerify.files)).toContain('.scaffold/orders.json');
    const dry = await cli(['generate', '--name', 'orders', '--dry-run'], '/nonexistent');
    expect(dry.code).toBe(0);
  });

  it('refuses a uv too old, naming the version found and the range needed', async () => {
    const bin = pathWith({ uv: 'echo "uv 0.9.30 (abc 2025-10-01)"' });
    const result = await cli(['generate', '--name', 'orders'], bin);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      new RegExp(
        `^error: uv 0\\.9\\.30 \\(${bin}/uv\\) is not supported \\(>=0\\.13 is\\); install it with`,
      ),
    );
    expect(result.files).toEqual({});
  });

  it('checks the node on PATH against the engines range of the generated CDK workspace', async () => {
    const uv = 'echo "uv 0.13.9"';
    const missing = await cli(
      ['generate', '--name', 'orders', '--no-verify'],
      pathWith({ uv }, ['git']),
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      'error: node (>=20.12) is not on PATH; install a supported Node.js from https://nodejs.org',
    );
    const old = await cli(
      ['generate', '--name', 'orders'],
      pathWith({ uv, node: 'echo v18.20.4' }, ['git']),
    );
    expect(old.err).toMatch(
      /^error: node 18\.20\.4 \(\S+\/node\) is not supported \(>=20\.12 is\)/,
    );
    const gitless = await cli(['generate', '--name', 'orders'], pathWith({ uv }, ['node']));
    expect(gitless.err).toMatch(/^error: git \(>=2\.17\) is not on PATH; install git from/);
    expect([missing.files, old.files, gitless.files]).toEqual([{}, {}, {}]);
  });

  it('asks verify only for what the part it checks runs: uv for the Python projects', async () => {
    const workspace = tempWorkspace();
    expect(
      (await cli(['generate', '--name', 'orders', '--no-verify'], pathWith({}), workspace)).code,
    ).toBe(0);
    const python = await cli(['verify', '--only', 'python'], pathWith({}), workspace);
    expect(python.code).toBe(2);
    expect(python.err).toMatch(
      /uv \(>=0\.13\) is not on PATH; .*, or check only the CDK packages with --only infra$/,
    );
    // The infrastructure lane needs node, not uv: the stand-in npm answers its steps.
    const infra = await cli(['verify', '--only', 'infra'], pathWith({ npm: 'exit 0' }), workspace);
    expect(infra.err).not.toContain('is not on PATH');
  });
});

describe('satisfies', () => {
  it('reads the ranges the tool and its templates declare, bounds of a major alone included', () => {
    const tool = '^22.12.0 || >=24'; // this package's engines
    expect(satisfies([24, 22, 3], tool)).toBe(true);
    expect(satisfies([24, 0, 0], tool)).toBe(true);
    expect(satisfies([22, 12, 0], tool)).toBe(true);
    expect(satisfies([22, 11, 9], tool)).toBe(false);
    expect(satisfies([23, 5, 0], tool)).toBe(false);
    expect(satisfies([20, 20, 2], tool)).toBe(false);
    expect(satisfies([20, 12, 0], '>=20.12')).toBe(true);
    expect(satisfies([20, 11, 1], '>=20.12')).toBe(false);
    expect(satisfies([2, 17, 0], '>=2.17')).toBe(true);
    expect(satisfies([2, 16, 9], '>=2.17')).toBe(false);
  });
});
