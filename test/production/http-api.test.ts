// A generated http-api API as Lambda's Python runtime runs it: the deployment bundle built by the generated
// bundle-python.mjs (what `cdk synth` uploads), run by awslambdaric, the runtime interface client of
// Lambda's own Python images, with the AWS SDK beside it as the runtime provides it, against the Runtime
// API stand-in with the project's recorded API Gateway HTTP API v2 event. The answer, the JSON logs, the
// EMF metrics and the X-Ray subsegments must be what the function gives on Lambda, cold and warm.
// Lambda's runtime is the Python version the generated project pins (requires-python): the bundle is built
// for it and awslambdaric runs on it, so uv must find that interpreter (CI puts the one made by
// scripts/ci/runtime-python.sh at the end of PATH); without it the test fails rather than run on another.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answered,
  eventually,
  generateOrdersApi,
  lambdaEnvironment,
  logLine,
  metricDocument,
  metricDocuments,
  pinnedPython,
  run,
  startFunctionProcess,
  startXRayDaemon,
  traceSegmentNames,
  type FunctionConfiguration,
  type FunctionProcess,
  type XRayDaemon,
} from './execution-environment.js';
import { startRuntimeApi, type RuntimeApi } from '../lambda/runtime-api.js';

const MINUTE = 60_000;
/** What Lambda's Python runtime provides beside the function's code: its runtime client and the AWS SDK. */
const RUNTIME_PACKAGES = ['awslambdaric==4.2.2', 'boto3==1.44.8'];
const HANDLER = 'orders_api.main.handler';

