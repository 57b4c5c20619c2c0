// Runs one check's command as a real child process: an argv array (never a shell string), a deadline, and
// the output kept for the report. The child gets its own process group so a timeout ends everything it
// started (uv's Python, npm's scripts), not just the top process.

import { spawn } from 'node:child_process';

export interface ProcessSpec {
  /** Program and arguments; the program is looked up on PATH. */
  readonly argv: readonly [string, ...string[]];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Aborting it stops the process group as a timeout does (a cancelled run leaves no process behind). */
  readonly signal?: AbortSignal;
}

export interface ProcessOutcome {
  /** Exit code, or null when the process was killed or never started. */
  readonly code: number | null;
  readonly timedOut: boolean;
  /** Why the process could not start at all (e.g. the program is not installed). */
  readonly spawnError?: string;
  /** Stopped because `signal` was aborted. */
  readonly cancelled?: boolean;
  /** The last part of stdout and stderr, interleaved as they arrived. */
  readonly output: string;
  readonly durationMs: number;
}

/** Output beyond this is dropped from the front: reports only ever show the tail. */
const KEEP_BYTES = 256 * 1024;
/** After a timeout, how long a process group gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2_000;

export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  const started = performance.now();
  const [program, ...args] = spec.argv;
  return new Promise((resolve) => {
    let kept: Buffer[] = [];
    let keptBytes = 0;
    const keep = (chunk: Buffer): void => {
      kept.push(chunk);
      keptBytes += chunk.length;
      if (keptBytes > 2 * KEEP_BYTES) {
        const joined = Buffer.concat(kept);
        kept = [joined.subarray(joined.length - KEEP_BYTES)];
        keptBytes = KEEP_BYTES;
      }
    };

    let child;
    try {
      child = spawn(program, args, {
        cwd: spec.cwd,
        env: spec.env,
        shell: false,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      resolve({
        code: null,
        timedOut: false,
        spawnError: (error as Error).message,
        output: '',
        durationMs: Math.round(performance.now() - started),
      });
      return;
    }
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);

    let timedOut = false;
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const stop = (): void => {
      signalGroup('SIGTERM');
      killTimer ??= setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    };
    const deadline = setTimeout(() => {
      timedOut = true;
      stop();
    }, spec.timeoutMs);
    const onAbort = (): void => {
      cancelled = true;
      stop();
    };
    if (spec.signal?.aborted) onAbort();
    else spec.signal?.addEventListener('abort', onAbort, { once: true });

    let settled = false;
    const finish = (code: number | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (killTimer) clearTimeout(killTimer);
      spec.signal?.removeEventListener('abort', onAbort);
      // Grandchildren of a stopped process may outlive it: end the whole group.
      if (timedOut || cancelled) signalGroup('SIGKILL');
      resolve({
        code: timedOut || cancelled ? null : code,
        timedOut,
        ...(cancelled ? { cancelled } : {}),
        ...(spawnError !== undefined ? { spawnError } : {}),
        output: Buffer.concat(kept).toString('utf8'),
        durationMs: Math.round(performance.now() - started),
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      // Only a failure to start ends the check here; otherwise 'close' follows with the exit code.
      if (child.pid !== undefined) return;
      finish(
        null,
        error.code === 'ENOENT' ? `${program} is not installed or not on PATH` : error.message,
      );
    });
    child.on('close', (code) => finish(code));
  });
}
