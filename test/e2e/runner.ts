// What the Actions runner gives a JavaScript action, made by hand: the event file, the output and summary
// files, GITHUB_* variables and one INPUT_* variable per input of action.yml. Used by the end-to-end tests
// and by `npm run demo`.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ACTION_YML = new URL('../../action.yml', import.meta.url);

export interface RunnerFiles {
  readonly event: string;
  readonly output: string;
  readonly summary: string;
}

/** Writes the event payload and empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files into `dir`. */
export function runnerFiles(dir: string, payload: unknown): RunnerFiles {
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  return files;
}

export interface RunnerOptions {
  /** The environment the runner itself has (PATH, HOME, CA bundles, ...). */
  readonly base: NodeJS.ProcessEnv;
  readonly files: RunnerFiles;
  readonly eventName: string;
  readonly repository: string;
  readonly apiUrl: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly runId: string;
  readonly actor: string;
  /** Inputs the workflow passes; the others get action.yml's defaults. */
  readonly inputs: Readonly<Record<string, string>>;
  /** What `${{ github.token }}` stands for in action.yml's defaults. */
  readonly token: string;
  /** The action's metadata file, for its inputs' defaults; this repository's action.yml when absent. */
  readonly actionYml?: string;
}

export function runnerEnv(options: RunnerOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...options.base,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.files.event,
    GITHUB_OUTPUT: options.files.output,
    GITHUB_STEP_SUMMARY: options.files.summary,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_RUN_ID: options.runId,
    GITHUB_ACTOR: options.actor,
    RUNNER_TEMP: options.runnerTemp,
  };
  // The runner sets every declared input, with its default when the workflow gives none; names keep their
  // hyphens and are upper-cased (INPUT_API-TYPE).
  const action = parse(readFileSync(options.actionYml ?? ACTION_YML, 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  for (const [name, input] of Object.entries(action.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] =
      options.inputs[name] ?? (input.default ?? '').replace('${{ github.token }}', options.token);
  }
  return env;
}

/** The `name<<delimiter … delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function readOutputs(path: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(path, 'utf8').matchAll(
    /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm,
  )) {
    outputs[match[1]!] = match[3]!;
  }
  return outputs;
}
