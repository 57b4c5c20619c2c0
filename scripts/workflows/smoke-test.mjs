#!/usr/bin/env node
// Calls every deployed API once and says whether it answered as its auth mode promises:
//   iam      a SigV4-signed GET (credentials from the AWS_* variables configure-aws-credentials sets) → 2xx
//   none     a plain GET → 2xx
//   cognito  a GET without a token → 401, proof that the authorizer guards the API
// With --plan it calls nothing: it finds each API's URL output in the synthesized templates and prints the
// call it would make, so CI can check the wiring without an AWS account.
//
//   node scripts/workflows/smoke-test.mjs --outputs cdk-outputs.json [--path /openapi.json]
//   node scripts/workflows/smoke-test.mjs --plan packages/infra/cdk.out
//
// Results go to stdout and, as a Markdown table, to $GITHUB_STEP_SUMMARY when it is set.

import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis } from './apis.mjs';
import { endpointScope, signRequest } from './sigv4.mjs';

/** The CloudFormation output the constructs give every API: `<ClassName>Url`. */
export const outputKey = (api) => `${api.className}Url`;

const EXPECTED = { iam: '2xx (SigV4-signed)', none: '2xx', cognito: '401 without a token' };

/** `{ outputKey: { stack, value } }` from a `cdk deploy --outputs-file` file. */
function deployedOutputs(file) {
  const byStack = JSON.parse(readFileSync(file, 'utf8'));
  const outputs = {};
  for (const [stack, values] of Object.entries(byStack)) {
    for (const [key, value] of Object.entries(values)) outputs[key] = { stack, value };
  }
  return outputs;
}

/** `{ outputKey: { stack } }` from the templates of a cloud assembly (cdk.out). */
function synthesizedOutputs(assembly) {
  const outputs = {};
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name.startsWith('assembly-')) visit(join(dir, entry.name));
      if (!entry.isFile() || !entry.name.endsWith('.template.json')) continue;
      const template = JSON.parse(readFileSync(join(dir, entry.name), 'utf8'));
      const stack = entry.name.replace(/\.template\.json$/, '');
      for (const key of Object.keys(template.Outputs ?? {})) outputs[key] = { stack };
    }
  };
  visit(assembly);
  return outputs;
}

export function joinUrl(base, path) {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function credentialsFromEnv(env) {
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) return undefined;
  return {
    accessKeyId: env.AWS_ACCESS_KEY_ID,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** One call, retried while a fresh deployment settles (network errors and 5xx). */
async function call(api, url, env, attempts = 5) {
  let headers = {};
  if (api.auth === 'iam') {
    const scope = endpointScope(url);
    const credentials = credentialsFromEnv(env);
    if (!scope) return { ok: false, result: `cannot tell the AWS service of ${url}` };
    if (!credentials)
      return { ok: false, result: 'no AWS credentials in the environment to sign with' };
    headers = signRequest({ method: 'GET', url, ...scope, credentials });
  }
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      const status = response.status;
      if (body.includes('Traceback'))
        return { ok: false, result: `${status}, and the body holds a Python traceback` };
      if (status >= 500 && attempt < attempts) {
        last = `${status}`;
      } else if (api.auth === 'cognito') {
        return { ok: status === 401, result: `${status}` };
      } else {
        return { ok: status >= 200 && status < 300, result: `${status}` };
      }
    } catch (error) {
      last = error.message;
    }
    await sleep(2_000 * attempt);
  }
  return { ok: false, result: `no answer after ${attempts} attempts (${last})` };
}

function summary(rows, heading) {
  const lines = [
    `### ${heading}`,
    '',
    '| API | URL | auth | expects | result |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.api} | ${row.url} | ${row.auth} | ${row.expects} | ${row.ok ? '✅' : '❌'} ${row.result} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      outputs: { type: 'string' },
      plan: { type: 'string' },
      path: { type: 'string', default: '/openapi.json' },
      workspace: { type: 'string', default: '.' },
    },
  });
  if (!values.outputs === !values.plan) {
    console.error(
      'usage: smoke-test.mjs --outputs <cdk-outputs.json> | --plan <cdk.out> [--path /openapi.json]',
    );
    process.exit(2);
  }
  const apis = listApis(resolve(values.workspace));
  if (apis.length === 0) {
    console.log('smoke test: no APIs in this workspace');
    return;
  }
  const outputs = values.plan ? synthesizedOutputs(values.plan) : deployedOutputs(values.outputs);
  const rows = [];
  for (const api of apis) {
    const found = outputs[outputKey(api)];
    const row = { api: api.projectName, auth: api.auth, expects: EXPECTED[api.auth] ?? '2xx' };
    if (!found) {
      rows.push({ ...row, url: '', ok: false, result: `no output ${outputKey(api)} in any stack` });
    } else if (values.plan) {
      const url = `<${found.stack}.${outputKey(api)}>${values.path}`;
      rows.push({ ...row, url, ok: true, result: 'planned' });
    } else {
      const url = joinUrl(found.value, values.path);
      rows.push({ ...row, url, ...(await call(api, url, process.env)) });
    }
  }
  for (const row of rows) {
    console.log(
      `${row.ok ? 'ok  ' : 'FAIL'} ${row.api} [${row.auth}] GET ${row.url || '?'} → ${row.result}`,
    );
  }
  const failures = rows.filter((row) => !row.ok).length;
  // A plan calls nothing, so it passes nothing either: it says what a deploy would call.
  console.log(
    values.plan
      ? `smoke test: nothing called (synth only); ${rows.length - failures} of ${rows.length} APIs have a URL to call after a deploy`
      : `smoke test: ${rows.length - failures} passed, ${failures} failed`,
  );
  if (process.env.GITHUB_STEP_SUMMARY && existsSync(process.env.GITHUB_STEP_SUMMARY)) {
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      summary(rows, values.plan ? 'Smoke test plan (synth only)' : 'Smoke test'),
    );
  }
  if (failures) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
