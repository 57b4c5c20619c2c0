// The deploy workflow's script, end to end in synth-only mode on a freshly generated workspace: install the
// workspace at its root, synthesize (bundling the API with uv, running cdk-nag), check the bundle, plan the
// smoke test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateReal, tempWorkspace } from '../helpers.js';

const DEPLOY = fileURLToPath(new URL('../../scripts/workflows/deploy.sh', import.meta.url));

function deploy(workspace: string, args: string[]) {
  const summary = join(workspace, 'step-summary.md');
  writeFileSync(summary, '');
  const result = spawnSync('bash', [DEPLOY, ...args, '--workspace', workspace], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
    timeout: 20 * 60_000,
  });
  return {
    code: result.status,
    out: `${result.stdout}${result.stderr}`,
    summary: readFileSync(summary, 'utf8'),
  };
}

describe('scripts/workflows/deploy.sh', () => {
  it('has nothing to deploy in a workspace without APIs and says so', () => {
    const { code, out, summary } = deploy(tempWorkspace(), ['--synth-only']);
    expect(code).toBe(0);
    expect(out).toContain('Nothing to deploy');
    expect(summary).toContain('### Nothing to deploy');
  });

  it(
    'bundles, synthesizes with cdk-nag and plans the smoke test of a generated API (--synth-only)',
    { timeout: 20 * 60_000 },
    () => {
      const workspace = tempWorkspace();
      generateReal({ name: 'orders', auth: 'iam' }, workspace);

      const { code, out, summary } = deploy(workspace, ['--synth-only']);
      // One install, at the root: the workspace's npm workspace.
      expect(existsSync(join(workspace, 'node_modules/.bin/cdk'))).toBe(true);
      expect(existsSync(join(workspace, 'packages/node_modules'))).toBe(false);
      expect(out).toMatch(/==> cdk synth/);
      expect(out).toMatch(/^ok {3}orders: .*cdk\.out\/asset\.[0-9a-f]+ \([\d.]+ MiB, arm64\)$/m);
      expect(out).toMatch(
        /^ok {3}orders \[iam\] GET <[\w-]+\.OrdersUrl>\/openapi\.json → planned$/m,
      );
      expect(out).toContain(
        'smoke test: nothing called (synth only); 1 of 1 APIs have a URL to call after a deploy',
      );
      expect(out).not.toMatch(/smoke test: \d+ passed/);
      expect(out).not.toContain('cdk deploy');
      expect(code).toBe(0);
      expect(summary).toContain('Smoke test plan (synth only)');
      expect(summary).toContain('nothing was deployed');
    },
  );
});
