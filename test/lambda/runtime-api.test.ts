// The Runtime API stand-in keeps Lambda's published contract: what a runtime and an extension send and are
// answered, checked with plain HTTP requests like those the runtime clients make.

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HTTP_INTEGRATION_RESPONSE,
  MAX_BUFFERED_RESPONSE_BYTES,
  httpIntegrationResponse,
  startRuntimeApi,
  type RuntimeApi,
} from './runtime-api.js';

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let api: RuntimeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(): Promise<RuntimeApi> {
  api = await startRuntimeApi({ functionName: 'orders', handler: 'orders_api.main.handler' });
  return api;
}

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `http://${api!.address}${path}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const NEXT = '/2018-06-01/runtime/invocation/next';
const invocationPath = (id: string, endpoint: 'response' | 'error') =>
  `/2018-06-01/runtime/invocation/${id}/${endpoint}`;

/** Settles `promise` or reports that it is still pending after `ms` (the stand-in answers in microseconds). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([
    promise,
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

describe('Lambda Runtime API stand-in', () => {
  it('holds /next until there is an invocation, then sends the event with the invocation headers', async () => {
    const runtime = await start();
    const next = call(NEXT);
    expect(await within(next, 200)).toBe('pending');

    const before = Date.now();
    const pending = runtime.invoke({
      event: { rawPath: '/items/7' },
      clientContext: { client: { app_title: 'orders' } },
      cognitoIdentity: {
        cognitoIdentityId: 'eu-west-1:1234',
        cognitoIdentityPoolId: 'eu-west-1:pool',
      },
    });
    const reply = await next;

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ rawPath: '/items/7' });
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['lambda-runtime-aws-request-id']).toBe(pending.requestId);
    const deadline = Number(reply.headers['lambda-runtime-deadline-ms']);
    expect(deadline).toBeGreaterThanOrEqual(before + 30_000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(reply.headers['lambda-runtime-invoked-function-arn']).toBe(
      'arn:aws:lambda:eu-west-1:123456789012:function:orders',
    );
    expect(reply.headers['lambda-runtime-trace-id']).toBe(pending.traceId);
    expect(pending.traceId).toMatch(
      /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1$/,
    );
    expect(JSON.parse(reply.headers['lambda-runtime-client-context'] as string)).toEqual({
      client: { app_title: 'orders' },
    });
    expect(JSON.parse(reply.headers['lambda-runtime-cognito-identity'] as string)).toEqual({
      cognitoIdentityId: 'eu-west-1:1234',
      cognitoIdentityPoolId: 'eu-west-1:pool',
    });

    const accepted = await call(invocationPath(pending.requestId, 'response'), {
      method: 'POST',
      body: '{"statusCode": 200}',
    });
    expect(accepted.status).toBe(202);
    expect(JSON.parse(accepted.body)).toEqual({ status: 'OK' });
    const outcome = await pending.outcome;
    expect(outcome.endpoint).toBe('response');
    expect(outcome.streaming).toBe(false);
    expect(outcome.body.toString()).toBe('{"statusCode": 200}');
    expect(runtime.violations).toEqual([]);
  });

  it('sends no client context or Cognito identity header for an invocation without them', async () => {
    const runtime = await start();
    runtime.invoke({ event: {} });
    const reply = await call(NEXT);
    expect(reply.headers).not.toHaveProperty('lambda-runtime-client-context');
    expect(reply.headers).not.toHaveProperty('lambda-runtime-cognito-identity');
  });

  it('records an invocation error with its type, and answers 400 InvalidRequestID for any other id', async () => {
    const runtime = await start();
    const pending = runtime.invoke({
      event: {},
      requestId: 'b7c0f0de-0000-4000-8000-000000000001',
    });
    await call(NEXT);

    const stranger = await call(invocationPath('not-the-invocation', 'response'), {
      method: 'POST',
      body: '{}',
    });
    expect(stranger.status).toBe(400);
    expect(JSON.parse(stranger.body)).toEqual({
      errorMessage: 'Invalid request ID not-the-invocation',
      errorType: 'InvalidRequestID',
    });

    const error = {
      errorMessage: 'boom',
      errorType: 'RuntimeError',
      stackTrace: ['  File "main.py"'],
    };
    const accepted = await call(invocationPath(pending.requestId, 'error'), {
      method: 'POST',
      headers: { 'Lambda-Runtime-Function-Error-Type': 'RuntimeError' },
      body: JSON.stringify(error),
    });
    expect(accepted.status).toBe(202);
    const outcome = await pending.outcome;
    expect(outcome.endpoint).toBe('error');
    expect(outcome.errorType).toBe('RuntimeError');
    expect(JSON.parse(outcome.body.toString())).toEqual(error);

    // The invocation is over: answering it again is answering an unknown one.
    const again = await call(invocationPath(pending.requestId, 'response'), {
      method: 'POST',
      body: '{}',
    });
    expect(again.status).toBe(400);
    expect(runtime.violations).toHaveLength(2);
  });

  it('refuses /next while an invocation is unanswered', async () => {
    const runtime = await start();
    runtime.invoke({ event: {} });
    await call(NEXT);
    const early = await call(NEXT);
    expect(early.status).toBe(403);
    expect(JSON.parse(early.body).errorType).toBe('InvalidStateTransition');
    expect(runtime.violations).toHaveLength(1);
  });

  it('answers 413 to a buffered response over 6 MB, failing the invocation', async () => {
    const runtime = await start();
    const pending = runtime.invoke({ event: {} });
    await call(NEXT);
    const reply = await call(invocationPath(pending.requestId, 'response'), {
      method: 'POST',
      body: Buffer.alloc(MAX_BUFFERED_RESPONSE_BYTES + 1, 'a'),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).errorType).toBe('RequestEntityTooLarge');
    await expect(pending.outcome).rejects.toThrow(/over Lambda's 6 MB/);
  });

  it('reads a streamed response as it arrives, with its prelude and the error trailers of a cut stream', async () => {
    const runtime = await start();
    const pending = runtime.invoke({ event: {} });
    await call(NEXT);

    const posted = new Promise<Reply>((resolve, reject) => {
      const request = httpRequest(
        `http://${runtime.address}${invocationPath(pending.requestId, 'response')}`,
        {
          method: 'POST',
          headers: {
            'Lambda-Runtime-Function-Response-Mode': 'streaming',
            'Content-Type': HTTP_INTEGRATION_RESPONSE,
            'Transfer-Encoding': 'chunked',
            Trailer: 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body',
          },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: '' }),
          );
        },
      );
      request.on('error', reject);
      const prelude = {
        statusCode: 200,
        headers: { 'content-type': 'application/jsonl' },
        cookies: ['a=1'],
      };
      request.write(`${JSON.stringify(prelude)}\0\0\0\0\0\0\0\0first\n`);
      // The second chunk goes out only once the stand-in holds the first: it sees a stream, not a body.
      void pending
        .until((body) => httpIntegrationResponse(body)?.body.toString() === 'first\n')
        .then(() => {
          request.write('second\n');
          request.addTrailers({
            'Lambda-Runtime-Function-Error-Type': 'Runtime.StreamError',
            'Lambda-Runtime-Function-Error-Body':
              Buffer.from('{"errorMessage":"cut"}').toString('base64'),
          });
          request.end();
        });
    });

    expect((await posted).status).toBe(202);
    const outcome = await pending.outcome;
    expect(outcome.streaming).toBe(true);
    expect(outcome.pieces.length).toBeGreaterThanOrEqual(2);
    const response = httpIntegrationResponse(outcome.body)!;
    expect(response.prelude).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/jsonl' },
      cookies: ['a=1'],
    });
    expect(response.body.toString()).toBe('first\nsecond\n');
    expect(outcome.errorType).toBe('Runtime.StreamError');
    expect(
      Buffer.from(outcome.trailers['lambda-runtime-function-error-body']!, 'base64').toString(),
    ).toBe('{"errorMessage":"cut"}');
  });

  it('rejects a response mode other than streaming', async () => {
    const runtime = await start();
    const pending = runtime.invoke({ event: {} });
    await call(NEXT);
    const reply = await call(invocationPath(pending.requestId, 'response'), {
      method: 'POST',
      headers: { 'Lambda-Runtime-Function-Response-Mode': 'buffered' },
      body: '{}',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).errorType).toBe('InvalidFunctionResponseMode');
  });

  it('records an init error with its type', async () => {
    const runtime = await start();
    const reply = await call('/2018-06-01/runtime/init/error', {
      method: 'POST',
      headers: { 'Lambda-Runtime-Function-Error-Type': 'Runtime.ImportModuleError' },
      body: '{"errorMessage": "Unable to import module", "errorType": "Runtime.ImportModuleError"}',
    });
    expect(reply.status).toBe(202);
    expect(await runtime.initError).toEqual({
      errorType: 'Runtime.ImportModuleError',
      body: { errorMessage: 'Unable to import module', errorType: 'Runtime.ImportModuleError' },
    });
  });

  it('answers an unknown path with 404 and records it', async () => {
    const runtime = await start();
    expect((await call('/2018-06-01/runtime/invocation')).status).toBe(404);
    expect(runtime.violations).toEqual(['404 NotFound: GET /2018-06-01/runtime/invocation']);
  });

  it('rejects the outcome of an invocation still open when it closes', async () => {
    const runtime = await start();
    const pending = runtime.invoke({ event: {} });
    await runtime.close();
    api = undefined;
    await expect(pending.outcome).rejects.toThrow(/closed before/);
  });
});

