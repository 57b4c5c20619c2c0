import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply.js';
import type { FilePlan } from '../../src/plan/plan.js';
import { UserError } from '../../src/errors.js';
import { generateFixture, snapshotTree, tempWorkspace, thrown } from '../helpers.js';

const file = (path: string, content = 'x\n', action: FilePlan['action'] = 'created'): FilePlan => ({
  path,
  content,
  action,
  owner: 'generated',
  before: null,
  executable: false,
});

describe('applyPlan', () => {
  it('writes nested files and reports them', () => {
    const workspace = tempWorkspace();
    const result = applyPlan(workspace, [file('a/b/c.txt', 'hello\n'), file('top.txt')]);
    expect(result).toEqual({ written: ['a/b/c.txt', 'top.txt'], removed: [] });
    expect(readFileSync(join(workspace, 'a/b/c.txt'), 'utf8')).toBe('hello\n');
  });

  it('refuses a symlinked directory that leads outside the workspace, writing nothing', () => {
    const workspace = tempWorkspace();
    const outside = tempWorkspace('fastapi-scaffold-outside-');
    symlinkSync(outside, join(workspace, 'packages'));
    expect(() => applyPlan(workspace, [file('ok.txt'), file('packages/api/main.py')])).toThrow(
      'refusing to write packages/api/main.py',
    );
    expect(snapshotTree(outside)).toEqual({});
    expect(existsSync(join(workspace, 'ok.txt'))).toBe(false);
  });

  it('follows a symlink that stays inside the workspace', () => {
    const workspace = tempWorkspace();
    mkdirSync(join(workspace, 'real'));
    symlinkSync(join(workspace, 'real'), join(workspace, 'packages'));
    expect(applyPlan(workspace, [file('packages/a.txt')]).written).toEqual(['packages/a.txt']);
    expect(readFileSync(join(workspace, 'real/a.txt'), 'utf8')).toBe('x\n');
  });

  it('refuses a path that needs a directory where a file is', () => {
    const workspace = tempWorkspace();
    writeFileSync(join(workspace, 'packages'), 'file\n');
    expect(() => applyPlan(workspace, [file('packages/a.txt')])).toThrow(
      'is a file, where a directory is needed',
    );
  });

  it('refuses to write through a symlinked file', () => {
    const workspace = tempWorkspace();
    const outside = tempWorkspace('fastapi-scaffold-outside-');
    writeFileSync(join(outside, 'secret'), 'keep\n');
    symlinkSync(join(outside, 'secret'), join(workspace, 'index.ts'));
    expect(() => applyPlan(workspace, [file('index.ts', 'evil', 'updated')])).toThrow(
      /^refusing to write index.ts: it is a symbolic link$/,
    );
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('keep\n');
  });

  it.each(['../escape.txt', '/etc/passwd', 'a/./b', 'a\\b', ''])('refuses the path %j', (path) => {
    const workspace = tempWorkspace();
    expect(() => applyPlan(workspace, [file(path)])).toThrow(/^refusing to write/);
    expect(snapshotTree(workspace)).toEqual({});
  });

  it('rolls back every write when one fails part-way (a directory stands where a file must go)', () => {
    const workspace = tempWorkspace();
    writeFileSync(join(workspace, 'existing.txt'), 'before\n');
    mkdirSync(join(workspace, 'blocker'));
    writeFileSync(join(workspace, 'blocker/inside.txt'), 'a directory, where a file must go\n');
    const before = snapshotTree(workspace);
    expect(() =>
      applyPlan(workspace, [
        file('new/dir/one.txt'),
        file('existing.txt', 'after\n', 'updated'),
        file('blocker'),
      ]),
    ).toThrow('could not write the workspace, nothing was changed');
    expect(snapshotTree(workspace)).toEqual(before);
    expect(existsSync(join(workspace, 'new'))).toBe(false);
  });

  it('is used by generate(): a symlink escape aborts the whole generation', () => {
    const workspace = tempWorkspace();
    const outside = tempWorkspace('fastapi-scaffold-outside-');
    mkdirSync(join(workspace, 'packages'));
    symlinkSync(outside, join(workspace, 'packages/infra'));
    // A write the workspace refuses is not the request's fault: a plain Error, not a UserError.
    const error = thrown(() => generateFixture({ name: 'orders' }, workspace));
    expect(error).not.toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^refusing to write packages\/infra\//);
    expect(snapshotTree(outside)).toEqual({});
    expect(Object.keys(snapshotTree(workspace))).toEqual(['packages/infra']);
  });
});
