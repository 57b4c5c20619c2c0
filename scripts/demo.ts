// `npm run demo`: the action's whole job on this machine, with no GitHub and no token.
//
// It makes a temporary git repository (a bare "origin" and the runner's clone of it), starts the local
// GitHub stand-in the end-to-end tests use (every request checked against GitHub's OpenAPI description),
// and runs the bundled action, dist/index.js, as the runner would for a workflow_dispatch: generate,
// verify, commit, push the branch, open the pull request. Then it shows what a team would get.
//
//   npm run demo [-- --name "Orders API"] [--api-type function-url] [--auth none] [--architecture x86_64]
//                [--directory services] [--no-verify]

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseFlags,
  requestOption,
  stringFlag,
  switchFlag,
  type CliOption,
  type OptionValues,
} from '../src/cli/args.js';
import { formatOptions } from '../src/cli/help.js';
import { messageOf } from '../src/errors.js';
import { REQUEST_INPUTS } from '../src/request/schema.js';
import { startFakeGitHub } from '../test/e2e/github-server.js';
import { readOutputs, runnerEnv, runnerFiles } from '../test/e2e/runner.js';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const OWNER = 'octo-org';
const REPO = 'services';
const ACTOR = 'local-developer';
const TOKEN = 'local-demo-token-not-a-github-token';

const DEMO_NAME = 'Orders API';
const OPTIONS: readonly CliOption[] = [
  ...REQUEST_INPUTS.map((input) =>
    input.id === 'name'
      ? requestOption('name', { required: false, default: DEMO_NAME })
      : requestOption(input.id),
  ),
  { name: 'no-verify', type: 'boolean', summary: "Do not run the generated project's checks" },
  { name: 'help', short: 'h', type: 'boolean', summary: 'Show this help' },
];

const HELP = `Usage: npm run demo -- [options]

Runs the bundled action (dist/index.js) as a runner would for a manual run, against a temporary git
repository and a local GitHub stand-in: generate, verify, commit, push, open the pull request; then shows
the branch and the pull request body. Needs no GitHub and no token.

${formatOptions(OPTIONS)}

Example:
  npm run demo -- --name billing --api-type function-url --auth none --no-verify`;

let values: OptionValues;
try {
  values = parseFlags(process.argv.slice(2), OPTIONS).values;
} catch (error) {
  process.stderr.write(`error: ${messageOf(error)} (see npm run demo -- --help)\n`);
  process.exit(2);
}
if (switchFlag(values, 'help')) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: ACTOR,
      GIT_AUTHOR_EMAIL: `${ACTOR}@example.com`,
      GIT_COMMITTER_NAME: ACTOR,
      GIT_COMMITTER_EMAIL: `${ACTOR}@example.com`,
    },
  }).trim();
}

const say = (text = '') => process.stdout.write(`${text}\n`);

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-demo-'));
  const origin = join(dir, 'origin.git');
  const seed = join(dir, 'seed');
  const workspace = join(dir, 'workspace');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(dir, 'init', '--quiet', '--initial-branch=main', seed);
  writeFileSync(join(seed, 'README.md'), `# ${REPO}\n\nOur services.\n`);
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'Start the repository');
  git(seed, 'push', '--quiet', origin, 'main');
  git(dir, 'clone', '--quiet', origin, workspace);

  const github = await startFakeGitHub(
    {
      owner: OWNER,
      repo: REPO,
      defaultBranch: 'main',
      roles: { [ACTOR]: 'admin' },
      issues: new Map(),
      pulls: [],
      staleListings: 0,
    },
    TOKEN,
  );

  const runDir = join(dir, 'runner');
  mkdirSync(runDir);
  const inputs: Record<string, string> = {};
  for (const input of REQUEST_INPUTS) {
    const value = stringFlag(values, input.id);
    if (value !== undefined) inputs[input.id] = value;
  }
  inputs.name ??= DEMO_NAME;
  const files = runnerFiles(runDir, {
    inputs,
    ref: 'refs/heads/main',
    repository: { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
    sender: { login: ACTOR, type: 'User' },
    workflow: '.github/workflows/scaffold-dispatch.yml',
  });
  // The runner hands the action its whole environment (proxies, CA bundles, caches), then its own variables.
  const env = runnerEnv({
    base: process.env,
    files,
    eventName: 'workflow_dispatch',
    repository: `${OWNER}/${REPO}`,
    apiUrl: github.url,
    workspace,
    runnerTemp: runDir,
    runId: '1',
    actor: ACTOR,
    inputs,
    token: TOKEN,
  });
  if (switchFlag(values, 'no-verify')) env.INPUT_VERIFY = 'false';

  say(`Repository: ${origin} (the runner's clone: ${workspace})`);
  say(`GitHub stand-in: ${github.url}`);
  say(
    `Running dist/index.js for ${JSON.stringify(inputs)}${switchFlag(values, 'no-verify') ? ' without verify' : ''}\n`,
  );
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: workspace, env });
    child.stdout.on('data', (chunk: Buffer) =>
      process.stdout.write(`  │ ${chunk.toString().replace(/\n(?!$)/g, '\n  │ ')}`),
    );
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (status) => resolve(status ?? 1));
  });
  await github.close();

  const outputs = readOutputs(files.output);
  say(`\nAction exit code ${code}; outputs: ${JSON.stringify(outputs)}`);
  say(
    `GitHub API calls: ${github.calls.map((call) => `${call.method} ${call.path} → ${call.status}`).join('; ')}`,
  );
  if (github.violations.length > 0) say(`Contract violations: ${github.violations.join('; ')}`);
  if (outputs.branch) {
    say(`\nBranch ${outputs.branch} on origin:`);
    say(git(origin, 'log', '--format=%h %s%n%n%b', '-1', outputs.branch));
  }
  say('\n──────── Pull request body (also the job summary) ────────\n');
  say(readFileSync(files.summary, 'utf8'));
  say(`Inspect it: git clone --branch ${outputs.branch ?? 'main'} ${origin} <dir>`);
  return code === 0 && github.violations.length === 0 ? 0 : 1;
}

process.exitCode = await main();
