// One temporary directory for the whole test run, removed when it ends: every test's temp workspaces,
// stand-ins and tool caches (os.tmpdir() in the workers, TMPDIR in the processes they start) go under it,
// so a run leaves nothing in the machine's temp directory, passed or failed.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
