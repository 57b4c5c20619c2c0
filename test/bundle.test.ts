// Runs the committed bundles as users and the runner do: separate Node processes, no TypeScript.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { loadTemplates } from '../src/plan/templates.js';
import { parseRequest } from '../src/request/request.js';
import { TEMPLATES_DIR, toolInfo } from '../src/tool.js';
import { snapshotTree, tempWorkspace } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const ACTION = join(ROOT, 'dist/index.js');

function cli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('generates an API and reports it as JSON', () => {
    const workspace = tempWorkspace();
    const { code, stdout, stderr } = cli([
      'generate',
      '--name',
      'Orders API',
      '--api-type',
      'function-url',
      '--architecture',
      'x86_64',
      '--workspace',
      workspace,
      '--no-verify',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.request).toMatchObject({
      name: 'Orders API',
      projectName: 'orders-api',
      moduleName: 'orders_api',
      className: 'OrdersApi',
      directory: 'packages',
      apiType: 'function-url',
      architecture: 'x86_64',
    });
    expect(report.files.length).toBeGreaterThan(1);
    for (const file of report.files) {
      expect(['generated', 'user']).toContain(file.owner);
      expect(existsSync(join(workspace, file.path))).toBe(true);
    }
    expect(report.files.map((file: { path: string }) => file.path)).toContain(
      '.scaffold/orders-api.json',
    );
    const record = JSON.parse(readFileSync(join(workspace, '.scaffold/orders-api.json'), 'utf8'));
    expect(record.tool.name).toBe('fastapi-scaffold');
  });

  it('shows a dry run as a tree and writes nothing', () => {
    const workspace = tempWorkspace();
    const { code, stdout } = cli([
      'generate',
      '--name',
      'orders',
      '--workspace',
      workspace,
      '--dry-run',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('orders: module orders, class Orders, in packages/orders');
    expect(stdout).toMatch(/└── orders\.json\s+\+ generated/);
    expect(stdout).toContain('nothing written');
    expect(snapshotTree(workspace)).toEqual({});
  });

  it.each([
    [
      ['generate', '--name', 'import'],
      'error: name "import" gives module import, a Python keyword',
    ],
    [
      ['generate', '--name', 'orders', '--auth', 'oauth'],
      'error: auth must be one of iam, cognito, none (got "oauth")',
    ],
    [
      ['generate', '--name', 'orders', '--directory', '../../outside'],
      'error: directory "../../outside" must not contain',
    ],
    [['generate', '--name', 'orders', '--colour', 'red'], 'error: unknown option --colour'],
    [
      ['deploy', '--name', 'orders'],
      'error: unknown command deploy; the commands are init, generate, update, verify, outdated, layout',
    ],
  ])('rejects %j with one line on stderr, exit 2, nothing written', (args, message) => {
    const workspace = tempWorkspace();
    const { code, stdout, stderr } = cli([...args, '--workspace', workspace]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(workspace)).toEqual({});
  });

  it('refuses to generate the same API twice (exit 2) and leaves the first intact', () => {
    const workspace = tempWorkspace();
    expect(
      cli(['generate', '--name', 'orders', '--workspace', workspace, '--no-verify']).code,
    ).toBe(0);
    const before = snapshotTree(workspace);
    const again = cli(['generate', '--name', 'Orders', '--workspace', workspace, '--no-verify']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('API orders already exists');
    expect(snapshotTree(workspace)).toEqual(before);
  });

  it('carries the templates as templates/ holds them now, parsed (a template edited since the build fails here)', () => {
    const carried = JSON.parse(readFileSync(join(ROOT, 'dist/templates.json'), 'utf8'));
    expect(carried).toEqual(loadTemplates(TEMPLATES_DIR));
  });

  it('renders from its own directory alone, what the engine renders from templates/', () => {
    // Installed as a package or copied, the bundle needs no templates/ beside it.
    const install = tempWorkspace();
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    const fromBundle = tempWorkspace();
    const run = spawnSync(
      process.execPath,
      [
        join(install, 'dist/cli.js'),
        'generate',
        '--name',
        'Orders API',
        '--api-type',
        'function-url',
        '--no-verify',
      ],
      { cwd: fromBundle, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fromSources = tempWorkspace();
    generate(parseRequest({ name: 'Orders API', 'api-type': 'function-url' }), {
      workspace: fromSources,
      templates: loadTemplates(TEMPLATES_DIR),
      tool: toolInfo(),
    });
    expect(snapshotTree(fromBundle)).toEqual(snapshotTree(fromSources));
    rmSync(install, { recursive: true, force: true });
  });

  it('prints help and version', () => {
    expect(cli(['--help']).stdout).toContain('--api-type');
    expect(cli(['--version']).stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    );
  });
});

describe('dist/index.js', () => {
  it('runs as the runner starts it and fails a bad request with an annotation, not a stack trace', () => {
    const workspace = tempWorkspace();
    const output = join(workspace, '..', `${workspace.split('/').pop()}-output`);
    writeFileSync(output, '');
    const result = spawnSync(process.execPath, [ACTION], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_REPOSITORY: 'acme/services',
        'INPUT_GITHUB-TOKEN': 'ghs_unused',
        // Nothing listens there: the request is refused before any call to GitHub.
        GITHUB_API_URL: 'http://127.0.0.1:9',
        INPUT_NAME: '../../etc/passwd',
      },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::');
    expect(result.stdout).toContain('must start with a letter');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(workspace)).toEqual({});
  });

  it('says what runs from its entry file alone: @actions/core, the engine, Octokit and git load after that line', () => {
    // The entry file without the chunks it loads: enough for the first line of the log (which comes sooner
    // for not waiting for the rest), and not for the setup check that follows it.
    const action = tempWorkspace();
    mkdirSync(join(action, 'dist'));
    for (const file of ['dist/index.js', 'dist/package.json', 'package.json'])
      writeFileSync(join(action, file), readFileSync(join(ROOT, file)));
    try {
      const started = spawnSync(process.execPath, [join(action, 'dist/index.js')], {
        cwd: action,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GITHUB_WORKSPACE: action, INPUT_NAME: 'Orders' },
      });
      const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      expect(started.stdout).toBe(`${name} ${version}\n`);
      expect(started.status).toBe(1);
      expect(started.stderr).toMatch(/Cannot find module .*\.index\.js/);
    } finally {
      rmSync(action, { recursive: true, force: true });
    }
  });
});
