// Holds the end-to-end tests to the runtime the action declares: the harness starts the bundle as `node` from
// PATH, the way the runner starts its own node, so where REQUIRE_ACTION_RUNTIME is set (.ci/run and the CI
// workflow set it) that node must be the major version of action.yml's `runs.using`. Elsewhere a developer may
// run the suite on any Node that package.json's engines allows, and this test is skipped.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './harness.js';

const using: string = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).runs.using;

describe('the runtime the bundle runs on', () => {
  it.runIf(process.env.REQUIRE_ACTION_RUNTIME)(
    `is the Node of action.yml's runs.using (${using})`,
    () => {
      const declared = /^node(\d+)$/.exec(using)?.[1];
      expect(declared, `runs.using: ${using} names no Node major`).toBeDefined();
      const version = execFileSync('node', ['--version'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      }).trim();
      expect(version.split('.')[0], `node on PATH is ${version}`).toBe(`v${declared}`);
    },
  );
});
