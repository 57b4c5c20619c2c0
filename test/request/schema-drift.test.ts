// action.yml, the workflow_dispatch form, the issue form and the CLI flags all describe the same request;
// this fails as soon as one of them says something src/request/schema.ts does not. The forms and action.yml
// also ask for the operation, which the CLI spells as its command word.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import { PULL_REQUEST_LABEL, REQUEST_LABEL } from '../../src/labels.js';
import { optionValue, readIssueForm } from '../../src/request/issue-form.js';
import {
  FORM_INPUTS,
  OPERATIONS,
  REQUEST_INPUTS,
  SETTING_INPUTS,
} from '../../src/request/schema.js';

const root = new URL('../../', import.meta.url);
const load = (path: string) => readFileSync(new URL(path, root), 'utf8');

const ids = FORM_INPUTS.map((input) => input.id);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const optionValues = (id: string) =>
  FORM_INPUTS.find((input) => input.id === id)!.options?.map((option) => option.value);

describe('action.yml', () => {
  const action = parse(load('action.yml')) as {
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('declares the operation and every request input with the schema options, empty meaning "not given"', () => {
    for (const spec of FORM_INPUTS) {
      const input = action.inputs[spec.id];
      expect(input, spec.id).toBeDefined();
      // No default: an empty option is not given, so that an update keeps the API's recorded value …
      expect(input!.default, spec.id).toBeUndefined();
      expect(input!.description, spec.id).toContain(spec.description.replace(/\.$/, ''));
      // … and the description says what an empty one means.
      if (spec.default)
        expect(input!.description, spec.id).toMatch(new RegExp(`Empty: ${spec.default}\\b`));
      // A request may come from an issue instead, so no request input is required by action.yml itself …
      expect(input!.required, spec.id).toBe(false);
      // … but a required one says when it is.
      if (spec.required)
        expect(input!.description).toContain('Required unless issue-number is given');
      if (spec.options) {
        const listed = spec.options.map((option) => `${option.value} (${option.description})`);
        expect(input!.description, spec.id).toMatch(
          new RegExp(`One of: ${escape(listed.join(', '))}\\. Empty`),
        );
      }
    }
  });

  it('takes each repository setting with the schema description and default', () => {
    for (const spec of SETTING_INPUTS) {
      const input = action.inputs[spec.id];
      expect(input, spec.id).toBeDefined();
      expect(input!.description.replace(/\s+/g, ' '), spec.id).toBe(spec.description);
      expect(input!.default, spec.id).toBe(spec.default);
      expect(input!.required, spec.id).toBe(false);
    }
  });

  it('documents every input and output and runs the bundle on node24', () => {
    for (const [id, input] of Object.entries(action.inputs))
      expect(input.description, id).not.toBe('');
    for (const [id, output] of Object.entries(action.outputs))
      expect(output.description, id).not.toBe('');
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'pull-request-number',
        'pull-request-url',
        'branch',
        'project-name',
        'operation',
      ]),
    );
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs.verify!.default).toBe('true');
    expect(action.inputs.labels!.default).toBe(PULL_REQUEST_LABEL);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('workflow_dispatch form', () => {
  const workflow = parse(load('.github/workflows/scaffold-dispatch.yml')) as {
    on: {
      workflow_dispatch: {
        inputs: Record<
          string,
          { type: string; required?: boolean; default?: unknown; options?: string[] }
        >;
      };
    };
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };
  const inputs = workflow.on.workflow_dispatch.inputs;

  it('asks for the operation and every request input, in schema order, with the same options and required flags', () => {
    expect(Object.keys(inputs).filter((id) => ids.includes(id as never))).toEqual(ids);
    for (const spec of FORM_INPUTS) {
      const input = inputs[spec.id]!;
      expect(input.required ?? false, spec.id).toBe(spec.required);
      if (spec.options) {
        // A choice always has a value: for an update it is the API's setting after the update.
        expect(input.type, spec.id).toBe('choice');
        expect(input.default, spec.id).toBe(spec.default);
        expect(input.options, spec.id).toEqual(optionValues(spec.id));
      } else {
        // A text left empty is not given: the schema default for a new API, the recorded value for an update.
        expect(input.type, spec.id).toBe('string');
        expect(input.default, spec.id).toBeUndefined();
      }
    }
    expect(Object.keys(inputs).length).toBeLessThanOrEqual(10);
  });

  it('never asks a repository setting: init writes those into the workflow', () => {
    for (const spec of SETTING_INPUTS) expect(Object.keys(inputs), spec.id).not.toContain(spec.id);
  });

  it('passes each of them to the action under the same name', () => {
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses === './')!;
    for (const id of ids) expect(step.with?.[id], id).toBe(`\${{ inputs.${id} }}`);
  });
});

