// Bundles the two entry points with ncc into dist/: index.js (the action) and cli.js (the CLI), both ESM.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  ['src/index.ts', 'index.js'],
  ['src/cli-main.ts', 'cli.js'],
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [entry, output] of entries) {
  const out = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-build-'));
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
  renameSync(join(out, 'index.js'), join('dist', output));
  renameSync(join(out, 'licenses.txt'), join('dist', output.replace(/\.js$/, '.licenses.txt')));
  rmSync(out, { recursive: true, force: true });
}
chmodSync('dist/cli.js', 0o755);
writeFileSync('dist/package.json', '{ "type": "module" }\n');
