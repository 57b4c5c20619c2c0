// Bundles the two entry points with ncc into dist/: index.js (the action) and cli.js (the CLI), both ESM,
// with the chunks of what they import lazily, and templates.json, the template set both read instead of
// templates/ (src/plan/templates.ts, shippedTemplates).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    // The chunks of what an entry imports lazily (`<id>.index.js`), loaded from beside it by those names.
    for (const chunk of readdirSync(out).filter((name) => name.endsWith('.js'))) {
      if (existsSync(join(next, chunk))) throw new Error(`two entry points emit ${chunk}`);
      renameSync(join(out, chunk), join(next, chunk));
    }
    rmSync(out, { recursive: true, force: true });
  }
  // Checked and parsed here, once, by the code that would otherwise do it on every run. One template a line,
  // so that the diff of a template change shows which.
  const compiled = execFileSync(
    'npx',
    [
      'tsx',
      '--eval',
      `import { loadTemplates } from './src/plan/templates.ts';
       const { templates, digest } = loadTemplates('templates');
       const lines = templates.map((template) => JSON.stringify(template));
       process.stdout.write(\`{"digest":\${JSON.stringify(digest)},"templates":[\n\${lines.join(',\\n')}\n]}\n\`);`,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
  );
  writeFileSync(join(next, 'templates.json'), compiled);
  chmodSync(join(next, 'cli.js'), 0o755);
  writeFileSync(join(next, 'package.json'), '{ "type": "module" }\n');
  rmSync('dist', { recursive: true, force: true });
  renameSync(next, 'dist');
} finally {
  rmSync(next, { recursive: true, force: true });
}
