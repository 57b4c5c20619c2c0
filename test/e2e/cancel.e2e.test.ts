// A run cancelled the way the runner cancels it (SIGINT, then SIGTERM about 7.5 s later) stops the checks it
// started, says so on the issue and leaves neither a worktree nor a process behind.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  dir,
  ISSUE,
  issuePayload,
  remote,
  sh,
  startAction,
  statusComments,
  useActionHarness,
  workspace,
} from './harness.js';

useActionHarness();

/** Stand-ins for the first tools verify starts: each records its pid and then waits, as a slow install does. */
function slowTools(pids: string): string {
  const bin = join(dir, 'slow-bin');
  mkdirSync(bin);
  for (const tool of ['uv', 'npm']) {
    const path = join(bin, tool);
    writeFileSync(path, `#!/bin/sh\necho $$ >> '${pids}'\nexec sleep 120\n`);
    chmodSync(path, 0o755);
  }
  return bin;
}

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

describe('cancellation', { timeout: 90_000 }, () => {
  it('stops the checks, reports the cancellation on the issue and removes its worktree', async () => {
    const pids = join(dir, 'pids');
    const started = startAction({
      eventName: 'issues',
      payload: issuePayload('opened'),
      inputs: { 'issue-number': String(ISSUE), verify: 'true' },
      pathPrefix: [slowTools(pids)],
    });
    const readPids = () =>
      existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').map(Number) : [];
    // Both lanes have started their first step: the Python lock and the CDK install.
    await until(() => readPids().length === 2, 60_000);

    let exitedAt = 0;
    started.child.on('exit', () => (exitedAt = Date.now()));
    const cancelledAt = Date.now();
    started.child.kill('SIGINT');
    // As the runner: SIGTERM after 7.5 s if the process is still there.
    const term = setTimeout(() => started.child.kill('SIGTERM'), 7_500);
    const run = await started.done;
    clearTimeout(term);

    expect(exitedAt - cancelledAt, 'ended within the runner’s grace period').toBeLessThan(7_500);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::The run was cancelled before it finished.');
    for (const pid of readPids()) expect(alive(pid), `process ${pid} left running`).toBe(false);
    expect(sh(workspace, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(
      readdirSync(started.runnerTemp).filter((name) => name.startsWith('fastapi-scaffold-')),
    ).toEqual([]);
    expect(sh(remote, 'for-each-ref', '--format=%(refname)')).toBe(`refs/heads/${BASE}`);
    const [status] = statusComments();
    expect(status!.body).toContain('🛑 The run was cancelled before it finished');
    expect(status!.body).toContain('Add the label `scaffold-retry` to run it again');
  });
});
