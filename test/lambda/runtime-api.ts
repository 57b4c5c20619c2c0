// A stand-in of the Lambda Runtime API (2018-06-01) and of the Extensions API (2020-01-01) on 127.0.0.1, so
// the tests run the components a function runs on in Lambda (the Lambda Web Adapter, awslambdaric) against
// the contract Lambda publishes:
//
// - GET /runtime/invocation/next holds until there is an invocation, which it answers with the event as the
//   body and the Lambda-Runtime-Aws-Request-Id, -Deadline-Ms, -Invoked-Function-Arn and -Trace-Id headers
//   (-Client-Context and -Cognito-Identity when the invocation has them);
// - POST /runtime/invocation/{id}/response and /error answer 202; an id that is not the invocation in flight
//   is 400 InvalidRequestID, a buffered response over 6 MB is 413, and a response sent with
//   `Lambda-Runtime-Function-Response-Mode: streaming` is read chunk by chunk as it arrives, with the
//   Lambda-Runtime-Function-Error-Type/-Body trailers of an error that cuts a stream short;
// - POST /runtime/init/error answers 202 and records the error;
// - POST /extension/register gives the extension its Lambda-Extension-Identifier; GET /extension/event/next
//   holds until an INVOKE or SHUTDOWN event the extension registered for. As in Lambda, an invocation is
//   handed to the runtime only once every extension waits on /event/next, and registration closes when the
//   runtime first asks for an invocation.
//
// Sources: the Lambda developer guide (runtimes-api, runtimes-extensions-api, custom runtimes' response
// streaming), the runtime clients that consume it (aws-lambda-rust-runtime's lambda_runtime, which the Lambda
// Web Adapter is built on; awslambdaric and its aws-lambda-cpp client) and Lambda's runtime interface
// emulator (status codes and error types). A request Lambda would reject is answered as Lambda answers it
// and recorded in `violations`, which the tests expect to stay empty.