describe('issue form', () => {
  const text = load('.github/ISSUE_TEMPLATE/new-fastapi-service.yml');
  const form = readIssueForm(text);

  it('has one field for the operation and per request input, in schema order, with the schema labels and required flags', () => {
    expect(form.fields.map((field) => field.id)).toEqual(ids);
    for (const spec of FORM_INPUTS) {
      const field = form.fields.find((candidate) => candidate.id === spec.id)!;
      expect(field.label, spec.id).toBe(spec.label);
      expect(field.required, spec.id).toBe(spec.required);
      // As in the dispatch form: a dropdown starts at the schema default, a text field starts empty.
      expect(field.default, spec.id).toBe(spec.options ? spec.default : undefined);
      expect(field.type, spec.id).toBe(spec.options ? 'dropdown' : 'input');
    }
  });

  it('never asks a repository setting', () => {
    for (const spec of SETTING_INPUTS)
      expect(text, spec.id).not.toMatch(new RegExp(`^\\s*id: ${spec.id}$`, 'm'));
  });

  it('labels each dropdown option "<value> — <description>", so an empty answer ("None") is never an option', () => {
    for (const spec of FORM_INPUTS.filter((input) => input.options)) {
      const field = form.fields.find((candidate) => candidate.id === spec.id)!;
      expect(
        field.options!.map((option) => option.label),
        spec.id,
      ).toEqual(spec.options!.map((option) => `${option.value} — ${option.description}`));
      for (const option of field.options!) {
        expect(optionValue(option.label)).toBe(option.value);
        expect(option.label).not.toBe('None');
      }
    }
  });

  it('labels the issue so that the issue workflow picks it up, and the workflow listens for the retry label', () => {
    const workflow = parse(load('.github/workflows/scaffold-issue.yml')) as {
      on: { issues: { types: string[] } };
      jobs: Record<string, { if: string }>;
    };
    expect(form.labels).toEqual([REQUEST_LABEL]);
    expect(workflow.jobs.scaffold!.if).toContain(
      `contains(github.event.issue.labels.*.name, '${REQUEST_LABEL}')`,
    );
    expect(workflow.on.issues.types).toEqual(
      expect.arrayContaining(['opened', 'edited', 'labeled']),
    );
    expect(Object.keys(workflow.on)).toEqual(['issues']);
  });
});

describe('CLI flags', () => {
  it('offers --<id> for every request input, with its options and default in --help', () => {
    let help = '';
    runCli(['--help'], { out: (t) => (help += t), err: () => {}, cwd: '.' });
    for (const spec of REQUEST_INPUTS) {
      const line = help
        .split('\n')
        .find((candidate) => candidate.trimStart().startsWith(`--${spec.id} `));
      expect(line, spec.id).toBeDefined();
      if (spec.options) expect(line).toContain(`(${spec.options.map((o) => o.value).join(' | ')})`);
      if (spec.default) expect(line).toContain(`[default: ${spec.default}]`);
    }
  });

  it('spells the operation as the command word, not as a flag', () => {
    let help = '';
    runCli(['--help'], { out: (t) => (help += t), err: () => {}, cwd: '.' });
    for (const operation of OPERATIONS)
      expect(help).toContain(`fastapi-scaffold ${operation} --name`);
    let err = '';
    runCli(['generate', '--operation', 'update', '--name', 'x', '--dry-run'], {
      out: () => {},
      err: (t) => (err += t),
      cwd: '.',
    });
    expect(err).toBe('error: unknown option --operation');
  });

  it('accepts every request input as a flag', () => {
    for (const spec of REQUEST_INPUTS) {
      let err = '';
      runCli(['generate', `--${spec.id}`, 'x', '--dry-run', '--workspace', '/nonexistent'], {
        out: () => {},
        err: (t) => (err += t),
        cwd: '.',
      });
      expect(err, spec.id).not.toMatch(/Unknown option/);
    }
  });
});
