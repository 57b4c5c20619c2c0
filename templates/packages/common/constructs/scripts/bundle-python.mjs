{{! scaffold owner=generated }}
// Builds the Lambda deployment bundle of a Python project: its locked dependencies as Linux wheels for the
// function's architecture and Python version, then the project's module and, if present, its run.sh.
//
//   node packages/common/constructs/scripts/bundle-python.mjs <projectRoot> <arm64|x86_64> <outDir> [pythonVersion]
//
// `cdk synth` runs it through the constructs' local bundling and passes the function's Python version. The
// project's `bundle` target runs it without one: it then asks the installed aws-cdk-lib for the newest
// Lambda Python runtime, the same rule the constructs follow, so both builds install the same wheels.
//
// Plain Node and no npm dependencies; it needs uv (https://docs.astral.sh/uv/) on PATH.

import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

// Lambda rejects a function whose code and layers unzip to more than 250 MiB.
const LAMBDA_UNZIPPED_LIMIT = 250 * 1024 * 1024;

// uv's names for the Lambda platforms. manylinux2014 (glibc 2.17) wheels run on every Lambda Python runtime.
const PYTHON_PLATFORMS = {
  arm64: "aarch64-manylinux2014",
  x86_64: "x86_64-manylinux2014",
};

function fail(message) {
  console.error(`bundle-python: ${message}`);
  process.exit(1);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.error?.code === "ENOENT") {
    fail(
      `${command} is not on PATH; install it first (for uv: pip install uv)`,
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) {
    fail(`${command} ${args.join(" ")} failed with exit code ${result.status}`);
  }
}

/** The newest `pythonX.Y` in the installed aws-cdk-lib, as a version (`3.15`). */
function newestLambdaPython() {
  const require = createRequire(import.meta.url);
  let lambda;
  try {
    lambda = require("aws-cdk-lib/aws-lambda");
  } catch {
    fail(
      "aws-cdk-lib is not installed (run npm install in packages/), so pass the Python version as the fourth argument",
    );
  }
  const versions = lambda.Runtime.ALL.map((runtime) =>
    /^python(\d+)\.(\d+)$/.exec(runtime.name),
  )
    .filter(Boolean)
    .map((match) => [Number(match[1]), Number(match[2])])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [major, minor] = versions[versions.length - 1];
  return `${major}.${minor}`;
}

/**
 * The project's importable package: uv's build-backend `module-name` if set, otherwise the distribution
 * name normalised the way Python imports it (`orders-api` → `orders_api`).
 */
function moduleDirectory(projectRoot) {
  const pyprojectPath = join(projectRoot, "pyproject.toml");
  if (!existsSync(pyprojectPath)) fail(`${projectRoot} has no pyproject.toml`);
  const pyproject = readFileSync(pyprojectPath, "utf8");
  const configured = /^module-name\s*=\s*["']([^"']+)["']/m.exec(pyproject);
  const project = /^\[project\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(
    pyproject,
  );
  const name = project && /^name\s*=\s*["']([^"']+)["']/m.exec(project[1]);
  if (!configured && !name)
    fail(`${projectRoot}/pyproject.toml has no [project] name`);
  const module =
    configured?.[1] ?? name[1].toLowerCase().replace(/[-_.]+/g, "_");
  const directory = join(projectRoot, module);
  // A package may have no __init__.py (a namespace package): a directory is enough.
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    fail(`${projectRoot} has no package directory ${module}/`);
  }
  return directory;
}

/** Total size in bytes and number of files under a directory. */
function measure(directory) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(directory, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function removePycache(directory) {
  for (const entry of readdirSync(directory, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (entry.isDirectory() && entry.name === "__pycache__") {
      rmSync(join(entry.parentPath, entry.name), {
        recursive: true,
        force: true,
      });
    }
  }
}

const [projectArg, architecture, outArg, versionArg] = process.argv.slice(2);
if (!projectArg || !architecture || !outArg) {
  fail(
    "usage: bundle-python.mjs <projectRoot> <arm64|x86_64> <outDir> [pythonVersion]",
  );
}
const platform = PYTHON_PLATFORMS[architecture];
if (!platform)
  fail(`architecture must be arm64 or x86_64, not ${architecture}`);
const pythonVersion = versionArg ?? newestLambdaPython();
if (!/^\d+\.\d+$/.test(pythonVersion))
  fail(`Python version must look like 3.14, not ${pythonVersion}`);

const projectRoot = resolve(projectArg);
const outDir = resolve(outArg);
const module = moduleDirectory(projectRoot);

// `uv export --frozen` installs exactly what uv.lock pins. A project without a lock file gets one first;
// commit it, or every bundle may resolve different versions.
if (!existsSync(join(projectRoot, "uv.lock"))) {
  console.log(
    `bundle-python: ${projectRoot} has no uv.lock; running uv lock to create it`,
  );
  run("uv", ["lock"], projectRoot);
}

const work = mkdtempSync(join(tmpdir(), "bundle-python-"));
try {
  // The runtime dependencies only, with their hashes; the project itself is copied as source below, since
  // --only-binary forbids building it into a wheel.
  //
  // Every Lambda Python runtime ships the AWS SDK (boto3, botocore and what they need) on its path, so
  // the bundle leaves botocore, pulled in by the tracer's X-Ray SDK, and what only it needs to the
  // runtime: about 25 MB less to upload and unzip on each cold start. Remove the --prune lines to pin
  // your own SDK version instead.
  const requirements = join(work, "requirements.txt");
  run(
    "uv",
    [
      "export",
      "--frozen",
      "--no-dev",
      "--no-editable",
      "--no-emit-project",
      "--prune",
      "boto3",
      "--prune",
      "botocore",
      "--format",
      "requirements-txt",
      "--output-file",
      requirements,
      "--quiet",
    ],
    projectRoot,
  );

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  // Wheels for Lambda's OS, CPU and Python, never the machine running this: --only-binary stops a source
  // build, which would compile for the wrong platform. --no-deps because the export is already complete.
  run(
    "uv",
    [
      "pip",
      "install",
      "--requirement",
      requirements,
      "--target",
      outDir,
      "--python-platform",
      platform,
      "--python-version",
      pythonVersion,
      "--only-binary",
      ":all:",
      "--no-deps",
      "--quiet",
    ],
    projectRoot,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

cpSync(module, join(outDir, basename(module)), {
  recursive: true,
  filter: (source) => basename(source) !== "__pycache__",
});
// run.sh starts the web server under the Lambda Web Adapter (function-url APIs): Lambda runs it as the
// handler, so it must be executable inside the bundle.
const runScript = join(projectRoot, "run.sh");
if (existsSync(runScript)) {
  copyFileSync(runScript, join(outDir, "run.sh"));
  chmodSync(join(outDir, "run.sh"), 0o755);
}
// Bytecode compiled by the build machine's Python would be for the wrong version; Lambda compiles its own.
removePycache(outDir);

const { bytes, files } = measure(outDir);
const mebibytes = (bytes / 1024 / 1024).toFixed(1);
console.log(
  `bundle-python: ${projectArg} for ${architecture}, Python ${pythonVersion}: ${mebibytes} MiB unzipped in ${files} files`,
);
if (bytes > LAMBDA_UNZIPPED_LIMIT) {
  fail(
    `the bundle is over Lambda's 250 MiB unzipped limit; trim the dependencies of ${projectArg}`,
  );
}
