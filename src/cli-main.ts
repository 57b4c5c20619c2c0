#!/usr/bin/env node
import { runCli } from './cli.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  });
} catch (error) {
  // A bug, not a user error: keep the message to one line, the stack only when asked for.
  process.stderr.write(`error: internal failure: ${(error as Error).message}\n`);
  if (process.env.FASTAPI_SCAFFOLD_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
}
