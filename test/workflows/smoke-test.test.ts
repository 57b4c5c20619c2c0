// The deploy workflow's smoke test and request signing, against a local HTTP server and fixed vectors.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module without types
import { endpointScope, signingKey, signRequest } from '../../scripts/workflows/sigv4.mjs';
import { workspaceWithApis } from './fixtures.js';

const SMOKE = fileURLToPath(new URL('../../scripts/workflows/smoke-test.mjs', import.meta.url));

describe('SigV4', () => {
  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    sessionToken: 'tok123',
  };

  it('derives the signing key of the published example', () => {
    expect(
      signingKey(credentials.secretAccessKey, '20150830', 'us-east-1', 'iam').toString('hex'),
    ).toBe('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9');
  });

  it('signs a request as botocore does', () => {
    // Expected value computed with botocore's SigV4Auth for the same request, credentials and time.
    const headers = signRequest({
      method: 'GET',
      url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/items/1?b=2&a=xy',
      region: 'eu-west-1',
      service: 'execute-api',
      credentials,
      now: new Date('2026-11-22T03:04:05Z'),
    });
    expect(headers).toEqual({
      'x-amz-date': '20261122T030405Z',
      'x-amz-security-token': 'tok123',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=8583a7d7920a1855d3a6a4e37c727dbc0c68d7535011b10bac215b4da2b55f51',
    });
  });

  it('tells the service and region from the endpoint', () => {
    expect(endpointScope('https://a1b2c3.execute-api.eu-west-1.amazonaws.com/')).toEqual({
      service: 'execute-api',
      region: 'eu-west-1',
    });
    expect(endpointScope('https://abcdef123.lambda-url.us-east-2.on.aws/')).toEqual({
      service: 'lambda',
      region: 'us-east-2',
    });
    expect(endpointScope('https://example.com/')).toBeUndefined();
  });
});

function runSmoke(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [SMOKE, ...args], {
      env: { PATH: process.env.PATH, ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('smoke-test.mjs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url?.startsWith('/good/')) response.writeHead(200).end('{"openapi":"3.1.0"}');
      else if (request.url?.startsWith('/guarded/')) response.writeHead(401).end('Unauthorized');
      else if (request.url?.startsWith('/broken/'))
        response.writeHead(200).end('Traceback (most recent call last):\n  File "x.py"');
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('calls each API by its auth mode and writes the results to the job summary', async () => {
    const workspace = workspaceWithApis([
      ['orders', 'Orders', 'none'],
      ['payments', 'Payments', 'cognito'],
    ]);
    const outputs = join(workspace, 'cdk-outputs.json');
    writeFileSync(
      outputs,
      JSON.stringify({
        ApplicationStack: { OrdersUrl: `${base}/good/`, PaymentsUrl: `${base}/guarded/` },
      }),
    );
    const summary = join(workspace, 'summary.md');
    writeFileSync(summary, '');
    const { code, out } = await runSmoke(['--outputs', outputs, '--workspace', workspace], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(out).toContain(`ok   orders [none] GET ${base}/good/openapi.json → 200`);
    expect(out).toContain(`ok   payments [cognito] GET ${base}/guarded/openapi.json → 401`);
    expect(out).toContain('smoke test: 2 passed, 0 failed');
    expect(code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain(
      `| orders | ${base}/good/openapi.json | none | 2xx | ✅ 200 |`,
    );
  });

  it('fails on a traceback, a missing output, or an IAM API it cannot sign for', async () => {
    const workspace = workspaceWithApis([
      ['orders', 'Orders', 'none'],
      ['payments', 'Payments', 'none'],
      ['users', 'Users', 'iam'],
    ]);
    const outputs = join(workspace, 'cdk-outputs.json');
    writeFileSync(
      outputs,
      JSON.stringify({
        Stack: {
          OrdersUrl: `${base}/broken/`,
          UsersUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/',
        },
      }),
    );
    const { code, out } = await runSmoke(['--outputs', outputs, '--workspace', workspace]);
    expect(out).toContain('FAIL orders [none]');
    expect(out).toContain('the body holds a Python traceback');
    expect(out).toContain('FAIL payments [none] GET ? → no output PaymentsUrl in any stack');
    expect(out).toContain('no AWS credentials in the environment to sign with');
    expect(out).toContain('smoke test: 0 passed, 3 failed');
    expect(code).toBe(1);
  });

  it('plans calls from synthesized templates without calling anything', async () => {
    const workspace = workspaceWithApis([['orders', 'Orders', 'iam']]);
    const assembly = join(workspace, 'cdk.out');
    mkdirSync(assembly);
    writeFileSync(
      join(assembly, 'AppStack.template.json'),
      JSON.stringify({ Outputs: { OrdersUrl: {} } }),
    );
    const { code, out } = await runSmoke(['--plan', assembly, '--workspace', workspace]);
    expect(out).toContain('ok   orders [iam] GET <AppStack.OrdersUrl>/openapi.json → planned');
    // A plan calls nothing: it does not claim that anything passed.
    expect(out).toContain(
      'smoke test: nothing called (synth only); 1 of 1 APIs have a URL to call after a deploy',
    );
    expect(out).not.toMatch(/smoke test: \d+ passed/);
    expect(code).toBe(0);
  });
});
