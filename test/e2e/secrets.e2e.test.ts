// The bundled action with verify on, as a runner starts it (token input, runtime secrets, job files), with
// recording stand-ins for uv, npm, tsc and cdk first on the runner's PATH: no tool may see a secret, and the
// job summary must hold the action's own report only.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installStubs } from '../verify/stubs.js';
import { dir, dispatchPayload, github, runAction, TOKEN, useActionHarness } from './harness.js';

useActionHarness();

const RUNTIME_TOKEN = 'actions-runtime-token-no-tool-may-see-0123456789';

describe('verify: true', { timeout: 120_000 }, () => {
  it('runs every check without the token, the runtime secrets or the job files, and reports them alone', async () => {
    const stubs = installStubs();
    const jobEnv = join(dir, 'github-env');
    writeFileSync(jobEnv, '');
    const inputs = { name: 'Orders API', verify: 'true' };

    const run = await runAction({
      eventName: 'workflow_dispatch',
      payload: dispatchPayload(inputs),
      inputs,
      pathPrefix: [stubs.bin],
      variables: {
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN,
        ACTIONS_CACHE_URL: 'https://artifactcache.actions.example/',
        ACTIONS_RESULTS_URL: 'https://results-receiver.actions.example/',
        GITHUB_TOKEN: TOKEN,
        GH_TOKEN: TOKEN,
        GITHUB_ENV: jobEnv,
      },
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pull = github.state.pulls[0]!;
    for (const check of [
      'uv-sync',
      'pytest',
      'bundle',
      'npm-install',
      'tsc',
      'construct-tests',
      'cdk-synth',
    ]) {
      expect(pull.body).toMatch(new RegExp(`\\| \`${check}\` \\| \`[^\`]+\` \\| ✅ passed`));
    }

    const seen = stubs.seen();
    expect(new Set(seen.map((call) => call.command.split(' ')[0]))).toEqual(
      // node: the bundle check's script (the action itself runs on the runner's own node).
      new Set(['uv', 'node', 'npm', 'tsc', 'cdk']),
    );
    for (const call of seen) {
      expect(call.raw, `${call.command} saw the token`).not.toContain(TOKEN);
      expect(call.raw, `${call.command} saw the runtime token`).not.toContain(RUNTIME_TOKEN);
      expect(
        Object.keys(call.env).filter(
          (name) => /^(INPUT|ACTIONS|GITHUB|RUNNER)_/.test(name) || name === 'GH_TOKEN',
        ),
        call.command,
      ).toEqual([]);
    }

    // The summary is the action's report and nothing else: the pull request's body under its heading.
    expect(run.summary).not.toContain('Vitest Test Report');
    expect(run.summary).toBe(
      `# Pull request [#${run.outputs['pull-request-number']}](${run.outputs['pull-request-url']}) created\n\n${pull.body}\n`,
    );
    expect(readFileSync(jobEnv, 'utf8')).toBe('');
  });
});
