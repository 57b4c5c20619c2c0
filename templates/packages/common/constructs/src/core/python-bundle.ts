{{! scaffold owner=generated }}
// The Lambda Python runtime of every FastAPI function, and the code asset that bundles a Python project for it.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import {
  Architecture,
  Code,
  Runtime,
  RuntimeFamily,
} from "aws-cdk-lib/aws-lambda";

/** The workspace root: this file lives in packages/common/constructs/src/core/. */
export const WORKSPACE_ROOT = path.resolve(__dirname, "../../../../..");

const BUNDLE_SCRIPT = path.resolve(
  __dirname,
  "../../scripts/bundle-python.mjs",
);

/**
 * The newest Python runtime the installed aws-cdk-lib knows.
 *
 * cdk-nag's AwsSolutions-L1 stops synthesis when a function's runtime is older than the newest one of its
 * family in `Runtime.ALL`, so the runtime follows the library: upgrading aws-cdk-lib moves every function to
 * the new Python, and `pythonBundle` installs wheels for it. (`Runtime.determineLatestPythonRuntime` is not
 * used: it returns a fixed version that lags behind `Runtime.ALL`.)
 */
export function latestPythonRuntime(): Runtime {
  const python = Runtime.ALL.filter(
    (runtime) =>
      runtime.family === RuntimeFamily.PYTHON &&
      !runtime.isVariable &&
      /^python\d+\.\d+$/.test(runtime.name),
  );
  const sorted = python.sort((a, b) => {
    const [aMajor, aMinor] = pythonVersion(a).split(".").map(Number);
    const [bMajor, bMinor] = pythonVersion(b).split(".").map(Number);
    return aMajor! - bMajor! || aMinor! - bMinor!;
  });
  const latest = sorted[sorted.length - 1];
  if (!latest) throw new Error("aws-cdk-lib knows no Lambda Python runtime");
  return latest;
}

/** `3.14` for `python3.14`: the version the bundle's wheels are built for. */
export function pythonVersion(runtime: Runtime): string {
  const match = /^python(\d+\.\d+)$/.exec(runtime.name);
  if (!match) throw new Error(`${runtime.name} is not a Lambda Python runtime`);
  return match[1]!;
}

export interface PythonBundleOptions {
  /** The Python project, relative to the workspace root (or absolute). */
  readonly projectRoot: string;
  readonly runtime: Runtime;
  readonly architecture: Architecture;
}

/**
 * The deployment package of a Python project, built while `cdk synth` runs.
 *
 * CDK local bundling calls `scripts/bundle-python.mjs` (uv, Linux wheels for the function's architecture
 * and Python version) with CDK's staging directory as the output, so `cdk synth` from a fresh clone needs
 * nothing more than `npm install` and uv. CDK caches the result under cdk.out by a hash of the project's
 * sources and of the bundling options below, which name the architecture and Python version, so changing
 * either rebuilds the bundle. The Docker image is the runtime's build image only because CDK requires one:
 * local bundling either succeeds or stops synthesis with the script's error, so Docker is never used.
 */
export function pythonBundle(options: PythonBundleOptions): Code {
  const source = path.resolve(WORKSPACE_ROOT, options.projectRoot);
  const architecture = options.architecture.name;
  const version = pythonVersion(options.runtime);
  return Code.fromAsset(source, {
    // Left out of the source hash: build output, caches and tests do not change what is deployed.
    exclude: [
      ".venv",
      "build",
      "dist",
      "tests",
      "**/__pycache__",
      ".pytest_cache",
      ".ruff_cache",
      ".mypy_cache",
    ],
    bundling: {
      image: options.runtime.bundlingImage,
      environment: {
        LAMBDA_ARCHITECTURE: architecture,
        LAMBDA_PYTHON_VERSION: version,
      },
      local: {
        tryBundle(outputDir: string): boolean {
          const result = spawnSync(
            process.execPath,
            [BUNDLE_SCRIPT, source, architecture, outputDir, version],
            // The script's progress goes to stderr, keeping `cdk synth`'s own output clean.
            { stdio: ["ignore", 2, 2] },
          );
          if (result.error) throw result.error;
          if (result.status !== 0) {
            throw new Error(
              `bundling ${options.projectRoot} failed (exit code ${result.status}); see the output above`,
            );
          }
          return true;
        },
      },
    },
  });
}
