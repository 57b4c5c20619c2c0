#!/usr/bin/env node
import { runCli } from './cli.js';

// Ctrl-C and SIGTERM interrupt the run instead of killing this process: the checks run in process groups of
// their own, which would outlive it, and their scratch directories would stay behind.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => interrupt.abort(signal));
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    signal: interrupt.signal,
    ...(process.stderr.isTTY
      ? {
          terminal: {
            write: (text: string) => process.stderr.write(text),
            columns: process.stderr.columns || 80,
          },
        }
      : {}),
  });
} catch (error) {
  // A bug, not a user error: keep the message to one line, the stack only when asked for.
  process.stderr.write(`error: internal failure: ${(error as Error).message}\n`);
  if (process.env.FASTAPI_SCAFFOLD_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
}
