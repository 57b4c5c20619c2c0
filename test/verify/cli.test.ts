// The CLI's verify wiring, against stub tools: the real templates are generated, the checks are stubs.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { tempWorkspace } from '../helpers.js';
import { installStubs } from './stubs.js';

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['generate', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd: tempWorkspace(),
    env,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('fastapi-scaffold generate: verify', () => {
  it('runs the checks by default and prints them as a table', async () => {
    const stubs = installStubs();
    const result = await run(['--name', 'orders'], stubs.env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Checks of the generated project:\n\ncheck\s+project\s+status/);
    expect(result.out).toMatch(/pytest\s+packages\/orders\s+passed/);
    expect(result.err).toMatch(/passed\s+uv-sync in packages\/orders/);
    expect(stubs.calls().some((call) => call.startsWith('uv sync --locked|'))).toBe(true);
  });

  it('skips them with --no-verify and says so', async () => {
    const stubs = installStubs();
    const result = await run(['--name', 'orders', '--no-verify'], stubs.env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Checks skipped (--no-verify).');
    expect(stubs.calls()).toEqual([]);
  });

  it('exits 1 on a failed check, keeps the files and says so', async () => {
    const stubs = installStubs({ fail: 'pytest' });
    const result = await run(['--name', 'orders', '--json'], stubs.env);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out);
    expect(json.ok).toBe(true);
    expect(json.verify).toBe('failed');
    const pytest = json.checks.find((check: { name: string }) => check.name === 'pytest');
    expect(pytest).toMatchObject({
      status: 'failed',
      project: 'packages/orders',
      command: 'uv run pytest',
    });
    expect(pytest.detail).toContain('boom from uv run --no-sync pytest');
    expect(json.written.length).toBeGreaterThan(0);
    expect(result.err).toMatch(
      /a check of the generated project failed \(pytest\); the files stay written in /,
    );
  });

  it('reports checks as skipped in JSON with --no-verify and runs none on a dry run', async () => {
    const stubs = installStubs();
    const noVerify = JSON.parse(
      (await run(['--name', 'orders', '--json', '--no-verify'], stubs.env)).out,
    );
    expect(noVerify).toMatchObject({ verify: 'skipped', checks: null });
    const dry = JSON.parse((await run(['--name', 'orders', '--json', '--dry-run'], stubs.env)).out);
    expect(dry).toMatchObject({ dryRun: true, verify: 'skipped', checks: null });
    expect(stubs.calls()).toEqual([]);
  });
});
