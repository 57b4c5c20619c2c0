// Three tiers of tests. `unit` (npm run test:unit) is the inner loop: the engine, requests, plans, apply, the
// reports, delivery against real git and an in-memory GitHub, the CLI with stand-ins for the tools — no
// package installs, no bundle. `e2e` runs the bundled action and CLI (dist/) as processes against the runner,
// git remote and GitHub stand-ins. `toolchain` runs the generated projects' real toolchains (uv, npm install,
// tsc, cdk synth, cfn-lint, checkov, the Lambda runtimes) and takes minutes. `npm test` runs all three.
import { defineConfig } from 'vitest/config';

const E2E = ['test/e2e/**/*.test.ts', 'test/bundle.test.ts'];
// End to end, but it lets the action verify what it generates, with the real toolchains.
const E2E_WITH_TOOLCHAIN = ['test/e2e/consumer.e2e.test.ts'];
const TOOLCHAIN = [
  ...E2E_WITH_TOOLCHAIN,
  'test/templates/**/*.test.ts',
  'test/production/**/*.test.ts',
  'test/workflows/deploy.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    globalSetup: ['test/setup/temp-dir.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...E2E, ...TOOLCHAIN],
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, exclude: E2E_WITH_TOOLCHAIN, hookTimeout: 60_000 },
      },
      { extends: true, test: { name: 'toolchain', include: TOOLCHAIN, hookTimeout: 600_000 } },
    ],
  },
});
