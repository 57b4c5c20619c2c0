// Archives the templates of an earlier commit into templates-history/<version>.json, for upgrading the
// workspaces its records (hashes only, schema 1) describe. Run once per such version:
//   npx tsx scripts/archive-templates.ts <git ref>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archivedTemplates, type ArchivedTemplates } from '../src/plan/history.js';
import { readTemplateFiles, templateSet } from '../src/plan/templates.js';

const ref = process.argv[2];
if (!ref) throw new Error('usage: tsx scripts/archive-templates.ts <git ref>');
const show = (path: string) =>
  execFileSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8' });

const version = (JSON.parse(show('package.json')) as { version: string }).version;
// The header lines of that version's render.ts: `${open}…${close}\n` template literals.
const header = [...show('src/plan/render.ts').matchAll(/`\$\{open\}(.*?)\$\{close\}\\n`/g)].map(
  (match) =>
    match[1]!
      .replaceAll('${view.toolName}', '{name}')
      .replaceAll('${view.toolVersion}', '{version}'),
);
if (header.length === 0) throw new Error(`no header lines found in ${ref}:src/plan/render.ts`);

const scratch = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-archive-'));
try {
  execFileSync('sh', ['-c', `git archive "$1" templates | tar -x -C "$2"`, 'sh', ref, scratch]);
  const files = readTemplateFiles(join(scratch, 'templates'));
  const archive: ArchivedTemplates = {
    version,
    digest: templateSet(files, { strict: false }).digest,
    header,
    files,
  };
  archivedTemplates(archive);
  const out = join('templates-history', `${version}.json`);
  writeFileSync(out, `${JSON.stringify(archive, null, 2)}\n`);
  console.log(`${out}: ${files.length} templates, digest ${archive.digest}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