describe('http-api bundle under awslambdaric', () => {
  let workspace: string;
  let taskRoot: string;
  let python: string;
  let version: string;
  let runtimeApi: RuntimeApi;
  let xray: XRayDaemon;
  let runtime: FunctionProcess;
  let httpApiEvent: Record<string, any>;

  const functionConfiguration = (handler: string): FunctionConfiguration => ({
    functionName: 'OrdersApi-Handler',
    handler,
    taskRoot,
    runtime: `python${version}`,
    memorySize: 512,
    // As FastApi (fast-api.ts) configures an http-api function.
    environment: {
      POWERTOOLS_SERVICE_NAME: 'OrdersApi',
      POWERTOOLS_METRICS_NAMESPACE: 'OrdersApi',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      LOG_LEVEL: 'INFO',
    },
  });

  // Lambda's Python runtime: awslambdaric, started in the task root, which `python -m` puts first on
  // sys.path, as Lambda's images do.
  function startRuntime(api: RuntimeApi, handler: string): FunctionProcess {
    const env = lambdaEnvironment(
      functionConfiguration(handler),
      { runtimeApi: api.address, xrayDaemon: xray.address },
      `${dirname(python)}:/usr/local/bin:/usr/bin:/bin`,
    );
    return startFunctionProcess(python, ['-m', 'awslambdaric', handler], { cwd: taskRoot, env });
  }

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-ric-'));
    const project = await generateOrdersApi(workspace, 'http-api');
    httpApiEvent = JSON.parse(readFileSync(join(project, 'tests/events/http_api_v2.json'), 'utf8'));
    // uv may not download a Python: the runtime's version is found on this machine or the test fails.
    const env = {
      ...process.env,
      VIRTUAL_ENV: undefined,
      NO_COLOR: '1',
      UV_PYTHON_DOWNLOADS: 'never',
    };

    version = pinnedPython(project);
    const runtimeDir = join(workspace, 'runtime');
    await run('uv', ['venv', '--quiet', '--python', version, runtimeDir], { env });
    python = join(runtimeDir, 'bin/python');
    await run('uv', ['pip', 'install', '--quiet', '--python', python, ...RUNTIME_PACKAGES], {
      env,
      timeout: 8 * MINUTE,
    });

    // As `cdk synth` bundles the function, for this machine's CPU and the runtime's Python version.
    taskRoot = join(workspace, 'task');
    const architecture = process.arch === 'arm64' ? 'arm64' : 'x86_64';
    await run(
      process.execPath,
      [
        'packages/common/constructs/scripts/bundle-python.mjs',
        'packages/orders-api',
        architecture,
        taskRoot,
        version,
      ],
      { cwd: workspace, env, timeout: 8 * MINUTE },
    );

    runtimeApi = await startRuntimeApi({ functionName: 'OrdersApi-Handler', handler: HANDLER });
    xray = await startXRayDaemon();
    runtime = startRuntime(runtimeApi, HANDLER);
  }, 15 * MINUTE);

  afterAll(async () => {
    await runtime?.stop();
    await runtimeApi?.close();
    await xray?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it(
    'answers an HTTP API v2 event on a cold start, logging the Lambda context and printing EMF',
    async () => {
      const pending = runtimeApi.invoke({ event: httpApiEvent });
      const outcome = await answered(pending.outcome, [runtime]);

      expect(outcome.endpoint).toBe('response');
      const response = JSON.parse(outcome.body.toString('utf8'));
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ name: 'Item 7' });
      // The event carries no x-correlation-id: the Lambda request id becomes the correlation id.
      expect(response.headers['x-correlation-id']).toBe(pending.requestId);

      const [, root] = /^Root=([^;]+);/.exec(pending.traceId)!;
      expect(await logLine(runtime, 'Fetching item', pending.requestId)).toMatchObject({
        item_id: 7,
        correlation_id: pending.requestId,
        path: '/items/7',
        method: 'GET',
        cold_start: true,
        function_name: 'OrdersApi-Handler',
        function_arn: 'arn:aws:lambda:eu-west-1:123456789012:function:OrdersApi-Handler',
        function_request_id: pending.requestId,
        xray_trace_id: root,
        service: 'OrdersApi',
      });
      const completed = await logLine(runtime, 'Request completed', pending.requestId);
      expect(completed).toMatchObject({ status: 200, cold_start: true });
      expect(Number(completed.function_memory_size)).toBe(512);

      expect(metricDocuments(runtime, 'ColdStart')).toEqual([
        expect.objectContaining({
          ColdStart: [1],
          function_name: 'OrdersApi-Handler',
          service: 'OrdersApi',
        }),
      ]);
      const request = await metricDocument(runtime, 'RequestCount');
      expect(request).toMatchObject({
        route: 'GET /items/{item_id}',
        service: 'OrdersApi',
        RequestCount: [1],
        ItemViewed: [1],
        Success: [1],
        ClientError: [0],
        Failure: [0],
      });
      expect(request._aws).toMatchObject({ CloudWatchMetrics: [{ Namespace: 'OrdersApi' }] });

      const names = await traceSegmentNames(xray, root, '## handler');
      expect(names).toContain('## fetch-item');
      expect(runtime.stderr()).not.toContain('Traceback');
    },
    2 * MINUTE,
  );

  it("answers a second invocation warm, echoing the caller's correlation id", async () => {
    const event = {
      ...httpApiEvent,
      headers: { ...httpApiEvent.headers, 'x-correlation-id': 'nightly-export-42' },
    };
    const pending = runtimeApi.invoke({ event });
    const outcome = await answered(pending.outcome, [runtime]);

    const response = JSON.parse(outcome.body.toString('utf8'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-correlation-id']).toBe('nightly-export-42');
    expect(await logLine(runtime, 'Request completed', pending.requestId)).toMatchObject({
      correlation_id: 'nightly-export-42',
      cold_start: false,
    });
    await eventually(
      () => metricDocuments(runtime, 'RequestCount').length === 2,
      () => `two RequestCount EMF documents in:\n${runtime.stdout()}`,
    );
    expect(metricDocuments(runtime, 'ColdStart')).toHaveLength(1);
  });

  // Lambda's Python runtime (awslambdaric) gives the context's memory_limit_in_mb as a string, "512"; the app
  // logs a number, as behind the Lambda Web Adapter (test/production/function-url.test.ts), so one Logs
  // Insights filter such as `function_memory_size > 256` finds the lines of both API types.
  it('logs function_memory_size as a number, as behind the Lambda Web Adapter', async () => {
    const pending = runtimeApi.invoke({ event: httpApiEvent });
    await answered(pending.outcome, [runtime]);
    expect(
      (await logLine(runtime, 'Request completed', pending.requestId)).function_memory_size,
    ).toBe(512);
  });

  it('answers an invocation whose event is no HTTP request with a 400, logs and counts it, and keeps serving', async () => {
    const warmUp = runtimeApi.invoke({
      event: { source: 'aws.events', 'detail-type': 'Scheduled Event' },
    });
    const outcome = await answered(warmUp.outcome, [runtime]);

    // Not a failed invocation, which Lambda would retry twice for an asynchronous caller such as a schedule.
    expect(outcome.endpoint).toBe('response');
    const response = JSON.parse(outcome.body.toString('utf8'));
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ detail: 'Not an HTTP request' });
    expect(await logLine(runtime, 'Not an HTTP request', warmUp.requestId)).toMatchObject({
      level: 'WARNING',
      correlation_id: warmUp.requestId,
      event_keys: ['detail-type', 'source'],
      service: 'OrdersApi',
    });
    await eventually(
      () => metricDocuments(runtime, 'NonHttpEvent').length === 1,
      () => `a NonHttpEvent EMF document in:\n${runtime.stdout()}`,
    );
    expect(runtime.stderr()).not.toContain('Traceback');

    const next = runtimeApi.invoke({ event: httpApiEvent });
    expect(
      JSON.parse((await answered(next.outcome, [runtime])).body.toString('utf8')).statusCode,
    ).toBe(200);
    expect(runtimeApi.violations).toEqual([]);
  });

  it('reports a handler that does not exist as an init error', async () => {
    const api = await startRuntimeApi({
      functionName: 'OrdersApi-Handler',
      handler: 'orders_api.main.missing',
    });
    const broken = startRuntime(api, 'orders_api.main.missing');
    try {
      const initError = await Promise.race([
        api.initError,
        broken.exited.then((code) => {
          throw new Error(
            `the runtime exited (${code}) without an init error:\n${broken.stdout()}`,
          );
        }),
      ]);
      expect(initError.errorType).toBe('Runtime.HandlerNotFound');
      expect(initError.body).toMatchObject({
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: "Handler 'missing' missing on module 'orders_api.main'",
      });
      expect(await broken.exited).toBe(1);
    } finally {
      await broken.stop();
      await api.close();
    }
  });
});
