// Two tiers of tests. `unit` (npm run test:unit) is the inner loop: the engine, requests, plans, apply, the
// reports, delivery against real git and the GitHub stand-in, the CLI and the bundled action with stand-ins for
// the tools, all without installing a package. `toolchain` runs the generated projects' real toolchains (uv,
// npm install, tsc, cdk synth, cfn-lint, checkov, the Lambda runtimes) and takes minutes. `npm test` runs both.
import { defineConfig } from 'vitest/config';

const TOOLCHAIN = [
  'test/templates/**/*.test.ts',
  'test/production/**/*.test.ts',
  'test/workflows/deploy.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: TOOLCHAIN,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'toolchain',
          include: TOOLCHAIN,
          testTimeout: 30_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
