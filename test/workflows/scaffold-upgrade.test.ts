// .github/workflows/scaffold-upgrade.yml: what its jobs promise — a listing job with read access only, then one
// update per listed API through this action, each in its own concurrency group, none stopping the others.
// (test/e2e/update.e2e.test.ts runs its listing script and its action step; scripts/ci/lint-workflows.sh lints it.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const load = (path: string) =>
  parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const workflow = load('.github/workflows/scaffold-upgrade.yml');
const action = load('action.yml') as { inputs: Record<string, unknown> };

describe('scaffold-upgrade.yml', () => {
  it('runs weekly and on demand, with no permission beyond what each job needs', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.outdated.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.upgrade.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
    });
  });

  it('runs one update per listed API, each in its own concurrency group, none stopping the others', () => {
    const { upgrade, outdated } = workflow.jobs;
    expect(outdated.outputs.apis).toBe('${{ steps.list.outputs.apis }}');
    expect(upgrade.needs).toBe('outdated');
    expect(upgrade.if).toBe("needs.outdated.outputs.apis != '[]'");
    expect(upgrade.strategy.matrix.api).toBe('${{ fromJSON(needs.outdated.outputs.apis) }}');
    expect(upgrade.strategy['fail-fast']).toBe(false);
    expect(upgrade.strategy['max-parallel']).toBeGreaterThan(0);
    expect(upgrade.concurrency).toEqual({
      group: 'scaffold-upgrade-${{ matrix.api }}',
      'cancel-in-progress': false,
    });
    const step = upgrade.steps.find((candidate: { id?: string }) => candidate.id === 'scaffold');
    expect(step.uses).toBe('./');
    // Only the operation and the name: every option left empty keeps the API's recorded value.
    expect(step.with).toEqual({ operation: 'update', name: '${{ matrix.api }}' });
    for (const input of Object.keys(step.with)) expect(action.inputs).toHaveProperty(input);
  });
});
