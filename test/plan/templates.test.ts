import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/plan/templates.js';
import { tempWorkspace } from '../helpers.js';

function treeWith(files: Record<string, string>): string {
  const root = tempWorkspace('fastapi-scaffold-templates-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('loadTemplates', () => {
  it('reads directives and tells per-API templates from shared ones', () => {
    const root = treeWith({
      '__directory__/__projectName__/a.py': 'x = "{{moduleName}}"\n',
      'packages/__if_httpApi__/index.ts':
        '{{! scaffold owner=generated executable }}\n{{#apis}}{{className}}{{/apis}}\n',
    });
    const { templates, digest } = loadTemplates(root);
    expect(templates).toEqual([
      expect.objectContaining({
        source: '__directory__/__projectName__/a.py',
        owner: 'user',
        when: [],
        perApi: true,
      }),
      expect.objectContaining({
        source: 'packages/__if_httpApi__/index.ts',
        owner: 'generated',
        when: ['httpApi'],
        executable: true,
        perApi: false,
        body: '{{#apis}}{{className}}{{/apis}}\n',
      }),
    ]);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps Python dunder file names literal', () => {
    const { templates } = loadTemplates(
      treeWith({ '__directory__/__projectName__/__moduleName__/__init__.py': '' }),
    );
    expect(templates.map((template) => template.source)).toEqual([
      '__directory__/__projectName__/__moduleName__/__init__.py',
    ]);
  });

  it('changes the digest when any template changes', () => {
    const a = loadTemplates(treeWith({ 'x.txt': 'one' })).digest;
    const b = loadTemplates(treeWith({ 'x.txt': 'two' })).digest;
    expect(a).not.toBe(b);
  });

  it.each([
    [{ 'a.py': '{{projectname}}' }, 'template a.py uses unknown key "projectname"'],
    [{ 'a.py': '{{#apis}}{{nope}}{{/apis}}' }, 'uses unknown key "nope"'],
    [{ '__project__/a.py': 'x' }, 'unknown path placeholder __project__'],
    [{ 'a.py': '{{! scaffold owner=mine }}\nx' }, 'bad directive "owner=mine"'],
    [{ '__if_notAKey__/a.py': 'x' }, '__if_notAKey__ names no boolean view key'],
    [{ '__if_projectName__/a.py': 'x' }, '__if_projectName__ names no boolean view key'],
    [{ 'a.py': '{{! scaffold when=functionUrl }}\nx' }, 'bad directive "when=functionUrl"'],
  ])('fails loudly on a template mistake: %j', (files, message) => {
    expect(() => loadTemplates(treeWith(files))).toThrow(message);
  });
});