describe('Lambda Extensions API stand-in', () => {
  const REGISTER = '/2020-01-01/extension/register';
  const EVENT_NEXT = '/2020-01-01/extension/event/next';

  async function register(name: string, events: string[], headers: Record<string, string> = {}) {
    const reply = await call(REGISTER, {
      method: 'POST',
      headers: { 'Lambda-Extension-Name': name, ...headers },
      body: JSON.stringify({ events }),
    });
    return { ...reply, id: reply.headers['lambda-extension-identifier'] as string };
  }

  it('registers an extension with an identifier and tells it the function it runs in', async () => {
    const runtime = await start();
    const registered = runtime.extensionRegistered('lambda-adapter');
    const reply = await register('lambda-adapter', [], {
      'Lambda-Extension-Accept-Feature': 'accountId',
    });

    expect(reply.status).toBe(200);
    expect(reply.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(reply.body)).toEqual({
      functionName: 'orders',
      functionVersion: '$LATEST',
      handler: 'orders_api.main.handler',
      accountId: '123456789012',
    });
    expect(await registered).toMatchObject({ id: reply.id, name: 'lambda-adapter', events: [] });
  });

  it('refuses a registration without a name, with unknown events, or after init', async () => {
    const runtime = await start();
    const nameless = await call(REGISTER, { method: 'POST', body: '{"events": []}' });
    expect(nameless.status).toBe(403);
    expect(JSON.parse(nameless.body).errorType).toBe('Extension.InvalidExtensionName');
    const unknownEvent = await register('logs', ['LOGS']);
    expect(unknownEvent.status).toBe(403);
    expect(JSON.parse(unknownEvent.body).errorType).toBe('Extension.InvalidEventType');

    // The runtime's first /next ends init: extensions that come later are too late.
    runtime.invoke({ event: {} });
    await call(NEXT);
    const late = await register('late', []);
    expect(late.status).toBe(403);
    expect(JSON.parse(late.body).errorType).toBe('Extension.RegistrationClosed');
    expect(runtime.violations).toHaveLength(3);
  });

  it('starts an invocation once every extension waits, sending INVOKE to those registered for it', async () => {
    const runtime = await start();
    const listener = await register('listener', ['INVOKE', 'SHUTDOWN']);
    const pending = runtime.invoke({ event: {} });
    const next = call(NEXT);
    // The extension has not yet said it is ready (/event/next): the invocation waits for it.
    expect(await within(next, 200)).toBe('pending');

    const event = await call(EVENT_NEXT, {
      headers: { 'Lambda-Extension-Identifier': listener.id },
    });
    expect((await next).headers['lambda-runtime-aws-request-id']).toBe(pending.requestId);
    expect(event.status).toBe(200);
    expect(event.headers['lambda-extension-event-identifier']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(event.body)).toMatchObject({
      eventType: 'INVOKE',
      requestId: pending.requestId,
      invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders',
      tracing: { type: 'X-Amzn-Trace-Id', value: pending.traceId },
    });
    expect(JSON.parse(event.body).deadlineMs).toBeGreaterThan(Date.now());

    const shutdown = call(EVENT_NEXT, { headers: { 'Lambda-Extension-Identifier': listener.id } });
    runtime.shutdown();
    expect(JSON.parse((await shutdown).body)).toMatchObject({
      eventType: 'SHUTDOWN',
      shutdownReason: 'spindown',
    });
  });

  it('holds /event/next of an extension registered for no events, without holding up invocations', async () => {
    const runtime = await start();
    const quiet = await register('lambda-adapter', []);
    const held = call(EVENT_NEXT, { headers: { 'Lambda-Extension-Identifier': quiet.id } });
    // Closing the stand-in at the end hangs up on it.
    held.catch(() => undefined);
    const pending = runtime.invoke({ event: {} });
    expect((await call(NEXT)).headers['lambda-runtime-aws-request-id']).toBe(pending.requestId);
    runtime.shutdown();
    expect(await within(held, 200)).toBe('pending');
  });

  it('refuses /event/next without a known extension identifier', async () => {
    const runtime = await start();
    const missing = await call(EVENT_NEXT);
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body).errorType).toBe('Extension.MissingExtensionIdentifier');
    const unknown = await call(EVENT_NEXT, {
      headers: { 'Lambda-Extension-Identifier': 'nobody' },
    });
    expect(JSON.parse(unknown.body).errorType).toBe('Extension.UnknownExtensionIdentifier');
    expect(runtime.violations).toHaveLength(2);
  });
});
