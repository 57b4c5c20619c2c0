// The CLI's verify wiring, against stub tools: the real templates are generated, the checks are stubs.
import { describe, expect, it } from 'vitest';
import { runCliCaptured, tempWorkspace } from '../helpers.js';
import { installStubs } from './stubs.js';

const run = (args: string[], env: NodeJS.ProcessEnv) =>
  runCliCaptured(['generate', ...args], tempWorkspace(), env);

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

describe('fastapi-scaffold verify', () => {
  const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
    runCliCaptured(args, cwd, env);
  /** Whether pytest ran in `project`. */
  const tested = (calls: string[], project: string) =>
    calls.some(
      (call) => call.startsWith('uv run --no-sync pytest') && call.endsWith(`|${project}`),
    );

  it("re-runs an existing API's checks (any spelling of its name), and only what --only names", async () => {
    const workspace = tempWorkspace();
    const quiet = installStubs();
    await cli(['generate', '--name', 'orders', '--no-verify'], workspace, quiet.env);
    await cli(['generate', '--name', 'billing', '--no-verify'], workspace, quiet.env);

    const all = installStubs();
    const everything = await cli(['verify'], workspace, all.env);
    expect(everything.code, everything.err).toBe(0);
    expect(everything.err).toContain(
      'Checking packages/billing, packages/orders, the CDK packages:',
    );
    expect(tested(all.calls(), `${workspace}/packages/orders`)).toBe(true);
    expect(tested(all.calls(), `${workspace}/packages/billing`)).toBe(true);
    expect(all.calls().some((call) => call.startsWith('npm '))).toBe(true);

    const one = installStubs();
    const python = await cli(
      ['verify', '--name', 'Orders', '--only', 'python', '--json'],
      workspace,
      one.env,
    );
    expect(python.code).toBe(0);
    expect(JSON.parse(python.out)).toMatchObject({ ok: true, apis: ['orders'], verify: 'passed' });
    expect(tested(one.calls(), `${workspace}/packages/orders`)).toBe(true);
    expect(tested(one.calls(), `${workspace}/packages/billing`)).toBe(false);
    expect(one.calls().some((call) => call.startsWith('npm '))).toBe(false);

    const infra = installStubs();
    expect((await cli(['verify', '--only', 'infra'], workspace, infra.env)).code).toBe(0);
    expect(infra.calls().some((call) => call.startsWith('uv '))).toBe(false);
    expect(infra.calls().some((call) => call.startsWith('npm '))).toBe(true);
  });

  it('exits 1 naming the failed check, and 2 for an API that is not there', async () => {
    const workspace = tempWorkspace();
    await cli(['generate', '--name', 'orders', '--no-verify'], workspace, installStubs().env);
    const failing = installStubs({ fail: 'pytest' });
    const failed = await cli(['verify', '--only', 'python'], workspace, failing.env);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/error: pytest \(packages\/orders\) failed$/);

    const missing = await cli(['verify', '--name', 'payments'], workspace, installStubs().env);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`error: no API payments in ${workspace}; it holds orders`);
    const empty = await cli(['verify'], tempWorkspace(), installStubs().env);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(
      /holds no generated API \(no records in \.scaffold\/\); run fastapi-scaffold generate first$/,
    );
    const wrong = await cli(['verify', '--auth', 'none'], workspace, installStubs().env);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('(not --auth: change an API with its request)');
  });
});
