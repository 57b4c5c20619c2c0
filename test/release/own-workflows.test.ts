// The action's own workflows, ci.yml and release.yml, which "Use this template" copies into every service
// repository: each of their jobs runs in the action's repository and its forks and is skipped in a repository
// made from the template; the release takes the least it needs and the pins CI uses.
// (scripts/ci/lint-workflows.sh lints them; test/release/release.test.ts runs the release script.)

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
}

const workflow = (file: string) =>
  parse(readFileSync(`${ROOT}.github/workflows/${file}`, 'utf8')) as Workflow;

const examples = JSON.parse(
  readFileSync(`${ROOT}node_modules/@octokit/webhooks-examples/api.github.com/index.json`, 'utf8'),
) as Array<{ name: string; examples: Array<Record<string, any>> }>;

/** A real payload of `event` (from GitHub's published examples), its repository set as `repository` says. */
function payload(event: string, repository: { is_template: boolean; fork: boolean }) {
  const found = examples
    .find((entry) => entry.name === event)!
    .examples.find((example) => 'is_template' in (example.repository ?? {}))!;
  const copy = structuredClone(found);
  Object.assign(copy.repository, repository);
  return copy;
}

/**
 * Whether a job with `condition` runs. The expressions used here (`||`, `&&`, `==`, parentheses, property
 * access, string literals and format()) mean in GitHub's expression language what they mean in JavaScript,
 * a missing property included (null there, undefined here: both false).
 */
function runs(condition: string | undefined, github: Record<string, unknown>): boolean {
  if (condition === undefined) return true;
  const format = (text: string, ...values: unknown[]) =>
    text.replace(/\{(\d+)\}/g, (_, index: string) => String(values[Number(index)]));
  return Boolean(new Function('github', 'format', `return (${condition});`)(github, format));
}

const ACTION_REPOSITORY = { is_template: true, fork: false };
const FORK = { is_template: false, fork: true };
const FROM_TEMPLATE = { is_template: false, fork: false };

describe('where the action’s own workflows run', () => {
  it('GitHub documents is_template and fork on the repository of push, pull_request and workflow_dispatch', () => {
    const spec = JSON.parse(
      readFileSync(`${ROOT}node_modules/@octokit/openapi/generated/api.github.com.json`, 'utf8'),
    );
    const schemas = spec.components.schemas as Record<string, any>;
    const deref = (node: any): any =>
      node?.$ref ? deref(schemas[node.$ref.split('/').pop()]) : node;
    for (const name of [
      'webhook-push',
      'webhook-pull-request-opened',
      'webhook-pull-request-synchronize',
      'webhook-workflow-dispatch',
    ]) {
      const repository = deref(deref(schemas[name]).properties.repository);
      expect(repository.properties.is_template.type, name).toBe('boolean');
      expect(repository.properties.fork.type, name).toBe('boolean');
    }
  });

  it.each(['push', 'pull_request'])(
    'ci.yml on %s: every job runs in the action’s repository and its forks, none in one made from the template',
    (event) => {
      const { on, jobs } = workflow('ci.yml');
      expect(Object.keys(on)).toContain(event);
      expect(Object.keys(jobs).length).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(jobs)) {
        const at = (repository: typeof FORK) => ({
          event: payload(event, repository),
          ref: 'refs/heads/main',
        });
        expect(runs(job.if, at(ACTION_REPOSITORY)), id).toBe(true);
        expect(runs(job.if, at(FORK)), id).toBe(true);
        expect(runs(job.if, at(FROM_TEMPLATE)), id).toBe(false);
      }
    },
  );

  it('release.yml runs from the default branch of the action’s repository or a fork, never from a repository made from the template', () => {
    const { on, jobs } = workflow('release.yml');
    expect(Object.keys(on)).toEqual(['workflow_dispatch']);
    expect(Object.keys(jobs).length).toBeGreaterThan(0);
    for (const [id, job] of Object.entries(jobs)) {
      const at = (repository: typeof FORK, ref: string) => {
        const event = payload('workflow_dispatch', repository);
        return { event, ref: ref.replace('DEFAULT', event.repository.default_branch) };
      };
      expect(runs(job.if, at(ACTION_REPOSITORY, 'refs/heads/DEFAULT')), id).toBe(true);
      expect(runs(job.if, at(FORK, 'refs/heads/DEFAULT')), id).toBe(true);
      expect(runs(job.if, at(FROM_TEMPLATE, 'refs/heads/DEFAULT')), id).toBe(false);
      expect(runs(job.if, at(ACTION_REPOSITORY, 'refs/heads/a-feature')), id).toBe(false);
    }
  });

  it('release.yml may write contents only, keeps no credentials in the checkout and uses the actions CI pins', () => {
    const release = workflow('release.yml');
    const ci = workflow('ci.yml');
    expect(release.permissions).toEqual({});
    const pins = new Set(
      Object.values(ci.jobs).flatMap((job) => job.steps.flatMap((step) => step.uses ?? [])),
    );
    for (const job of Object.values(release.jobs)) {
      expect(job.permissions).toEqual({ contents: 'write' });
      const uses = job.steps.flatMap((step) => step.uses ?? []);
      expect(uses.length).toBeGreaterThan(0);
      for (const action of uses) expect(pins, action).toContain(action);
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['persist-credentials']).toBe(false);
      // The release script checks dist/ against a build made in this job, from these sources.
      const runs = job.steps.map((step) => step.run);
      expect(runs.indexOf('npm run bundle')).toBeGreaterThan(
        runs.indexOf('npm ci --no-audit --no-fund'),
      );
      expect(runs.indexOf('npm run release')).toBeGreaterThan(runs.indexOf('npm run bundle'));
    }
  });
});
