{{! scaffold owner=generated }}
// Builds the Lambda deployment bundle of a Python project: its locked dependencies as Linux wheels for the
// function's architecture and Python version, the project's module and, if present, its run.sh, all
// compiled to bytecode by that Python version.
//
//   node packages/common/constructs/scripts/bundle-python.mjs [--link] <projectRoot> <arm64|x86_64> <outDir> [pythonVersion]
//
// `cdk synth` runs it through the constructs' local bundling and passes the function's Python version,
// which is the one the project pins (requires-python). The project's `bundle` target runs it without one:
// uv then picks the Python of that same pin, so both builds are alike.
//
// Each bundle is kept in the project's build/bundle-cache/, under a key made of everything that decides
// its bytes: this script, the architecture, the interpreter (its exact version) and uv's version,
// pyproject.toml, uv.lock, every file of the module and run.sh. A build whose key is there reuses that
// bundle instead of building it again, so the project's checks can build it ahead of `cdk synth`, which
// then only links it; any change to an input is a new key, and a new build. build/ is ignored by git and
// left out of the CDK asset's source hash, so the cache is neither committed nor part of what is hashed.
// An entry is never written once complete. With --link the output's files are hard links to it (about
// 2,000 files not copied): only for an output nothing writes into, as CDK's staging directory, since a
// file edited in place there would change the entry too.
//
// Plain Node and no npm dependencies; it needs uv (https://docs.astral.sh/uv/) on PATH, and finds (or has
// uv install, where uv may download Pythons) the interpreter of the runtime's version.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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

/**
 * The interpreter of the Python to bundle for: `version`, or without one the version the project pins
 * (uv reads its requires-python). A .pyc file only serves the Python version that wrote it, so the
 * bytecode must come from this interpreter, never from whatever Python runs this script. One uv finds
 * (its own installs, then PATH) is used; otherwise uv installs one where its settings let it download
 * Pythons (its default; the scaffold's own checks forbid it, and so fail here instead).
 */
function runtimePython(projectRoot, version) {
  const request = version ? [version] : [];
  const find = () =>
    spawnSync("uv", ["python", "find", "--system", ...request], {
      cwd: projectRoot,
      encoding: "utf8",
    });
  let found = find();
  if (found.error?.code === "ENOENT") {
    fail("uv is not on PATH; install it first (pip install uv)");
  }
  if (found.status !== 0) {
    console.error(
      `bundle-python: no Python ${version ?? "matching the project's requires-python"} found; asking uv to install it`,
    );
    spawnSync("uv", ["python", "install", ...request], {
      cwd: projectRoot,
      stdio: ["ignore", 2, 2],
    });
    found = find();
  }
  if (found.status !== 0) {
    const install = `uv python install${version ? ` ${version}` : ""}`;
    fail(
      `${found.stderr.trim()}\nThe bundle's bytecode must be compiled by the Lambda runtime's own Python version: run ${install} in ${projectRoot}, or put that Python on PATH.`,
    );
  }
  return found.stdout.trim();
}

/**
 * `3.15` for the interpreter at `python`, and its full version: bytecode can change between two releases
 * of one version while it is in alpha or beta, so the cache tells them apart.
 */
function versionOf(python) {
  const result = spawnSync(
    python,
    [
      "-c",
      "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.version)",
    ],
    { encoding: "utf8" },
  );
  if (result.status !== 0) fail(`${python} does not run: ${result.stderr}`);
  const [version, full] = result.stdout.trim().split("\n");
  return { version, full };
}

