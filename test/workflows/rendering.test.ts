// This repository's workflows and issue form are templates-workspace/ rendered with this checkout as the
// action (`uses: ./`): what `fastapi-scaffold init` writes elsewhere, with a pin instead. A hand edit of one,
// or a template changed without re-rendering, fails here with the command that puts them back in step.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderLocalWorkflows, workspaceTemplateSet } from '../../src/plan/init.js';
import { toolInfo, toolRepository, WORKSPACE_TEMPLATES_DIR } from '../../src/tool.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const rendered = renderLocalWorkflows(
  workspaceTemplateSet(WORKSPACE_TEMPLATES_DIR),
  toolInfo(),
  toolRepository(),
);

describe("this repository's workflows", () => {
  it('are the rendering of templates-workspace/ for this checkout', () => {
    expect(rendered.map((file) => file.path).sort()).toEqual([
      '.github/ISSUE_TEMPLATE/new-fastapi-service.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/pr-checks.yml',
      '.github/workflows/scaffold-dispatch.yml',
      '.github/workflows/scaffold-issue.yml',
      '.github/workflows/scaffold-upgrade.yml',
    ]);
    for (const file of rendered) {
      expect(
        readFileSync(`${ROOT}${file.path}`, 'utf8'),
        `${file.path} differs from its template in templates-workspace/: edit the template, then run \`npm run workflows\``,
      ).toBe(file.content);
    }
  });

  it("use this checkout's actions, and GitHub's own expressions survive the rendering", () => {
    const prChecks = rendered.find((file) => file.path === '.github/workflows/pr-checks.yml')!;
    expect(prChecks.content).toContain('uses: ./checks # zizmor: ignore[self-repository]');
    expect(prChecks.content).toContain('base-sha: ${{ github.event.pull_request.base.sha }}');
    expect(prChecks.content).not.toMatch(/<%|%>/);
  });
});
