import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Synthesizing a stack takes a few seconds the first time aws-cdk-lib loads.
    testTimeout: 60_000,
  },
});
