// This repository's workflows and issue form are templates-workspace/ rendered with this checkout as the
// action (`uses: ./`): what `fastapi-scaffold init` writes elsewhere, with a pin instead. A hand edit of one,
// or a template changed without re-rendering, fails here with the command that puts them back in step.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderLocalWorkflows, SUB_ACTIONS, workspaceTemplateSet } from '../../src/plan/init.js';
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

describe('the composite actions the workflows use', () => {
  it.each(SUB_ACTIONS)(
    '%s/action.yml runs files of this repository, reached through its own path, with no input in a script',
    (name) => {
      const action = parse(readFileSync(`${ROOT}${name}/action.yml`, 'utf8')) as {
        runs: { using: string; steps: Array<{ run?: string; env?: Record<string, string> }> };
      };
      expect(action.runs.using).toBe('composite');
      const paths: string[] = [];
      for (const step of action.runs.steps.filter((candidate) => candidate.run)) {
        expect(step.run).not.toContain('${{');
        for (const [, path] of step.run!.matchAll(/\$ACTION_PATH\/\.\.\/([\w./-]+)/g)) {
          paths.push(path!);
          expect(existsSync(`${ROOT}${path}`), path).toBe(true);
          expect(step.env?.ACTION_PATH).toBe('${{ github.action_path }}');
        }
      }
      // setup only installs; the others run this repository's scripts.
      expect(paths.length > 0).toBe(name !== 'setup');
    },
  );
});
