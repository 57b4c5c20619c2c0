import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { joinFile } from '../../src/plan/join.js';
import { loadTemplates } from '../../src/plan/templates.js';
import {
  FIXTURE_TEMPLATES,
  generateFixture,
  tempWorkspace,
  thrown,
  updateFixture,
} from '../helpers.js';

const WANTED = `${JSON.stringify({ private: true, workspaces: ['packages/*'], devDependencies: { nx: '^22.0.0' } }, null, 2)}\n`;

describe('joinFile', () => {
  it("adds what a package.json lacks, keeps the person's values and indentation", () => {
    const ours = `${JSON.stringify({ name: 'shop', private: false, workspaces: ['apps/*'], scripts: { test: 'jest' } }, null, 4)}\n`;
    const joined = joinFile('json', 'package.json', ours, WANTED);
    expect(JSON.parse(joined.content)).toEqual({
      name: 'shop',
      private: false,
      workspaces: ['apps/*', 'packages/*'],
      scripts: { test: 'jest' },
      devDependencies: { nx: '^22.0.0' },
    });
    expect(joined.content).toMatch(/^\{\n {4}"name": "shop",\n/);
    expect(joined.content.endsWith('}\n')).toBe(true);
    expect(joined.added).toEqual(['workspaces["packages/*"]', 'devDependencies']);
    expect(joined.keptTheirs).toEqual(['private']);
    // Joining again adds nothing and keeps the text as it is.
    expect(joinFile('json', 'package.json', joined.content, WANTED)).toMatchObject({
      content: joined.content,
      added: [],
    });
  });

  it('refuses what it cannot join without choosing for the person, with the reason', () => {
    const yarnStyle = JSON.stringify({ workspaces: { packages: ['apps/*'] } });
    expect(thrown(() => joinFile('json', 'package.json', yarnStyle, WANTED))).toEqual(
      new UserError(
        'package.json: "workspaces" is an object here, and fastapi-scaffold needs a list there to add ["packages/*"]; change it by hand, then run again',
      ),
    );
    expect(thrown(() => joinFile('json', 'package.json', '{ "name": ', WANTED)).message).toMatch(
      /^package\.json \(yours\) is not valid JSON: /,
    );
  });

  it('appends the lines a .gitignore lacks under one comment, once', () => {
    const joined = joinFile(
      'lines',
      '.gitignore',
      'dist/\nnode_modules/',
      '# deps\nnode_modules/\n.nx/\n',
    );
    expect(joined.content).toBe('dist/\nnode_modules/\n\n# Added by fastapi-scaffold\n.nx/\n');
    expect(
      joinFile('lines', '.gitignore', joined.content, '# deps\nnode_modules/\n.nx/\n').added,
    ).toEqual([]);
  });
});

describe('a template with join=json', () => {
  it("joins the repository's own package.json on the first generation, then merges as usual", () => {
    const root = join(tempWorkspace('fastapi-scaffold-templates-'), 'templates');
    cpSync(FIXTURE_TEMPLATES, root, { recursive: true });
    writeFileSync(join(root, 'package.json'), `{{! scaffold join=json }}\n${WANTED}`);
    const templates = loadTemplates(root);
    const workspace = tempWorkspace();
    const mine = `${JSON.stringify({ name: 'shop', scripts: { lint: 'eslint .' } }, null, 2)}\n`;
    writeFileSync(join(workspace, 'package.json'), mine);

    const outcome = generateFixture({ name: 'orders' }, workspace, { templates });
    const file = outcome.plan.files.find((entry) => entry.path === 'package.json')!;
    expect(file.action).toBe('merged');
    expect(file.note).toBe('joined with yours: added private, workspaces, devDependencies');
    const joined = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8'));
    expect(joined).toMatchObject({
      name: 'shop',
      scripts: { lint: 'eslint .' },
      workspaces: ['packages/*'],
    });

    const again = updateFixture('orders', {}, workspace, { templates });
    expect(again.plan.files.find((entry) => entry.path === 'package.json')!.action).toBe('kept');
    expect(again.written).toEqual([]);
  });
});

describe('joinFile with the base it was generated from', () => {
  it('follows the template where the person kept what was generated, keeps their changes, drops what the template dropped', () => {
    const base = JSON.stringify({
      devDependencies: { nx: '^21.0.0', old: '1' },
      workspaces: ['packages/*'],
    });
    const theirs = JSON.stringify({
      devDependencies: { nx: '^22.0.0' },
      workspaces: ['packages/*'],
    });
    const ours = JSON.stringify(
      {
        name: 'shop',
        devDependencies: { nx: '^21.0.0', old: '1', jest: '29' },
        workspaces: ['packages/*', 'apps/*'],
      },
      null,
      2,
    );
    const joined = joinFile('json', 'package.json', ours, theirs, base);
    expect(JSON.parse(joined.content)).toEqual({
      name: 'shop',
      devDependencies: { nx: '^22.0.0', jest: '29' },
      workspaces: ['packages/*', 'apps/*'],
    });
    const pinned = JSON.stringify({
      devDependencies: { nx: '21.2.0', old: '1' },
      workspaces: ['packages/*'],
    });
    const kept = joinFile('json', 'package.json', pinned, theirs, base);
    expect(JSON.parse(kept.content).devDependencies.nx).toBe('21.2.0');
    expect(kept.keptTheirs).toEqual(['devDependencies.nx']);
  });
});

describe('joinFile when the template drops a key', () => {
  it('removes it where the person left it as generated, and says so', () => {
    const base = JSON.stringify({ devDependencies: { nx: '^24.0.0', old: '1' } });
    const theirs = JSON.stringify({ devDependencies: { nx: '^24.0.0' } });
    const ours = JSON.stringify(
      { name: 'shop', devDependencies: { nx: '^24.0.0', old: '1' } },
      null,
      2,
    );
    const joined = joinFile('json', 'package.json', ours, theirs, base);
    expect(JSON.parse(joined.content)).toEqual({
      name: 'shop',
      devDependencies: { nx: '^24.0.0' },
    });
    expect(joined.removed).toEqual(['devDependencies.old']);
  });
});

describe('joinFile with join=block (a README section)', () => {
  const section = (text: string) =>
    `<!-- fastapi-scaffold:begin (written by init) -->\n${text}\n<!-- fastapi-scaffold:end -->\n`;

  it("appends the section to the person's text, once", () => {
    const ours = '# Our services\n\nHow we work.';
    const joined = joinFile('block', 'README.md', ours, section('v1'));
    expect(joined.content).toBe(`${ours}\n\n${section('v1')}`);
    expect(joined.added).toEqual(['its section']);
    expect(joinFile('block', 'README.md', joined.content, section('v1')).content).toBe(
      joined.content,
    );
  });

  it('replaces a section left as generated, in place, and keeps one the person edited', () => {
    const ours = `# Ours\n\n${section('v1')}\nMore of ours.\n`;
    expect(joinFile('block', 'README.md', ours, section('v2'), section('v1')).content).toBe(
      `# Ours\n\n${section('v2')}\nMore of ours.\n`,
    );
    const edited = ours.replace('v1', 'v1, with our note');
    const kept = joinFile('block', 'README.md', edited, section('v2'), section('v1'));
    expect(kept.content).toBe(edited);
    expect(kept.keptTheirs).toEqual(['section']);
  });
});
