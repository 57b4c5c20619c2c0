// `fastapi-scaffold outdated`: which APIs of a workspace an upgrade would re-render, for the scheduled upgrade
// workflow. Tested on the workspace 0.1.0 generated, before and after one of its APIs is upgraded.
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { update } from '../src/generate.js';
import { PROVENANCE_SCHEMA } from '../src/plan/provenance.js';
import { toolInfo } from '../src/tool.js';
import { writeRecordedWorkspace } from './fixtures/workspaces.js';
import { REAL_TEMPLATE_SET, tempWorkspace } from './helpers.js';

async function outdated(workspace: string, ...flags: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['outdated', '--workspace', workspace, ...flags], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    cwd: '/',
  });
  return { code, out, err };
}

describe('fastapi-scaffold outdated', () => {
  it('lists the APIs recorded by other templates than these, and drops one once it is upgraded', async () => {
    const workspace = tempWorkspace();
    writeRecordedWorkspace(workspace, '0.1.0');

    const before = await outdated(workspace, '--json');
    expect(before.code).toBe(0);
    const listed = JSON.parse(before.out);
    expect(listed).toMatchObject({
      ok: true,
      tool: toolInfo(),
      digest: REAL_TEMPLATE_SET.digest,
      schema: PROVENANCE_SCHEMA,
    });
    expect(listed.outdated).toEqual([
      {
        projectName: 'billing',
        projectRoot: 'packages/billing',
        tool: { name: 'fastapi-scaffold', version: '0.1.0' },
        digest: '253526bce568d89c6ed3f4a939d41266957256dbe2e03e2ea25d91b0a6fc68e3',
        // 0.1.0 kept no copy of what it generated: its records cannot 3-way merge a later change.
        schema: 1,
      },
      expect.objectContaining({ projectName: 'orders-api', projectRoot: 'packages/orders-api' }),
    ]);
    expect((await outdated(workspace)).out).toMatch(
      /^billing\tpackages\/billing\tfastapi-scaffold 0\.1\.0, templates 253526bce568, record schema 1 \(now /,
    );

    update(
      { name: 'orders-api', changes: {} },
      { workspace, templates: REAL_TEMPLATE_SET, tool: toolInfo() },
    );
    const after = JSON.parse((await outdated(workspace, '--json')).out);
    expect(after.outdated.map((api: { projectName: string }) => api.projectName)).toEqual([
      'billing',
    ]);
  });

  it('lists nothing, and says so, when every API is current; a workspace without APIs has none to list', async () => {
    const workspace = tempWorkspace();
    const none = await outdated(workspace);
    expect(none).toMatchObject({ code: 0, out: '' });
    expect(none.err).toContain('Every API in');
    expect(JSON.parse((await outdated(workspace, '--json')).out).outdated).toEqual([]);
  });
});
