// The generated workspace installed with pnpm instead of npm, as the generator's doc does (`pnpm nx run
// my-api:serve`): `pnpm install` at the root succeeds without questions, links the constructs package into
// the app, keeps one aws-cdk-lib, and `pnpm nx run infra:synth` synthesizes. Slow (pnpm from the npm registry,
// an install, cdk synth with the uv bundling); needs the runtime Python (scripts/ci/runtime-python.sh).

import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReal, tempWorkspace } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
// The major version the README's commands were checked with.
const PNPM = 'pnpm@12';

let workspace: string | undefined;

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the generated workspace under pnpm', () => {
  it('installs at the root and synthesizes: pnpm install, pnpm nx run infra:synth', () => {
    const python = execFileSync('bash', [join(REPO, 'scripts/ci/runtime-python.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
      ),
      PATH: `${process.env.PATH}${delimiter}${dirname(python)}`,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
      CI: 'true',
      NO_COLOR: '1',
      UV_PYTHON_DOWNLOADS: 'never',
      AWS_EC2_METADATA_DISABLED: 'true',
      CDK_DISABLE_VERSION_CHECK: 'true',
    };
    delete env.NODE_ENV;
    delete env.VIRTUAL_ENV;
    const root = tempWorkspace('fastapi-scaffold-pnpm-');
    workspace = root;
    generateReal({ name: 'Orders' }, root);
    const pnpm = (...args: string[]) => {
      const result = spawnSync('npx', ['-y', PNPM, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      if (result.status !== 0) {
        throw new Error(`pnpm ${args.join(' ')}: exit ${result.status}\n${result.stdout}\n${result.stderr}`);
      }
      return result.stdout;
    };

    pnpm('install');
    const infra = join(root, 'packages/infra/node_modules');
    // The workspace's constructs package, not a namesake from the registry.
    expect(realpathSync(join(infra, 'common-constructs'))).toBe(
      realpathSync(join(root, 'packages/common/constructs')),
    );
    const copies = readdirSync(join(root, 'node_modules/.pnpm')).filter((name) =>
      name.startsWith('aws-cdk-lib@'),
    );
    expect(copies).toHaveLength(1);
    expect(readlinkSync(join(infra, 'aws-cdk-lib'))).toContain(copies[0]);

    const synth = pnpm('nx', 'run', 'infra:synth');
    expect(synth).toMatch(/Successfully ran target synth/);
    expect(readdirSync(join(root, 'packages/infra/cdk.out'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.template\.json$/)]),
    );
  }, 20 * 60_000);
});
