// Bundles the two entry points with ncc into dist/: index.js (the action) and cli.js (the CLI), both ESM.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  ['src/index.ts', 'index.js'],
  ['src/cli-main.ts', 'cli.js'],
];

// Build next to dist/ and swap at the end, so a failed build leaves the last good bundle in place.
const next = mkdtempSync('dist-next-');
try {
  for (const [entry, output] of entries) {
    const out = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-build-'));
    execFileSync(
      'npx',
      ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
      {
        stdio: 'inherit',
      },
    );
    renameSync(join(out, 'index.js'), join(next, output));
    renameSync(join(out, 'licenses.txt'), join(next, output.replace(/\.js$/, '.licenses.txt')));
    rmSync(out, { recursive: true, force: true });
  }
  chmodSync(join(next, 'cli.js'), 0o755);
  writeFileSync(join(next, 'package.json'), '{ "type": "module" }\n');
  rmSync('dist', { recursive: true, force: true });
  renameSync(next, 'dist');
} finally {
  rmSync(next, { recursive: true, force: true });
}
