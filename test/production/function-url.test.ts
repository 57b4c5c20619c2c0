// A generated function-url API on the components it runs on in Lambda: the real Lambda Web Adapter (built
// from its crate by scripts/ci/lambda-web-adapter.sh) started as the layer's extension, the layer's exec
// wrapper starting the generated run.sh, and function URL events from the Runtime API stand-in. The stream
// must reach the stand-in chunk by chunk, with the status and headers in the streaming prelude, and the
// function's output must hold what CloudWatch would get on Lambda: JSON logs with the invocation's
// correlation id and cold start, EMF metrics, and X-Ray segments of the invocation's trace. A stream that
// fails after its first chunk must reach the caller as a whole JSON Lines body that ends with the error
// record, and the function's output must hold the exception once, as JSON.

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answered,
  eventually,
  generateOrdersApi,
  lambdaEnvironment,
  logLine,
  metricDocument,
  metricDocuments,
  pythonVersion,
  REPO,
  run,
  startFunctionProcess,
  startXRayDaemon,
  traceSegmentNames,
  type FunctionProcess,
  type XRayDaemon,
} from './execution-environment.js';
import {
  httpIntegrationResponse,
  startRuntimeApi,
  type HttpIntegrationResponse,
  type RuntimeApi,
} from '../lambda/runtime-api.js';

const STREAM_GATE = fileURLToPath(new URL('./stream-gate', import.meta.url));
const STREAM_FAILURE = fileURLToPath(new URL('./stream-failure', import.meta.url));
const MINUTE = 60_000;

// Without cargo the adapter cannot be built: skipped on a developer's machine, a failure in CI.
const cargoMissing = spawnSync('cargo', ['--version']).status !== 0;
const skip = cargoMissing && !process.env.CI;
const title = skip
  ? 'function-url API under the Lambda Web Adapter (skipped: cargo is not installed, https://rustup.rs)'
  : 'function-url API under the Lambda Web Adapter';

interface Chunk {
  readonly message: string;
  readonly timestamp: string;
}

/** One execution environment of the function: the adapter as its extension, run.sh as its runtime. */
interface ExecutionEnvironment {
  readonly runtimeApi: RuntimeApi;
  readonly xray: XRayDaemon;
  readonly extension: FunctionProcess;
  readonly runtime: FunctionProcess;
  stop(): Promise<void>;
}

