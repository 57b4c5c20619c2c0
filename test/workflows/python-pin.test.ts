// The workflows that verify generated projects install the Python those projects pin (themselves, or through
// the setup action, which every workflow `init` writes uses), so a change of the pin cannot leave a workflow
// checking on an interpreter it never installs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pyproject = readFileSync(
  `${ROOT}templates/__directory__/__projectName__/pyproject.toml`,
  'utf8',
);
const PIN = /^requires-python = "==(\d+\.\d+)\.\*"$/m.exec(pyproject)?.[1];

interface Step {
  uses?: string;
  run?: string;
}

/** A step that runs the checks of a generated project: the action, the checks action, the tests or the demo. */
const checks = (step: Step) =>
  /^\.\/(checks)?( |$)/.test(step.uses ?? '') || /\bnpm (test|run demo)\b/.test(step.run ?? '');

const setup = parse(readFileSync(`${ROOT}setup/action.yml`, 'utf8')) as {
  runs: { steps: Step[] };
};
/** A step that installs the pin: itself, or the setup action that does. */
const installs = (step: Step) =>
  step.run === `uv python install ${PIN}` || /^\.\/setup( |$)/.test(step.uses ?? '');

describe("the generated projects' Python", () => {
  it('is what the setup action installs', () => {
    expect(setup.runs.steps.map((step) => step.run)).toContain(`uv python install ${PIN}`);
  });

  it.each([
    'scaffold-dispatch.yml',
    'scaffold-issue.yml',
    'scaffold-upgrade.yml',
    'ci.yml',
    'pr-checks.yml',
  ])('%s installs the pinned version before anything checks a generated project', (file) => {
    expect(PIN, 'the template pins one minor version').toMatch(/^\d+\.\d+$/);
    const workflow = parse(readFileSync(`${ROOT}.github/workflows/${file}`, 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    // Every job that checks a generated project installs the pin before it does.
    const checking = Object.values(workflow.jobs).filter((job) =>
      job.steps.some((step) => checks(step)),
    );
    expect(checking.length).toBeGreaterThan(0);
    for (const job of checking) {
      const install = job.steps.findIndex(installs);
      expect(install, `a step "uv python install ${PIN}" or ./setup`).toBeGreaterThan(-1);
      expect(job.steps.findIndex(checks)).toBeGreaterThan(install);
    }
  });
});