import { randomBytes, randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

const RUNTIME = '/2018-06-01/runtime';
const EXTENSION = '/2020-01-01/extension';
/** Lambda's limit on a buffered (not streamed) response payload: 6 MB. */
export const MAX_BUFFERED_RESPONSE_BYTES = 6 * 1024 * 1024;
/** What a function URL's response stream starts with: a JSON prelude, then eight NUL bytes, then the body. */
export const HTTP_INTEGRATION_RESPONSE = 'application/vnd.awslambda.http-integration-response';
const PRELUDE_DELIMITER = Buffer.alloc(8);

export interface FunctionMetadata {
  readonly functionName: string;
  /** `_HANDLER`, which extensions are told at registration. */
  readonly handler: string;
  readonly functionVersion?: string;
  readonly region?: string;
  readonly accountId?: string;
  /** The function's timeout, which sets each invocation's deadline. */
  readonly timeoutSeconds?: number;
}

export interface Invocation {
  /** The event, sent as JSON. */
  readonly event: unknown;
  readonly requestId?: string;
  /** The X-Ray trace header; a new sampled trace if absent. */
  readonly traceId?: string;
  /** Sent as JSON in Lambda-Runtime-Client-Context (invocations from the AWS Mobile SDK). */
  readonly clientContext?: unknown;
  readonly cognitoIdentity?: {
    readonly cognitoIdentityId: string;
    readonly cognitoIdentityPoolId: string;
  };
}

export interface InvocationOutcome {
  readonly requestId: string;
  /** The endpoint the runtime posted to. */
  readonly endpoint: 'response' | 'error';
  readonly streaming: boolean;
  /** The headers of the runtime's POST. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body in the pieces it arrived in, each with the time it arrived (Date.now()). */
  readonly pieces: readonly { readonly at: number; readonly data: Buffer }[];
  readonly trailers: Readonly<Record<string, string>>;
  /** Lambda-Runtime-Function-Error-Type: a header on /error, a trailer of a stream cut short. */
  readonly errorType?: string;
}

export interface PendingInvocation {
  readonly requestId: string;
  readonly traceId: string;
  /** Resolves once the body received so far satisfies `test`; rejects if the response ends first. */
  until(test: (bodySoFar: Buffer) => boolean): Promise<void>;
  /** Resolves when the runtime has posted the whole response or error. */
  readonly outcome: Promise<InvocationOutcome>;
}

export interface InitError {
  readonly errorType: string | undefined;
  readonly body: unknown;
}

export interface RegisteredExtension {
  readonly id: string;
  readonly name: string;
  readonly events: readonly string[];
}

export interface RuntimeApi {
  /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
  readonly address: string;
  readonly extensions: readonly RegisteredExtension[];
  /** Requests Lambda would reject or not understand. */
  readonly violations: readonly string[];
  /** Queues an invocation; the runtime receives it on its next GET /next. */
  invoke(invocation: Invocation): PendingInvocation;
  /** Resolves when an extension of this name has registered. */
  extensionRegistered(name: string): Promise<RegisteredExtension>;
  /** Resolves when the runtime reports a failed init on /runtime/init/error. */
  readonly initError: Promise<InitError>;
  /** Sends SHUTDOWN to the extensions registered for it, as Lambda does before it stops an environment. */
  shutdown(): void;
  close(): Promise<void>;
}

/** The prelude and body of a function URL's streamed response (HTTP_INTEGRATION_RESPONSE). */
export interface HttpIntegrationResponse {
  readonly prelude: {
    readonly statusCode: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly cookies: readonly string[];
  };
  readonly body: Buffer;
}

/** Splits a function URL's streamed response into its prelude and body; undefined until the prelude is whole. */
export function httpIntegrationResponse(stream: Buffer): HttpIntegrationResponse | undefined {
  const end = stream.indexOf(PRELUDE_DELIMITER);
  if (end < 0) return undefined;
  return {
    prelude: JSON.parse(stream.subarray(0, end).toString('utf8')),
    body: stream.subarray(end + PRELUDE_DELIMITER.length),
  };
}

/** A new X-Ray trace header, sampled, as Lambda passes it to a function with active tracing. */
export function newTraceHeader(): string {
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=1`;
}

interface Pending {
  readonly invocation: Required<Pick<Invocation, 'requestId' | 'traceId'>> & Invocation;
  readonly received: Buffer[];
  readonly waiters: {
    test: (body: Buffer) => boolean;
    resolve(): void;
    reject(error: Error): void;
  }[];
  resolve(outcome: InvocationOutcome): void;
  reject(error: Error): void;
}

interface Extension extends RegisteredExtension {
  readonly queue: object[];
  waiting?: ServerResponse;
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function readAll(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startRuntimeApi(metadata: FunctionMetadata): Promise<RuntimeApi> {
  const region = metadata.region ?? 'eu-west-1';
  const accountId = metadata.accountId ?? '123456789012';
  const functionArn = `arn:aws:lambda:${region}:${accountId}:function:${metadata.functionName}`;
  const timeoutMs = (metadata.timeoutSeconds ?? 30) * 1000;

  const violations: string[] = [];
  const extensions: Extension[] = [];
  const registrationWaiters: { name: string; resolve(extension: RegisteredExtension): void }[] = [];
  const queue: Pending[] = [];
  let runtimeWaiting: ServerResponse | undefined;
  let inFlight: Pending | undefined;
  let registrationOpen = true;
  let reportInitError!: (error: InitError) => void;
  const initError = new Promise<InitError>((resolve) => (reportInitError = resolve));

  const reject = (
    response: ServerResponse,
    status: number,
    errorType: string,
    errorMessage: string,
  ) => {
    violations.push(`${status} ${errorType}: ${errorMessage}`);
    send(response, status, { errorMessage, errorType });
  };

  const flushExtension = (extension: Extension) => {
    if (!extension.waiting || extension.queue.length === 0) return;
    const event = extension.queue.shift()!;
    send(extension.waiting, 200, event, { 'lambda-extension-event-identifier': randomUUID() });
    extension.waiting = undefined;
  };

  // An invocation starts when the runtime and every extension are waiting for it: each has called its
  // /next since the last phase ended.
  const deliver = () => {
    if (inFlight || !runtimeWaiting || queue.length === 0) return;
    if (!extensions.every((extension) => extension.waiting && extension.queue.length === 0)) return;
    const pending = queue.shift()!;
    const { invocation } = pending;
    const deadlineMs = Date.now() + timeoutMs;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': invocation.requestId,
      'lambda-runtime-deadline-ms': String(deadlineMs),
      'lambda-runtime-invoked-function-arn': functionArn,
      'lambda-runtime-trace-id': invocation.traceId,
    };
    if (invocation.clientContext !== undefined) {
      headers['lambda-runtime-client-context'] = JSON.stringify(invocation.clientContext);
    }
    if (invocation.cognitoIdentity !== undefined) {
      headers['lambda-runtime-cognito-identity'] = JSON.stringify(invocation.cognitoIdentity);
    }
    runtimeWaiting.writeHead(200, headers);
    runtimeWaiting.end(JSON.stringify(invocation.event));
    runtimeWaiting = undefined;
    inFlight = pending;
    for (const extension of extensions) {
      if (!extension.events.includes('INVOKE')) continue;
      extension.queue.push({
        eventType: 'INVOKE',
        deadlineMs,
        requestId: invocation.requestId,
        invokedFunctionArn: functionArn,
        tracing: { type: 'X-Amzn-Trace-Id', value: invocation.traceId },
      });
      flushExtension(extension);
    }
  };

  const next = (response: ServerResponse) => {
    if (inFlight) {
      reject(
        response,
        403,
        'InvalidStateTransition',
        `/next while invocation ${inFlight.invocation.requestId} is open`,
      );
      return;
    }
    if (runtimeWaiting) {
      reject(response, 403, 'InvalidStateTransition', 'a second /next while one is waiting');
      return;
    }
    registrationOpen = false;
    runtimeWaiting = response;
    // A runtime that hangs up stops waiting; the invocation stays queued for its next call.
    response.once('close', () => {
      if (runtimeWaiting === response) runtimeWaiting = undefined;
    });
    deliver();
  };

  const complete = async (
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    endpoint: 'response' | 'error',
  ) => {
    const pending = inFlight;
    if (!pending || pending.invocation.requestId !== requestId) {
      await readAll(request);
      reject(response, 400, 'InvalidRequestID', `Invalid request ID ${requestId}`);
      return;
    }
    const mode = request.headers['lambda-runtime-function-response-mode'];
    if (endpoint === 'response' && mode !== undefined && mode !== 'streaming') {
      await readAll(request);
      reject(
        response,
        400,
        'InvalidFunctionResponseMode',
        `Invalid function response mode ${mode}`,
      );
      return;
    }
    const streaming = mode === 'streaming';
    const pieces: { at: number; data: Buffer }[] = [];
    request.on('data', (data: Buffer) => {
      pieces.push({ at: Date.now(), data });
      pending.received.push(data);
      if (pending.waiters.length === 0) return;
      const bodySoFar = Buffer.concat(pending.received);
      for (const waiter of [...pending.waiters]) {
        if (!waiter.test(bodySoFar)) continue;
        pending.waiters.splice(pending.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
    await new Promise<void>((resolve, fail) => {
      request.on('end', resolve);
      request.on('error', fail);
    });
    const body = Buffer.concat(pending.received);
    for (const waiter of pending.waiters.splice(0)) {
      waiter.reject(
        new Error(`the response to ${requestId} ended before the expected part arrived`),
      );
    }
    if (!streaming && body.length > MAX_BUFFERED_RESPONSE_BYTES) {
      // The invocation fails, as in Lambda, and the runtime is told why.
      inFlight = undefined;
      pending.reject(
        new Error(`the response to ${requestId} is ${body.length} bytes, over Lambda's 6 MB`),
      );
      send(response, 413, {
        errorMessage: `Exceeded maximum allowed payload size (${MAX_BUFFERED_RESPONSE_BYTES} bytes).`,
        errorType: 'RequestEntityTooLarge',
      });
      return;
    }
    const trailers = request.trailers as Record<string, string>;
    const errorType =
      endpoint === 'error'
        ? (request.headers['lambda-runtime-function-error-type'] as string | undefined)
        : trailers['lambda-runtime-function-error-type'];
    inFlight = undefined;
    pending.resolve({
      requestId,
      endpoint,
      streaming,
      headers: request.headers,
      body,
      pieces,
      trailers,
      ...(errorType === undefined ? {} : { errorType }),
    });
    send(response, 202, { status: 'OK' });
  };

  const register = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readAll(request);
    const name = request.headers['lambda-extension-name'];
    if (typeof name !== 'string' || name === '') {
      reject(response, 403, 'Extension.InvalidExtensionName', 'Empty extension name');
      return;
    }
    if (!registrationOpen) {
      reject(response, 403, 'Extension.RegistrationClosed', `${name} registered after init`);
      return;
    }
    let events: unknown;
    try {
      events = (JSON.parse(body.toString('utf8')) as { events?: unknown }).events;
    } catch (error) {
      reject(response, 403, 'InvalidRequestFormat', (error as Error).message);
      return;
    }
    if (
      !Array.isArray(events) ||
      events.some((event) => event !== 'INVOKE' && event !== 'SHUTDOWN')
    ) {
      reject(
        response,
        403,
        'Extension.InvalidEventType',
        `events must be INVOKE and/or SHUTDOWN: ${body}`,
      );
      return;
    }
    const extension: Extension = { id: randomUUID(), name, events: events as string[], queue: [] };
    extensions.push(extension);
    const accountIdAsked = String(
      request.headers['lambda-extension-accept-feature'] ?? '',
    ).includes('accountId');
    send(
      response,
      200,
      {
        functionName: metadata.functionName,
        functionVersion: metadata.functionVersion ?? '$LATEST',
        handler: metadata.handler,
        ...(accountIdAsked ? { accountId } : {}),
      },
      { 'lambda-extension-identifier': extension.id },
    );
    for (const waiter of registrationWaiters.filter((waiter) => waiter.name === name)) {
      registrationWaiters.splice(registrationWaiters.indexOf(waiter), 1);
      waiter.resolve(extension);
    }
  };

  const nextEvent = (request: IncomingMessage, response: ServerResponse) => {
    const id = request.headers['lambda-extension-identifier'];
    if (typeof id !== 'string') {
      reject(
        response,
        403,
        'Extension.MissingExtensionIdentifier',
        'Missing Lambda-Extension-Identifier header',
      );
      return;
    }
    const extension = extensions.find((candidate) => candidate.id === id);
    if (!extension) {
      reject(response, 403, 'Extension.UnknownExtensionIdentifier', `Unknown extension ${id}`);
      return;
    }
    extension.waiting = response;
    response.once('close', () => {
      if (extension.waiting === response) extension.waiting = undefined;
    });
    flushExtension(extension);
    deliver();
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://runtime').pathname;
    const method = request.method ?? 'GET';
    const completion = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(path);
    if (method === 'GET' && path === `${RUNTIME}/invocation/next`) return next(response);
    if (method === 'POST' && completion) {
      return void complete(
        request,
        response,
        completion[1]!,
        completion[2] as 'response' | 'error',
      );
    }
    if (method === 'POST' && path === `${RUNTIME}/init/error`) {
      return void readAll(request).then((body) => {
        let parsed: unknown = body.toString('utf8');
        try {
          parsed = JSON.parse(parsed as string);
        } catch {
          // An error body that is not JSON is still an init error; keep it as text.
        }
        reportInitError({
          errorType: request.headers['lambda-runtime-function-error-type'] as string | undefined,
          body: parsed,
        });
        send(response, 202, { status: 'OK' });
      });
    }
    if (method === 'POST' && path === `${EXTENSION}/register`)
      return void register(request, response);
    if (method === 'GET' && path === `${EXTENSION}/event/next`) return nextEvent(request, response);
    void readAll(request).then(() => reject(response, 404, 'NotFound', `${method} ${path}`));
  });
  // /next and /event/next are long polls that Lambda never times out.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    extensions,
    violations,
    initError,
    invoke(input) {
      const invocation = {
        ...input,
        requestId: input.requestId ?? randomUUID(),
        traceId: input.traceId ?? newTraceHeader(),
      };
      let resolve!: (outcome: InvocationOutcome) => void;
      let fail!: (error: Error) => void;
      const outcome = new Promise<InvocationOutcome>((res, rej) => {
        resolve = res;
        fail = rej;
      });
      // Rejections are for the test to see when it awaits the outcome, not unhandled in between.
      outcome.catch(() => undefined);
      const pending: Pending = { invocation, received: [], waiters: [], resolve, reject: fail };
      queue.push(pending);
      deliver();
      return {
        requestId: invocation.requestId,
        traceId: invocation.traceId,
        outcome,
        until(test) {
          if (test(Buffer.concat(pending.received))) return Promise.resolve();
          return new Promise<void>((resolveWaiter, rejectWaiter) =>
            pending.waiters.push({ test, resolve: resolveWaiter, reject: rejectWaiter }),
          );
        },
      };
    },
    extensionRegistered(name) {
      const registered = extensions.find((extension) => extension.name === name);
      if (registered) return Promise.resolve(registered);
      return new Promise((resolve) => registrationWaiters.push({ name, resolve }));
    },
    shutdown() {
      for (const extension of extensions) {
        if (!extension.events.includes('SHUTDOWN')) continue;
        extension.queue.push({
          eventType: 'SHUTDOWN',
          shutdownReason: 'spindown',
          deadlineMs: Date.now() + 2000,
        });
        flushExtension(extension);
      }
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const pending of [inFlight, ...queue]) {
        pending?.reject(
          new Error(`the Runtime API closed before ${pending.invocation.requestId} was answered`),
        );
      }
    },
  };
}