describe.skipIf(skip)(title, () => {
  let workspace: string;
  let project: string;
  let adapter: string;
  let eventTemplate: Record<string, any>;

  /** A function URL event for GET `path`, made from the project's own recorded one (a POST /items). */
  function functionUrlEvent(
    path: string,
    query: Record<string, string>,
    headers: Record<string, string>,
  ) {
    const {
      'content-length': _length,
      'content-type': _type,
      'x-correlation-id': _correlation,
      ...recorded
    } = eventTemplate.headers as Record<string, string>;
    const { body: _body, ...event } = eventTemplate;
    const rawQueryString = new URLSearchParams(query).toString();
    return {
      ...event,
      rawPath: path,
      rawQueryString,
      ...(rawQueryString ? { queryStringParameters: query } : {}),
      headers: { ...recorded, ...headers },
      requestContext: {
        ...event.requestContext,
        http: { ...event.requestContext.http, method: 'GET', path },
        requestId: randomUUID(),
        timeEpoch: Date.now(),
      },
    };
  }

  const chunksOf = (response: HttpIntegrationResponse): Chunk[] =>
    response.body
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Chunk);

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-lwa-'));
    const env = { ...process.env, VIRTUAL_ENV: undefined, NO_COLOR: '1' };
    // The adapter builds (minutes the first time) while the project is generated and installed.
    const [built] = await Promise.all([
      run(join(REPO, 'scripts/ci/lambda-web-adapter.sh'), [], { maxBuffer: 16 * 1024 * 1024 }),
      generateOrdersApi(workspace, 'function-url').then(async (generated) => {
        project = generated;
        await run('uv', ['sync', '--quiet', '--no-dev'], {
          cwd: project,
          env,
          timeout: 8 * MINUTE,
        });
      }),
    ]);
    eventTemplate = JSON.parse(
      readFileSync(join(project, 'tests/events/function_url.json'), 'utf8'),
    );
    adapter = built.stdout.trim().split('\n').pop()!;
  }, 15 * MINUTE);

  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  /**
   * Starts an execution environment and runs its init, as Lambda does. `site` is a directory on the
   * runtime's PYTHONPATH whose sitecustomize.py changes the app from outside, configured by `siteEnv`.
   */
  async function startExecutionEnvironment(
    site: string,
    siteEnv: Record<string, string>,
  ): Promise<ExecutionEnvironment> {
    // The layer unpacks to /opt: extensions/lambda-adapter and the exec wrapper bootstrap beside it.
    const layer = dirname(dirname(adapter));
    const runtimeApi = await startRuntimeApi({
      functionName: 'OrdersApi-Handler',
      handler: 'run.sh',
    });
    const xray = await startXRayDaemon();
    const port = String(await freePort());
    const environment = lambdaEnvironment(
      {
        functionName: 'OrdersApi-Handler',
        handler: 'run.sh',
        taskRoot: project,
        runtime: `python${pythonVersion(join(project, '.venv/bin/python'))}`,
        memorySize: 512,
        // As FastApi (fast-api.ts) configures a function-url API; the port is a free one here, not 8000.
        environment: {
          POWERTOOLS_SERVICE_NAME: 'OrdersApi',
          POWERTOOLS_METRICS_NAMESPACE: 'OrdersApi',
          POWERTOOLS_LOG_LEVEL: 'INFO',
          LOG_LEVEL: 'INFO',
          AWS_LAMBDA_EXEC_WRAPPER: join(layer, 'bootstrap'),
          AWS_LWA_INVOKE_MODE: 'response_stream',
          AWS_LWA_PORT: port,
          PORT: port,
        },
      },
      { runtimeApi: runtimeApi.address, xrayDaemon: xray.address },
      // The Python runtime's PATH starts with the directory of its `python`: here the project's.
      `${join(project, '.venv/bin')}:/usr/local/bin:/usr/bin:/bin`,
    );

    // Init, as Lambda runs it: the extensions start and register first, then the runtime. With
    // AWS_LAMBDA_EXEC_WRAPPER set, the Python runtime's bootstrap hands over to the wrapper, which runs
    // the handler, run.sh, instead of the Python runtime.
    const extension = startFunctionProcess(adapter, [], { cwd: project, env: environment });
    await Promise.race([
      runtimeApi.extensionRegistered('lambda-adapter'),
      extension.exited.then((code) => {
        throw new Error(`the adapter exited (${code}) before registering:\n${extension.stderr()}`);
      }),
    ]);
    const runtime = startFunctionProcess(join(layer, 'bootstrap'), [], {
      cwd: project,
      env: { ...environment, PYTHONPATH: site, ...siteEnv },
    });
    return {
      runtimeApi,
      xray,
      extension,
      runtime,
      async stop() {
        await runtime.stop();
        await extension.stop();
        await runtimeApi.close();
        await xray.close();
      },
    };
  }

  describe('with the stream gate (stream-gate/sitecustomize.py)', () => {
    let environment: ExecutionEnvironment | undefined;
    let runtimeApi: RuntimeApi;
    let xray: XRayDaemon;
    let extension: FunctionProcess;
    let runtime: FunctionProcess;
    let gateOpen: string;

    beforeAll(async () => {
      gateOpen = join(workspace, 'stream-gate-open');
      environment = await startExecutionEnvironment(STREAM_GATE, {
        STREAM_GATE_MODULE: 'orders_api.main',
        STREAM_GATE_OPEN: gateOpen,
      });
      ({ runtimeApi, xray, extension, runtime } = environment);
    }, MINUTE);

    afterAll(() => environment?.stop());

    it(
      'streams a cold invocation chunk by chunk, with status and headers in the prelude',
      async () => {
        const pending = runtimeApi.invoke({
          event: functionUrlEvent(
            '/stream',
            { count: '4' },
            { 'x-correlation-id': 'order-batch-2026-11-22' },
          ),
        });
        // The app may not make chunk 1 before the stand-in holds chunk 0 (see stream-gate/sitecustomize.py).
        await pending.until((body) => httpIntegrationResponse(body)?.body.includes('\n') ?? false);
        const heldFirstChunkAt = Date.now();
        writeFileSync(gateOpen, '');
        const outcome = await answered(pending.outcome, [extension, runtime]);

        expect(outcome.endpoint).toBe('response');
        expect(outcome.streaming).toBe(true);
        expect(outcome.errorType).toBeUndefined();
        const response = httpIntegrationResponse(outcome.body)!;
        expect(response.prelude.statusCode).toBe(200);
        expect(response.prelude.headers['content-type']).toBe('application/jsonl');
        expect(response.prelude.headers['x-correlation-id']).toBe('order-batch-2026-11-22');
        const chunks = chunksOf(response);
        expect(chunks.map((chunk) => chunk.message)).toEqual(
          [0, 1, 2, 3].map((i) => `This is chunk ${i}`),
        );
        // Made after the stand-in held chunk 0: nothing between the app and Lambda buffered the stream.
        expect(Date.parse(chunks[1]!.timestamp)).toBeGreaterThan(heldFirstChunkAt);

        const line = await logLine(runtime, 'Request completed', pending.requestId);
        expect(line).toMatchObject({
          correlation_id: 'order-batch-2026-11-22',
          path: '/stream',
          method: 'GET',
          status: 200,
          cold_start: true,
          function_name: 'OrdersApi-Handler',
          function_memory_size: 512,
          function_arn: 'arn:aws:lambda:eu-west-1:123456789012:function:OrdersApi-Handler',
          function_request_id: pending.requestId,
        });
        const coldStart = await metricDocument(runtime, 'ColdStart');
        expect(coldStart).toMatchObject({
          ColdStart: [1],
          function_name: 'OrdersApi-Handler',
          service: 'OrdersApi',
        });
        const request = await metricDocument(runtime, 'RequestCount');
        expect(request).toMatchObject({
          route: 'GET /stream',
          RequestCount: [1],
          Success: [1],
          Failure: [0],
        });
        expect(request._aws).toMatchObject({ CloudWatchMetrics: [{ Namespace: 'OrdersApi' }] });
        // The adapter's readiness checks of uvicorn, during init, left no log line and no metric.
        expect(runtime.logs().filter((entry) => entry.path === '/')).toEqual([]);
        expect(metricDocuments(runtime, 'RequestCount')).toHaveLength(1);
      },
      2 * MINUTE,
    );

    it('answers a warm invocation with the Lambda request id as its correlation id, without a cold start', async () => {
      const pending = runtimeApi.invoke({ event: functionUrlEvent('/stream', { count: '2' }, {}) });
      const outcome = await answered(pending.outcome, [extension, runtime]);

      const response = httpIntegrationResponse(outcome.body)!;
      expect(response.prelude.statusCode).toBe(200);
      expect(response.prelude.headers['x-correlation-id']).toBe(pending.requestId);
      expect(chunksOf(response)).toHaveLength(2);
      expect(await logLine(runtime, 'Request completed', pending.requestId)).toMatchObject({
        correlation_id: pending.requestId,
        cold_start: false,
      });
      await eventually(
        () => metricDocuments(runtime, 'RequestCount').length === 2,
        () => `two RequestCount EMF documents in:\n${runtime.stdout()}`,
      );
      expect(metricDocuments(runtime, 'ColdStart')).toHaveLength(1);
    });

    it("sends the route's X-Ray subsegments in the invocation's trace", async () => {
      const pending = runtimeApi.invoke({ event: functionUrlEvent('/items/3', {}, {}) });
      const outcome = await answered(pending.outcome, [extension, runtime]);

      const response = httpIntegrationResponse(outcome.body)!;
      expect(response.prelude.statusCode).toBe(200);
      expect(JSON.parse(response.body.toString('utf8'))).toEqual({ name: 'Item 3' });
      const [, root, parent] = /^Root=([^;]+);Parent=([^;]+);/.exec(pending.traceId)!;
      const subsegments = await traceSegmentNames(xray, root, '## fetch-item');
      expect(subsegments).toContain('## fetch-item');
      expect(xray.segments.filter((segment) => segment.trace_id === root)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'subsegment', parent_id: parent }),
        ]),
      );
      expect(xray.segments.filter((segment) => 'error' in segment)).toEqual([]);
      expect(runtime.stderr()).not.toContain('Traceback');
      expect(runtimeApi.violations).toEqual([]);
    });
  });

  describe('with a stream that fails after its first chunk (stream-failure/sitecustomize.py)', () => {
    let environment: ExecutionEnvironment | undefined;

    beforeAll(async () => {
      environment = await startExecutionEnvironment(STREAM_FAILURE, {
        STREAM_FAILURE_MODULE: 'orders_api.main',
      });
    }, MINUTE);

    afterAll(() => environment?.stop());

    it('ends with the error record as its last line, logged once as JSON and counted as a failure', async () => {
      const { runtimeApi, extension, runtime } = environment!;
      const pending = runtimeApi.invoke({
        event: functionUrlEvent('/stream', { count: '3' }, { 'x-correlation-id': 'stream-9' }),
      });
      const outcome = await answered(pending.outcome, [extension, runtime]);

      // The app ends the response itself, so to uvicorn and the adapter it is a stream that completed.
      // Had the app let uvicorn cut it, the adapter (lambda_runtime 1.1.0-rc1) would not send the
      // Lambda-Runtime-Function-Error-Type/-Body trailers Lambda documents: it writes them into the body,
      // as text after the last chunk, which the function URL's client would receive.
      expect(outcome.endpoint).toBe('response');
      expect(outcome.streaming).toBe(true);
      expect(outcome.errorType).toBeUndefined();
      expect(outcome.trailers).toEqual({});
      const response = httpIntegrationResponse(outcome.body)!;
      expect(response.prelude.statusCode).toBe(200);
      expect(response.prelude.headers['content-type']).toBe('application/jsonl');
      expect(response.prelude.headers['x-correlation-id']).toBe('stream-9');
      // The first chunk, then the error record, then nothing: no error text of the adapter or uvicorn.
      const [first, last, ...rest] = response.body.toString('utf8').split('\n');
      expect((JSON.parse(first!) as Chunk).message).toBe('This is chunk 0');
      expect(JSON.parse(last!)).toEqual({ detail: 'Internal Server Error' });
      expect(rest).toEqual(['']);

      const completed = await logLine(runtime, 'Request completed', pending.requestId);
      expect(completed).toMatchObject({ correlation_id: 'stream-9', path: '/stream', status: 200 });
      const errors = runtime.logs().filter((line) => line.level === 'ERROR');
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'Unhandled exception',
          correlation_id: 'stream-9',
          function_request_id: pending.requestId,
          exception: expect.stringContaining('RuntimeError: database password is hunter2'),
        }),
      ]);
      // Logged by the app alone: uvicorn saw no exception to print as a plain-text traceback.
      const plainText = runtime
        .stdout()
        .split('\n')
        .filter((line) => line && !line.startsWith('{'));
      expect(plainText).toEqual([]);
      expect(runtime.stderr()).not.toMatch(/Traceback|Exception in ASGI application|hunter2/);
      const request = await metricDocument(runtime, 'RequestCount');
      expect(request).toMatchObject({
        route: 'GET /stream',
        RequestCount: [1],
        Success: [0],
        Failure: [1],
      });
      expect(runtimeApi.violations).toEqual([]);
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
