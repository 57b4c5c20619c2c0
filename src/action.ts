// The GitHub edge: action inputs in, outputs and a job summary out.

import * as core from '@actions/core';
import { generate } from './generate.js';
import { REQUEST_INPUTS } from './request/schema.js';

export async function run(): Promise<void> {
  const raw = Object.fromEntries(REQUEST_INPUTS.map((input) => [input.id, core.getInput(input.id)]));
  const outcome = generate(raw, { workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() });
  if (!outcome.ok) {
    core.setFailed(outcome.error);
    return;
  }
  core.setOutput('project-name', outcome.plan.request.projectName);
  core.info(`Generated ${outcome.plan.request.projectRoot} (${outcome.written.length} files)`);
}
