{{! scaffold owner=generated }}
// The Lambda Python runtime of every FastAPI function, and the code asset that bundles a Python project for it.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
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
 * The newest Python runtime the installed aws-cdk-lib knows: the one cdk-nag's AwsSolutions-L1 expects.
 * (`Runtime.determineLatestPythonRuntime` is not used: it returns a fixed version that lags behind
 * `Runtime.ALL`.)
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

/**
 * The one Python version a project pins: `3.15` for `requires-python = "==3.15.*"` in its pyproject.toml.
 *
 * This pin is what ties the deployed runtime to what the project's checks ran on. uv runs the project's
 * tests, ruff and `serve` only on an interpreter that satisfies requires-python, which this pin makes
 * exactly one version, and refuses any other; the function deploys the Lambda runtime of that version;
 * and the bundle is built for it and compiled to bytecode by it. So there is one place to move a service
 * to a newer Python, and the tests then run on the new version. When the installed aws-cdk-lib knows a
 * newer Python runtime than the pin, cdk-nag's AwsSolutions-L1 stops synthesis: that is the prompt to
 * raise the pin, rather than a runtime the tests never ran on being deployed quietly.
 */
export function pinnedPythonVersion(projectRoot: string): string {
  const file = path.resolve(WORKSPACE_ROOT, projectRoot, "pyproject.toml");
  if (!existsSync(file))
    throw new Error(`${projectRoot} has no pyproject.toml`);
  const pin = /^requires-python\s*=\s*["']==(\d+\.\d+)\.\*["']/m.exec(
    readFileSync(file, "utf8"),
  );
  if (!pin) {
    throw new Error(
      `${projectRoot}/pyproject.toml must pin one Python version, like requires-python = "==${pythonVersion(latestPythonRuntime())}.*": the Lambda runtime is that version, and uv runs the tests on it`,
    );
  }
  return pin[1]!;
}

/** The Lambda runtime of a Python version (`python3.15` for `3.15`), as the installed aws-cdk-lib knows it. */
export function pythonRuntime(version: string): Runtime {
  const runtime = Runtime.ALL.find(
    (candidate) => candidate.name === `python${version}`,
  );
  if (!runtime) {
    throw new Error(
      `the installed aws-cdk-lib knows no Lambda runtime python${version} (its newest is ${latestPythonRuntime().name}): upgrade aws-cdk-lib, or pass the runtime as new Runtime("python${version}", RuntimeFamily.PYTHON)`,
    );
  }
  return runtime;
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
 * and Python version, bytecode compiled by that Python) with CDK's staging directory as the output, so
 * `cdk synth` from a fresh clone needs nothing more than `npm install`, uv and the runtime's Python
 * version (which uv installs unless told not to download Pythons). CDK caches the result under cdk.out
 * by a hash of the project's sources and of the bundling options below, which name the architecture and
 * Python version, so changing either rebuilds the bundle. Where cdk.out has no such asset yet (a fresh
 * clone, a CI run) the script still reuses the bundle of the same inputs that the project's checks or its
 * `bundle` target already built into the project's build/bundle-cache/, hard-linked into CDK's staging
 * directory, which nothing writes into. The Docker image is the runtime's build image only because CDK requires one:
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
            [BUNDLE_SCRIPT, "--link", source, architecture, outputDir, version],
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
