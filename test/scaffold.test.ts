// The GitHub story in-process: real git against a local bare remote, a fake GitHub, a stubbed verify stage.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../src/deliver/git.js';
import { scaffold, type ScaffoldRequest } from '../src/scaffold.js';
import { REAL_TEMPLATE_SET } from './helpers.js';
import type { CheckResult } from '../src/verify/types.js';
import { fakeGitHub, HttpError } from './deliver/fake-github.js';

const FORM = readFileSync(
  new URL('../.github/ISSUE_TEMPLATE/new-fastapi-service.yml', import.meta.url),
  'utf8',
);
const IDENTITY = {
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@x',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@x',
};

let dir: string;
let remote: string;
let checkout: string;
const sh = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();

const log = {
  info: () => {},
  warning: () => {},
  userError: () => {},
  group: <T>(_: string, task: () => Promise<T>) => task(),
};
const instant = { sleep: async () => {}, backoffMs: [1, 1, 1] };

function request(overrides: Partial<ScaffoldRequest> = {}): ScaffoldRequest {
  return {
    repo: { owner: 'o', repo: 'r' },
    serverUrl: 'https://github.com',
    checkout,
    workspace: '.',
    tmpDir: dir,
    source: { kind: 'inputs', raw: { name: 'orders-api' }, actor: 'mia' },
    defaultBranch: 'main',
    labels: [],
    verify: true,
    dryRun: false,
    tool: { name: 'fastapi-scaffold', version: '0.0.0-test' },
    ...overrides,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scaffold-test-'));
  remote = join(dir, 'remote.git');
  const seed = join(dir, 'seed');
  sh(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  sh(dir, 'init', '--quiet', '--initial-branch=main', seed);
  mkdirSync(join(seed, '.github/ISSUE_TEMPLATE'), { recursive: true });
  writeFileSync(join(seed, '.github/ISSUE_TEMPLATE/new-fastapi-service.yml'), FORM);
  sh(seed, 'add', '.');
  sh(seed, 'commit', '--quiet', '-m', 'base');
  sh(seed, 'push', '--quiet', remote, 'main');
  checkout = join(dir, 'checkout');
  sh(dir, 'clone', '--quiet', remote, checkout);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A base whose service workspace is `services/`, as `init --workspace services` leaves it. */
function baseWithServices(): void {
  const person = join(dir, 'person');
  sh(dir, 'clone', '--quiet', remote, person);
  mkdirSync(join(person, 'services'));
  writeFileSync(join(person, 'services/README.md'), '# Services\n');
  sh(person, 'add', '.');
  sh(person, 'commit', '--quiet', '-m', 'Set up the services workspace');
  sh(person, 'push', '--quiet', 'origin', 'main');
}

describe('scaffold', () => {
  it('verifies the generated project before committing and pushing, and shows the results in the pull request', async () => {
    const fake = fakeGitHub();
    const seen: string[] = [];
    const checks: CheckResult[] = [
      {
        name: 'pytest',
        project: 'packages/orders-api',
        command: 'uv run pytest',
        status: 'passed',
        durationMs: 900,
      },
      {
        name: 'cdk-synth',
        project: 'packages/infra',
        command: 'cdk synth',
        status: 'failed',
        durationMs: 40,
        detail: 'AwsSolutions-L1',
      },
    ];
    const result = await scaffold(request(), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
      runChecks: async (root) => {
        // The checks run on the worktree holding the generated files, staged on the base, before anything
        // is committed or on the remote: the commit then records the tree that was verified.
        seen.push(
          sh(root, 'log', '-1', '--format=%s'),
          sh(root, 'diff', '--cached', '--name-only', '--', 'packages/orders-api/pyproject.toml'),
          String(sh(remote, 'branch', '--list', 'scaffold/*')),
        );
        return checks;
      },
    });
    expect(seen).toEqual(['base', 'packages/orders-api/pyproject.toml', '']);
    expect(result).toMatchObject({
      status: 'created',
      failedChecks: 1,
      branch: 'scaffold/orders-api',
    });
    // A failed check still opens the pull request: as a draft, labelled, with the failing output.
    expect(fake.pulls[0]).toMatchObject({ number: result.pull!.number, draft: true });
    expect(fake.labels.get(result.pull!.number)).toContain('checks-failed');
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toContain('| `pytest` | `packages/orders-api` | ✅ passed | 900 ms |');
    expect(body).toContain('| `cdk-synth` | `packages/infra` | ❌ failed | 40 ms |');
    expect(body).toContain('AwsSolutions-L1');
  });

  it('adds the lock files verify wrote to the one generator commit, and nothing else it left', async () => {
    const fake = fakeGitHub();
    const result = await scaffold(request(), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
      runChecks: async (root) => {
        writeFileSync(join(root, 'packages/orders-api/uv.lock'), 'version = 1\n');
        writeFileSync(join(root, 'package-lock.json'), '{}\n');
        writeFileSync(join(root, 'packages/orders-api/notes.txt'), 'left behind by a check\n');
        return [
          {
            name: 'uv-sync',
            project: 'packages/orders-api',
            command: 'uv sync --locked',
            status: 'passed',
            durationMs: 1,
          },
        ];
      },
    });
    expect(result.status).toBe('created');
    const files = sh(remote, 'ls-tree', '-r', '--name-only', 'scaffold/orders-api').split('\n');
    expect(files).toContain('packages/orders-api/uv.lock');
    expect(files).toContain('package-lock.json');
    expect(files).not.toContain('packages/orders-api/notes.txt');
    // The pull request's file tree lists them as well: every file of the commit.
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toMatch(/uv\.lock\s+\+ user/);
    expect(body).toMatch(/package-lock\.json\s+\+ user/);
    expect(body).not.toContain('notes.txt');
    // Still one commit on top of the base, still the generator's.
    expect(sh(remote, 'rev-list', '--count', 'main..scaffold/orders-api')).toBe('1');
    expect(
      sh(
        remote,
        'log',
        '-1',
        '--format=%(trailers:key=Scaffold-Generator,valueonly)',
        'scaffold/orders-api',
      ),
    ).toContain('fastapi-scaffold');
  });

  it('generates, verifies and commits in the workspace the workflow names, the pull request saying services/…', async () => {
    baseWithServices();
    const fake = fakeGitHub();
    let verified = '';
    const result = await scaffold(request({ workspace: 'services' }), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
      runChecks: async (root, plan) => {
        verified = `${root.slice(root.lastIndexOf('/worktree/') + 1)} ${plan.request.projectRoot}`;
        writeFileSync(join(root, 'packages/orders-api/uv.lock'), 'version = 1\n');
        writeFileSync(join(root, 'package-lock.json'), '{}\n');
        return [
          {
            name: 'uv-sync',
            project: 'packages/orders-api',
            command: 'uv sync --locked',
            status: 'passed',
            durationMs: 1,
          },
        ];
      },
    });
    expect(result.status).toBe('created');
    // verify runs in the workspace, on the project as the workspace names it.
    expect(verified).toBe('worktree/services packages/orders-api');
    const files = sh(remote, 'ls-tree', '-r', '--name-only', 'scaffold/orders-api').split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'services/packages/orders-api/pyproject.toml',
        'services/packages/orders-api/uv.lock',
        'services/packages/infra/src/stack.ts',
        'services/package.json',
        'services/package-lock.json',
        'services/.scaffold/orders-api.json',
      ]),
    );
    expect(files.filter((path) => !path.startsWith('services/'))).toEqual([
      '.github/ISSUE_TEMPLATE/new-fastapi-service.yml',
    ]);
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toContain('| Project | `services/packages/orders-api` (module `orders_api`');
    expect(body).toContain('`cd services/packages/orders-api && uv sync && uv run pytest`');
    expect(body).toMatch(/^└── services\/\n    ├── \.scaffold\/\n/m);
    expect(body).toMatch(/package-lock\.json\s+\+ user/);
  });

  it('stops before generating when the workspace is not a directory on the base, saying how to set it up', async () => {
    const fake = fakeGitHub();
    const result = await scaffold(request({ workspace: 'services' }), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
    });
    expect(result).toMatchObject({
      status: 'failed',
      exitCode: 1,
      message:
        "the workspace services is not a directory on main: set it up with `fastapi-scaffold init --workspace services` and merge that, or correct the workflow's workspace input",
    });
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
    expect(sh(checkout, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('refuses a workspace that is a link out of the repository, pushing nothing', async () => {
    const person = join(dir, 'person');
    sh(dir, 'clone', '--quiet', remote, person);
    symlinkSync('..', join(person, 'services'));
    sh(person, 'add', '.');
    sh(person, 'commit', '--quiet', '-m', 'Point services elsewhere');
    sh(person, 'push', '--quiet', 'origin', 'main');
    const fake = fakeGitHub();
    const result = await scaffold(request({ workspace: 'services', verify: false }), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
    });
    expect(result).toMatchObject({
      status: 'failed',
      message: 'the workspace services on main is a link out of the repository',
    });
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
  });

  it('stops before generating or verifying when a person has pushed to the branch', async () => {
    const fake = fakeGitHub();
    const first = await scaffold(request({ verify: false }), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
    });
    const human = join(dir, 'human');
    sh(dir, 'clone', '--quiet', '--branch=scaffold/orders-api', remote, human);
    writeFileSync(join(human, 'notes.md'), 'mine\n');
    sh(human, 'add', '.');
    sh(human, 'commit', '--quiet', '-m', 'My notes');
    sh(human, 'push', '--quiet', 'origin', 'scaffold/orders-api');
    let verified = false;
    const again = await scaffold(request(), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
      runChecks: async () => {
        verified = true;
        return [];
      },
    });
    expect(again).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(again.message).toMatch(
      /^branch scaffold\/orders-api has 1 commit\(s\) not made by the generator \([0-9a-f]{12} "My notes" by T <t@x>\)/,
    );
    expect(verified).toBe(false);
    expect(sh(remote, 'rev-parse', 'scaffold/orders-api^')).toBe(first.headSha);
  });

  it('names the repository setting when GitHub Actions may not open pull requests', async () => {
    const fake = fakeGitHub();
    fake.failures.createPull = [
      new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.'),
    ];
    const result = await scaffold(request({ verify: false }), {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd) => git(cwd),
      log,
      pacing: instant,
    });
    expect(result).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(result.message).toContain('"Allow GitHub Actions to create and approve pull requests"');
  });

  it('after the pull request is merged, explains that the API exists and pushes nothing', async () => {
    const fake = fakeGitHub();
    const deps = {
      templates: () => REAL_TEMPLATE_SET,
      gh: fake.gh,
      git: (cwd: string) => git(cwd),
      log,
      pacing: instant,
    };
    const first = await scaffold(request({ verify: false }), deps);
    // The pull request is merged (fast-forward) and its branch deleted.
    sh(remote, 'update-ref', 'refs/heads/main', first.headSha!);
    sh(remote, 'update-ref', '-d', 'refs/heads/scaffold/orders-api');
    const again = await scaffold(request({ verify: false }), deps);
    expect(again).toMatchObject({
      status: 'failed',
      exitCode: 2,
      message:
        'API orders-api already exists (packages/orders-api, recorded in .scaffold/orders-api.json); change or upgrade it with: fastapi-scaffold update --name orders-api',
    });
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
    expect(fake.calls.filter((call) => call === 'createPull')).toHaveLength(1);
    // The worktree is gone, whatever happened.
    expect(sh(checkout, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it("leaves the runner's checkout and the repository untouched when the sender may not generate", async () => {
    const fake = fakeGitHub({ role: ['read', 'read'] });
    const before = sh(checkout, 'for-each-ref');
    const result = await scaffold(
      request({
        source: {
          kind: 'issue',
          number: 5,
          event: { run: true, sender: 'dan', why: 'issue opened' },
          formPath: '.github/ISSUE_TEMPLATE/new-fastapi-service.yml',
        },
      }),
      {
        templates: () => REAL_TEMPLATE_SET,
        gh: fake.gh,
        git: () => {
          throw new Error('git must not run');
        },
        log,
        pacing: instant,
      },
    );
    expect(result.status).toBe('refused');
    expect(sh(checkout, 'for-each-ref')).toBe(before);
    expect(fake.calls).toEqual(['permission', 'viewer', 'comments', 'createComment']);
  });

  it('reads an issue through the form in the checkout and records it in the commit', async () => {
    const body = '### API name\n\nBilling\n\n### Lambda architecture\n\nx86_64 — Intel/AMD x86_64';
    const fake = fakeGitHub({ role: ['write', 'write'], issueBody: body });
    const result = await scaffold(
      request({
        verify: false,
        source: {
          kind: 'issue',
          number: 5,
          event: { run: true, sender: 'mia', why: 'issue opened' },
          formPath: '.github/ISSUE_TEMPLATE/new-fastapi-service.yml',
        },
      }),
      {
        templates: () => REAL_TEMPLATE_SET,
        gh: fake.gh,
        git: (cwd) => git(cwd),
        log,
        pacing: instant,
      },
    );
    expect(result).toMatchObject({ status: 'created', projectName: 'billing' });
    const message = sh(remote, 'log', '-1', '--format=%B', 'scaffold/billing');
    expect(message).toContain('Scaffold-Source: https://github.com/o/r/issues/5');
    expect(message).toContain('Scaffold-Requested-By: @mia');
    expect(message).toContain('architecture=x86_64');
    expect(fake.bodies.get(result.pull!.number)).toMatch(/Closes #5$/);
    expect(fake.comments.at(-1)!.body).toContain('✅ Pull request #1 is ready');
  });
});

describe('scaffold: update', () => {
  const deps = (fake: ReturnType<typeof fakeGitHub>) => ({
    templates: () => REAL_TEMPLATE_SET,
    gh: fake.gh,
    git: (cwd: string) => git(cwd),
    log,
    pacing: instant,
  });
  const updateInputs = (raw: Record<string, string>): Partial<ScaffoldRequest> => ({
    verify: false,
    source: {
      kind: 'inputs',
      raw: { operation: 'update', name: 'Orders API', ...raw },
      actor: 'mia',
    },
  });
  const README = 'packages/orders-api/README.md';
  const MAIN = 'packages/orders-api/orders_api/main.py';

  /** Generates orders-api, merges its pull request (branch kept, as GitHub does by default) and commits `edit` to main. */
  async function mergedWithEdit(fake: ReturnType<typeof fakeGitHub>, edit: (root: string) => void) {
    const first = await scaffold(request({ verify: false }), deps(fake));
    sh(remote, 'update-ref', 'refs/heads/main', first.headSha!);
    fake.pulls.length = 0;
    const human = join(dir, 'human');
    sh(dir, 'clone', '--quiet', remote, human);
    edit(human);
    sh(human, 'commit', '--quiet', '-am', 'My edits');
    sh(human, 'push', '--quiet', 'origin', 'main');
    return human;
  }
  const onBranch = (path: string) => sh(remote, 'show', `scaffold/orders-api:${path}`);

  it('changes an option of a merged API: the pull request says before → after, the edit in main.py stays', async () => {
    const fake = fakeGitHub();
    await mergedWithEdit(fake, (root) =>
      writeFileSync(join(root, MAIN), `${readFileSync(join(root, MAIN), 'utf8')}\n# mine\n`),
    );
    const result = await scaffold(
      request(updateInputs({ 'api-type': 'function-url' })),
      deps(fake),
    );
    expect(result).toMatchObject({ status: 'created', exitCode: 0, branch: 'scaffold/orders-api' });
    expect(onBranch(MAIN)).toMatch(/# mine$/);
    expect(onBranch('packages/orders-api/run.sh')).toContain('uvicorn');
    // The commit says what the pull request says.
    expect(sh(remote, 'log', '-1', '--format=%s', 'scaffold/orders-api')).toBe(
      'Update orders-api: api-type http-api → function-url',
    );
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toContain('An update of an existing API: api-type http-api → function-url');
    expect(body).toContain('| API type | `http-api` → `function-url` — Lambda Function URL');
    expect(body).toContain('| Authentication | `iam` — AWS IAM');
    expect(body).not.toContain('Conflicts to resolve');
    // The issue that asked for the API was answered by the merge; an update closes nothing.
    expect(body).not.toContain('Closes #');
    expect(fake.pulls[0]).toMatchObject({ draft: false });
  });

  it('opens a pull request with conflicts as a draft labelled scaffold-conflicts, runs no check, fails the run; a later run without conflicts takes the label off', async () => {
    const fake = fakeGitHub();
    await mergedWithEdit(fake, (root) => {
      const text = readFileSync(join(root, README), 'utf8');
      writeFileSync(
        join(root, README),
        text.replace(
          'Callers reach it through an API Gateway HTTP API.',
          'Callers reach it through our own gateway.',
        ),
      );
    });
    let verified = false;
    const result = await scaffold(
      request({ ...updateInputs({ 'api-type': 'function-url' }), verify: true }),
      {
        ...deps(fake),
        runChecks: async () => {
          verified = true;
          return [];
        },
      },
    );
    expect(result).toMatchObject({ status: 'created', exitCode: 1 });
    expect(result.message).toBe(
      `1 file(s) left with conflict markers to resolve on scaffold/orders-api: ${README}`,
    );
    expect(verified).toBe(false);
    expect(onBranch(README)).toMatch(
      /^<<<<<<< yours\nCallers reach it through our own gateway\.\n=======\n/m,
    );
    expect(fake.pulls[0]).toMatchObject({ draft: true });
    expect(fake.labels.get(result.pull!.number)).toContain('scaffold-conflicts');
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toContain('### Conflicts to resolve');
    expect(body).toContain(
      `- \`${README}\` — 1 conflicting change marked with <<<<<<< and >>>>>>>`,
    );
    expect(body).toContain(
      'git fetch origin scaffold/orders-api && git switch scaffold/orders-api',
    );
    expect(body).toContain(
      'Pushing makes `scaffold/orders-api` yours: from then on the generator refuses to force-push over it',
    );
    expect(body).toContain(`| \`${README}\` | ! conflict to resolve |`);
    expect(body).toContain('**Not run** — a file holds conflict markers');
    expect(result.summary).toContain('> [!WARNING]\n> 1 file(s) left with conflict markers');

    // The request changes to one that leaves the README alone: no conflict, so the label comes off.
    const later = await scaffold(
      request(updateInputs({ 'api-type': 'http-api', architecture: 'x86_64' })),
      deps(fake),
    );
    expect(later).toMatchObject({ status: 'updated', exitCode: 0 });
    expect(fake.labels.get(result.pull!.number)).not.toContain('scaffold-conflicts');
    expect(fake.bodies.get(result.pull!.number)).not.toContain('Conflicts to resolve');
  });

  it("updates an API of a workspace in services/: its record is read there, the person's edit stays, the paths are said from the top", async () => {
    baseWithServices();
    const fake = fakeGitHub();
    const inServices = { workspace: 'services' };
    const first = await scaffold(request({ ...inServices, verify: false }), deps(fake));
    sh(remote, 'update-ref', 'refs/heads/main', first.headSha!);
    fake.pulls.length = 0;
    const human = join(dir, 'human');
    sh(dir, 'clone', '--quiet', remote, human);
    writeFileSync(
      join(human, 'services', MAIN),
      `${readFileSync(join(human, 'services', MAIN), 'utf8')}# mine\n`,
    );
    sh(human, 'commit', '--quiet', '-am', 'My edits');
    sh(human, 'push', '--quiet', 'origin', 'main');

    const result = await scaffold(
      request({ ...updateInputs({ architecture: 'x86_64' }), ...inServices }),
      deps(fake),
    );
    expect(result.status).toBe('created');
    expect(onBranch(`services/${MAIN}`)).toContain('# mine');
    expect(onBranch('services/.scaffold/orders-api.json')).toContain('"architecture": "x86_64"');
    const body = fake.bodies.get(result.pull!.number)!;
    expect(body).toContain('(it was generated by fastapi-scaffold 0.0.0-test)');
    expect(body).toContain('| Lambda architecture | `arm64` → `x86_64`');
    expect(body).toContain(
      '| `services/packages/common/constructs/src/app/apis/orders-api.ts` | ~ updated |',
    );
  });

  it('says there is nothing to change when the API is already what the update asks', async () => {
    const fake = fakeGitHub();
    await mergedWithEdit(fake, (root) => writeFileSync(join(root, MAIN), '# mine\n'));
    const before = fake.calls.length;
    const head = sh(remote, 'rev-parse', 'scaffold/orders-api');
    const result = await scaffold(request(updateInputs({})), deps(fake));
    expect(result).toMatchObject({ status: 'unchanged', exitCode: 0 });
    expect(result.summary).toMatch(/^# Nothing to change\n/);
    expect(fake.calls.slice(before)).toEqual([]);
    expect(sh(remote, 'rev-parse', 'scaffold/orders-api')).toBe(head);
  });

  it('refuses in one line on the issue an update of an API the repository does not have, and one naming another directory', async () => {
    const body = '### Operation\n\nupdate\n\n### API name\n\nBilling';
    const fake = fakeGitHub({ role: ['write', 'write'], issueBody: body });
    const fromIssue: Partial<ScaffoldRequest> = {
      verify: false,
      source: {
        kind: 'issue',
        number: 5,
        event: { run: true, sender: 'mia', why: 'issue opened' },
        formPath: '.github/ISSUE_TEMPLATE/new-fastapi-service.yml',
      },
    };
    const missing = await scaffold(request(fromIssue), deps(fake));
    expect(missing).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(missing.message).toBe(
      'the workspace holds no generated API yet; create billing with: fastapi-scaffold generate --name billing',
    );
    expect(fake.comments.at(-1)!.body).toContain(
      '⚠️ The request cannot be generated as it stands:\n\n```text\nthe workspace holds no generated API yet',
    );
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');

    await mergedWithEdit(fake, (root) => writeFileSync(join(root, MAIN), '# mine\n'));
    const elsewhere = await scaffold(request(updateInputs({ directory: 'services' })), deps(fake));
    expect(elsewhere).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(elsewhere.message).toBe(
      'orders-api is in packages/orders-api, not in services: an update keeps an API where it was generated (leave directory empty, or give packages)',
    );
  });
});