/** `uv 0.9.2`: which wheel a lock entry resolves to on a platform is uv's choice, and may change with it. */
function uvVersion() {
  const result = spawnSync("uv", ["--version"], { encoding: "utf8" });
  if (result.status !== 0) fail(`uv --version failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The files the bundle copies from the module: all of it but bytecode caches, in a stable order. */
function moduleFiles(module) {
  return readdirSync(module, { withFileTypes: true, recursive: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !relative(module, path).split("/").includes("__pycache__") &&
        statSync(path).isFile(),
    )
    .sort();
}

/**
 * The cache key of a bundle: a hash of every input that changes what the bundle holds. Each part is
 * named and length-prefixed, so no two different sets of inputs can run together into the same text.
 */
function bundleKey({ projectRoot, module, architecture, python, uv }) {
  const hash = createHash("sha256");
  const part = (name, content) => {
    const bytes = Buffer.from(content);
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  const file = (path) =>
    existsSync(path)
      ? Buffer.concat([
          Buffer.from(statSync(path).mode & 0o111 ? "x" : "-"),
          readFileSync(path),
        ])
      : "absent";
  part("script", readFileSync(fileURLToPath(import.meta.url)));
  part("architecture", architecture);
  part("python", python);
  part("uv", uv);
  part("pyproject.toml", file(join(projectRoot, "pyproject.toml")));
  part("uv.lock", file(join(projectRoot, "uv.lock")));
  part("run.sh", file(join(projectRoot, "run.sh")));
  part("module", basename(module));
  for (const path of moduleFiles(module)) {
    part(`module/${relative(module, path)}`, file(path));
  }
  return hash.digest("hex").slice(0, 32);
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

/**
 * Files the wheels bring that nothing on Lambda reads, with the reason each can go: about 2 MB of the
 * bundle, uploaded and unzipped on every cold start for nothing. The licenses and METADATA of each
 * distribution stay, and so does every module's source and bytecode.
 */
const UNREAD = [
  // pip's list of installed files, for uninstalling: nothing uninstalls from a Lambda bundle.
  (path) => /\.dist-info\/RECORD$/.test(path),
  // Read by type checkers only.
  (path) => path.endsWith(".pyi"),
  // The C sources of extensions the wheel also ships compiled (wrapt's _wrappers.c).
  (path) => /\.[ch]$/.test(path),
  // The Swagger UI that Powertools' own event handler serves; a FastAPI app serves /docs with FastAPI's
  // (from a CDN), so these 1.7 MB never load. Remove this line if the API moves to Powertools' resolver.
  (path) =>
    /^aws_lambda_powertools\/event_handler\/openapi\/swagger_ui\/.*\.min\.(js|css)$/.test(
      path,
    ),
];

function removeUnread(directory) {
  for (const entry of readdirSync(directory, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relativePath = path.slice(directory.length + 1);
    if (UNREAD.some((unread) => unread(relativePath))) rmSync(path);
  }
}

/**
 * `outDir` as hard links to the files of `entry`; false, leaving no `outDir`, where the two are on
 * different file systems.
 */
function linked(entry, outDir) {
  try {
    mkdirSync(outDir, { recursive: true });
    for (const item of readdirSync(entry, {
      withFileTypes: true,
      recursive: true,
    })) {
      const from = join(item.parentPath, item.name);
      const to = join(outDir, relative(entry, from));
      if (item.isDirectory()) mkdirSync(to, { recursive: true });
      else if (item.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else linkSync(from, to);
    }
    return true;
  } catch (error) {
    if (error.code !== "EXDEV") throw error;
    rmSync(outDir, { recursive: true, force: true });
    return false;
  }
}

const args = process.argv.slice(2);
const link = args[0] === "--link";
const [projectArg, architecture, outArg, versionArg] = link
  ? args.slice(1)
  : args;
if (!projectArg || !architecture || !outArg) {
  fail(
    "usage: bundle-python.mjs [--link] <projectRoot> <arm64|x86_64> <outDir> [pythonVersion]",
  );
}
const platform = PYTHON_PLATFORMS[architecture];
if (!platform)
  fail(`architecture must be arm64 or x86_64, not ${architecture}`);
if (versionArg !== undefined && !/^\d+\.\d+$/.test(versionArg))
  fail(`Python version must look like 3.14, not ${versionArg}`);

const projectRoot = resolve(projectArg);
const outDir = resolve(outArg);
const module = moduleDirectory(projectRoot);
const python = runtimePython(projectRoot, versionArg);
const pythonVersion = versionOf(python);

// `uv export --frozen` installs exactly what uv.lock pins. A project without a lock file gets one first;
// commit it, or every bundle may resolve different versions.
if (!existsSync(join(projectRoot, "uv.lock"))) {
  console.log(
    `bundle-python: ${projectRoot} has no uv.lock; running uv lock to create it`,
  );
  run("uv", ["lock"], projectRoot);
}

/** Builds the bundle into the empty directory `target`. */
function build(target) {
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

    // Wheels for Lambda's OS, CPU and Python (that of the interpreter given), never the machine running
    // this: --only-binary stops a source build, which would compile for the wrong platform. --no-deps
    // because the export is already complete.
    run(
      "uv",
      [
        "pip",
        "install",
        "--requirement",
        requirements,
        "--target",
        target,
        "--python",
        python,
        "--python-platform",
        platform,
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

  cpSync(module, join(target, basename(module)), {
    recursive: true,
    filter: (source) => basename(source) !== "__pycache__",
  });
  // run.sh starts the web server under the Lambda Web Adapter (function-url APIs): Lambda runs it as the
  // handler, so it must be executable inside the bundle.
  const runScript = join(projectRoot, "run.sh");
  if (existsSync(runScript)) {
    copyFileSync(runScript, join(target, "run.sh"));
    chmodSync(join(target, "run.sh"), 0o755);
  }
  // Console scripts: their first line names the interpreter on this machine, which Lambda does not have,
  // and nothing on Lambda runs them (run.sh starts uvicorn with python -m).
  rmSync(join(target, "bin"), { recursive: true, force: true });
  removeUnread(target);

  // Lambda's task directory is read-only, so Python cannot cache the bytecode it compiles: without .pyc
  // files in the bundle, every cold start compiles every module it imports again (measured with CPython
  // 3.15 on a freshly generated API: about 0.85 s to import its handler module without bytecode, 0.35 s
  // with it). So the runtime's Python compiles everything here, after removing any bytecode a wheel
  // brought along, which its builder's Python wrote for its own version. unchecked-hash: each .pyc is valid for as long as its
  // source is unchanged, which on Lambda is forever, so nothing is compared with the source at import
  // (a default .pyc is checked against its source's modification time, which zipping need not keep).
  // Each .pyc records its source's path: /var/task/..., where Lambda unpacks the bundle, rather than this
  // build directory's, so two builds of the same inputs write the same bytes wherever they ran.
  removePycache(target);
  run(
    python,
    [
      "-I",
      "-m",
      "compileall",
      "-q",
      "-j",
      "0",
      "--invalidation-mode",
      "unchecked-hash",
      "-s",
      target,
      "-p",
      "/var/task",
      target,
    ],
    target,
  );
}

const cache = join(projectRoot, "build", "bundle-cache");
const key = bundleKey({
  projectRoot,
  module,
  architecture,
  python: pythonVersion.full,
  uv: uvVersion(),
});
// One entry per architecture and Python is kept: an older one can no longer match the project.
const prefix = `${architecture}-python${pythonVersion.version}-`;
const entry = join(cache, `${prefix}${key}`);
if (existsSync(entry)) {
  console.log(
    `bundle-python: ${projectArg} is unchanged since ${relative(projectRoot, entry)} was built; reusing it`,
  );
} else {
  mkdirSync(cache, { recursive: true });
  // Built beside its entry and renamed into place when complete, so a build that fails or is stopped
  // halfway leaves no entry that a later build would take for a whole bundle.
  const partial = mkdtempSync(join(cache, ".partial-"));
  // mkdtemp makes it private (0700); a copy of the entry would keep that, where a bundle is 0755.
  chmodSync(partial, 0o755);
  process.on("exit", () => rmSync(partial, { recursive: true, force: true }));
  build(partial);
  const { bytes } = measure(partial);
  if (bytes > LAMBDA_UNZIPPED_LIMIT) {
    fail(
      `the bundle is over Lambda's 250 MiB unzipped limit (${(bytes / 1024 / 1024).toFixed(1)} MiB); trim the dependencies of ${projectArg}`,
    );
  }
  try {
    renameSync(partial, entry);
  } catch (error) {
    // Another build of the same inputs (the checks' and the synth's) finished first: same bytes.
    if (!existsSync(entry)) throw error;
  }
  for (const other of readdirSync(cache)) {
    if (other.startsWith(prefix) && join(cache, other) !== entry) {
      rmSync(join(cache, other), { recursive: true, force: true });
    }
  }
}

rmSync(outDir, { recursive: true, force: true });
if (!link || !linked(entry, outDir)) {
  // Copy-on-write clones where the file system has them; file modes (run.sh's) come along.
  cpSync(entry, outDir, {
    recursive: true,
    verbatimSymlinks: true,
    mode: constants.COPYFILE_FICLONE,
  });
}

const { bytes, files } = measure(outDir);
const mebibytes = (bytes / 1024 / 1024).toFixed(1);
console.log(
  `bundle-python: ${projectArg} for ${architecture}, Python ${pythonVersion.version}: ${mebibytes} MiB unzipped in ${files} files`,
);
