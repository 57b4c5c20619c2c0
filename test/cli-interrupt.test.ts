// Ctrl-C or SIGTERM during `generate`: the CLI, run as a process on a real generated workspace, stops every
// check it started, removes its scratch directory, keeps the files it wrote and says how to finish.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { tempWorkspace } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stand-ins for uv and npm: each answers --version, otherwise records its pid and sleeps, as a slow install. */
function slowTools(dir: string, pids: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['uv', 'npm']) {
    writeFileSync(
      join(bin, tool),
      `#!/bin/sh\nif [ "$1" = --version ]; then echo "${tool} 0.13.9"; exit 0; fi\necho $$ >> '${pids}'\nexec sleep 120\n`,
    );
    chmodSync(join(bin, tool), 0o755);
  }
  return bin;
}

describe('interrupting a run', { timeout: 60_000 }, () => {
  it.each([
    ['generate', 'SIGINT', 130],
    ['generate', 'SIGTERM', 143],
    ['verify', 'SIGINT', 130],
  ] as const)(
    '%s on %s: no check left running, no scratch dir, files kept, exit %i',
    async (command, signal, exit) => {
      const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-interrupt-'));
      const pids = join(dir, 'pids');
      const scratchRoot = join(dir, 'tmp');
      mkdirSync(scratchRoot);
      const workspace = tempWorkspace();
      if (command === 'verify') {
        const quiet = { out: () => {}, err: () => {}, cwd: workspace };
        expect(await runCli(['generate', '--name', 'orders', '--no-verify'], quiet)).toBe(0);
      }
      const args = command === 'generate' ? ['generate', '--name', 'orders'] : ['verify'];
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli-main.ts'), ...args, '--workspace', workspace],
        {
          cwd: ROOT,
          env: { PATH: `${slowTools(dir, pids)}:${process.env.PATH}`, TMPDIR: scratchRoot },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      const readPids = () =>
        existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').map(Number) : [];

      // Both lanes have started their first step: the Python lock and the CDK install.
      await until(() => readPids().length === 2, 45_000);
      expect(
        readdirSync(scratchRoot).some((name) => name.startsWith('fastapi-scaffold-verify-')),
      ).toBe(true);
      child.kill(signal);
      const code = await exited;

      expect(code, stderr).toBe(exit);
      for (const pid of readPids()) expect(alive(pid), `process ${pid} left running`).toBe(false);
      // (tsx keeps its own cache there.)
      expect(
        readdirSync(scratchRoot).filter((name) => name.startsWith('fastapi-scaffold-')),
      ).toEqual([]);
      expect(existsSync(join(workspace, 'packages/orders/pyproject.toml'))).toBe(true);
      expect(existsSync(join(workspace, '.scaffold/orders.json'))).toBe(true);
      if (command === 'generate') expect(stdout).toMatch(/└── orders\.json\s+\+ generated/);
      const finish =
        command === 'generate'
          ? `fastapi-scaffold verify --name orders --workspace ${workspace}`
          : `fastapi-scaffold verify --workspace ${workspace}`;
      expect(stderr.trimEnd().split('\n').at(-1)).toBe(
        `interrupted: the checks were stopped and the files stay written; finish with \`${finish}\``,
      );
      expect(stderr.match(/interrupted/g)).toHaveLength(1);
    },
  );
});
