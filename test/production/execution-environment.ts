// The rest of a Lambda execution environment around the Runtime API stand-in: the generated project to run,
// the environment variables Lambda defines for a function, the function's processes with their output kept
// as CloudWatch Logs would receive it, and a stand-in of the X-Ray daemon that collects the trace segments
// the function sends.

import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { InvocationOutcome } from '../lambda/runtime-api.js';

export const run = promisify(execFile);
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Generates the Orders API (`--api-type`) into `workspace` with the CLI, as a user would; returns its project. */
export async function generateOrdersApi(
  workspace: string,
  apiType: 'http-api' | 'function-url',
): Promise<string> {
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli-main.ts',
      'generate',
      '--name',
      'Orders API',
      '--api-type',
      apiType,
      '--workspace',
      workspace,
      '--no-verify',
    ],
    { cwd: REPO },
  );
  return join(workspace, 'packages/orders-api');
}

/**
 * The one Python version a generated project pins (`requires-python = "==3.15.*"` gives `3.15`): the Lambda
 * runtime its construct deploys and the interpreter its bundle is compiled by.
 */
export function pinnedPython(project: string): string {
  const pyproject = join(project, 'pyproject.toml');
  const pin = /^requires-python = "==(\d+\.\d+)\.\*"$/m.exec(readFileSync(pyproject, 'utf8'))?.[1];
  if (!pin)
    throw new Error(`${pyproject} pins no single Python version (requires-python = "==3.X.*")`);
  return pin;
}

/** `3.15` for the interpreter at `python`. */
export function pythonVersion(python: string): string {
  const script = 'import sys; print("%d.%d" % sys.version_info[:2])';
  return spawnSync(python, ['-c', script], { encoding: 'utf8' }).stdout.trim();
}

export interface FunctionConfiguration {
  readonly functionName: string;
  /** `_HANDLER`: `module.function` for a Python runtime, run.sh behind the Lambda Web Adapter. */
  readonly handler: string;
  /** Where Lambda unpacks the function's code (/var/task). */
  readonly taskRoot: string;
  /** The Lambda runtime identifier, e.g. `python3.15`. */
  readonly runtime: string;
  readonly memorySize: number;
  /** The function's own environment variables, as its construct sets them. */
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * The environment of a function's processes: its own variables, then those Lambda defines (which a function
 * cannot override). `path` stands for the runtime's PATH, whose first entry holds its `python`.
 */
export function lambdaEnvironment(
  fn: FunctionConfiguration,
  hosts: { readonly runtimeApi: string; readonly xrayDaemon: string },
  path: string,
): Record<string, string> {
  const [daemonHost, daemonPort] = hosts.xrayDaemon.split(':');
  return {
    ...fn.environment,
    PATH: path,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    _HANDLER: fn.handler,
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `2026/11/22/[$LATEST]${randomBytes(16).toString('hex')}`,
    AWS_LAMBDA_RUNTIME_API: hosts.runtimeApi,
    LAMBDA_TASK_ROOT: fn.taskRoot,
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: hosts.xrayDaemon,
    _AWS_XRAY_DAEMON_ADDRESS: daemonHost!,
    _AWS_XRAY_DAEMON_PORT: daemonPort!,
  };
}

export interface FunctionProcess {
  /** What the process has written to stdout so far: the function's log lines and EMF documents. */
  stdout(): string;
  stderr(): string;
  /** The JSON objects among the stdout lines (a runtime's own lines may be plain text). */
  logs(): Record<string, unknown>[];
  /** Resolves with the exit code (or the signal) when the process ends. */
  readonly exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL if it is still running 2 s later, as Lambda shuts an environment down. */
  stop(): Promise<void>;
}

export function startFunctionProcess(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: Readonly<Record<string, string>> },
): FunctionProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => {
    child.on('error', (error) => {
      stderr += `${error.message}\n`;
      resolve('spawn failed');
    });
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    logs: () => jsonLines(stdout),
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function jsonLines(output: string): Record<string, unknown>[] {
  return output.split('\n').flatMap((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? [value as Record<string, unknown>]
        : [];
    } catch {
      return [];
    }
  });
}

/** Polls `probe` until it returns something other than undefined or false; fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => T | undefined | false,
  describe: () => string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The EMF documents among a function's log lines that hold `metric`. */
export function metricDocuments(fn: FunctionProcess, metric: string): Record<string, unknown>[] {
  return fn.logs().filter((line) => {
    const emf = line._aws as { CloudWatchMetrics?: { Metrics: { Name: string }[] }[] } | undefined;
    return emf?.CloudWatchMetrics?.some((set) => set.Metrics.some((m) => m.Name === metric));
  });
}

/** The first EMF document holding `metric`, once the function has printed one. */
export function metricDocument(
  fn: FunctionProcess,
  metric: string,
): Promise<Record<string, unknown>> {
  return eventually(
    () => metricDocuments(fn, metric)[0],
    () => `a ${metric} EMF document in:\n${fn.stdout()}`,
  );
}

/** The function's log line with `message` for the invocation `requestId`, once it has printed it. */
export function logLine(
  fn: FunctionProcess,
  message: string,
  requestId: string,
): Promise<Record<string, unknown>> {
  return eventually(
    () =>
      fn.logs().find((line) => line.message === message && line.function_request_id === requestId),
    () => `the "${message}" line of ${requestId} in:\n${fn.stdout()}\n${fn.stderr()}`,
  );
}

/** The outcome of an invocation, or a failure showing the function's output if one of its processes dies first. */
export function answered(
  outcome: Promise<InvocationOutcome>,
  processes: readonly FunctionProcess[],
): Promise<InvocationOutcome> {
  const died = Promise.race(processes.map((fn) => fn.exited.then((code) => ({ code, fn })))).then(
    ({ code, fn }) => {
      throw new Error(
        `a function process exited (${code}) before answering:\n${fn.stdout()}\n${fn.stderr()}`,
      );
    },
  );
  return Promise.race([outcome, died]);
}

export interface XRayDaemon {
  /** host:port, the value of AWS_XRAY_DAEMON_ADDRESS. */
  readonly address: string;
  /** The segment documents received, in order; a datagram without the daemon protocol's header is an error. */
  readonly segments: Record<string, unknown>[];
  close(): Promise<void>;
}

const XRAY_HEADER = '{"format":"json","version":1}';

/** The names of the segments the daemon received for trace `root`, once one of them is `name`. */
export function traceSegmentNames(xray: XRayDaemon, root: string, name: string): Promise<string[]> {
  return eventually(
    () => {
      const names = xray.segments
        .filter((segment) => segment.trace_id === root)
        .map((segment) => segment.name as string);
      return names.includes(name) && names;
    },
    () => `the "${name}" subsegment of trace ${root}; received: ${JSON.stringify(xray.segments)}`,
  );
}

/** The X-Ray daemon's UDP endpoint: each datagram is the protocol header, a newline, one segment document. */
export async function startXRayDaemon(): Promise<XRayDaemon> {
  const socket = createSocket('udp4');
  const segments: Record<string, unknown>[] = [];
  socket.on('message', (message) => {
    const text = message.toString('utf8');
    const newline = text.indexOf('\n');
    segments.push(
      text.slice(0, newline) === XRAY_HEADER
        ? JSON.parse(text.slice(newline + 1))
        : { error: `not an X-Ray daemon datagram: ${text}` },
    );
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    segments,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
