// The generated Python project passes its own toolchain: for each API type (and a non-default name and
// directory) it is generated into a fresh workspace, then uv locks and installs it, ruff finds nothing to
// say, and its pytest suite passes, with every feature the generator documents covered by a named test.

import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawRequest } from '../../src/request/request.js';
import { generateReal } from '../helpers.js';

const MINUTE = 60_000;

/** The pytest tests that prove the generator's promises; each must exist and pass. */
const FEATURE_TESTS = [
  'test_correlation_id_from_the_request_header_is_echoed_and_logged',
  'test_correlation_id_is_generated_when_the_caller_sends_none',
  'test_logs_are_structured_json_with_request_path_method_and_status',
  'test_each_request_flushes_emf_metrics_with_a_route_dimension',
  'test_cold_start_metric_is_emitted_once_per_process',
  'test_unhandled_exception_is_logged_counted_and_answered_with_a_safe_500',
  'test_validation_error_is_422_naming_the_invalid_field',
  'test_http_api_v2_event_is_answered_in_the_http_api_response_format',
  'test_function_url_event_is_answered',
  'test_unhandled_exception_is_a_safe_500_response_not_a_failed_invocation',
  'test_handler_logs_carry_the_lambda_context_and_cold_start',
  'test_stream_sends_each_chunk_as_its_own_asgi_message',
  'test_stream_chunks_reach_an_http_client_one_by_one',
  'test_concurrent_requests_keep_their_own_log_keys',
  'test_swagger_ui_is_served_at_docs',
  'test_redoc_is_served_at_redoc',
  'test_openapi_marks_stream_as_streaming_with_the_chunk_schema',
  'test_tracer_is_disabled_off_lambda_and_its_decorators_still_work',
  'test_lambda_context_forwarded_by_the_web_adapter_is_logged',
  'test_web_adapter_readiness_checks_are_not_counted_as_requests',
  'test_trace_forwarded_by_the_web_adapter_becomes_the_invocation_trace',
  'test_tracer_does_not_import_the_x_ray_sdk_off_lambda',
  'test_on_lambda_the_aws_sdk_is_traced_once_the_app_imports_it',
  'test_invocations_start_no_thread',
  'test_traces_on_lambda_hold_no_response_body_cookie_or_token',
  'test_a_traced_failure_records_what_failed_not_the_exception_object',
  'test_a_response_too_big_for_a_datagram_still_delivers_its_trace',
  'test_a_stream_failing_midway_ends_with_an_error_line_through_the_handler',
  'test_a_stream_failing_midway_ends_with_an_error_line_through_uvicorn',
  'test_client_errors_count_as_client_errors_not_as_failures_or_successes',
  'test_latency_is_the_duration_of_the_request_in_milliseconds',
  'test_metrics_are_declared_with_their_units',
  'test_head_on_a_get_route_answers_like_get_without_a_body',
  'test_head_event_is_answered_like_get_without_a_body',
  'test_openapi_documents_each_status_and_media_type_the_app_answers',
  'test_openapi_documents_the_500_every_operation_can_answer',
  'test_openapi_allows_exactly_the_item_ids_the_app_accepts',
  'test_an_event_that_is_no_http_request_is_answered_logged_and_counted',
  'test_a_warm_up_event_takes_the_cold_start',
  'test_methods_http_does_not_define_share_one_route_dimension',
  'test_function_memory_size_is_logged_as_a_number_however_the_request_arrives',
];
/** Only function-url APIs have run.sh, the Lambda Web Adapter entry point. */
const RUN_SH_TESTS = [
  'test_run_sh_is_an_executable_posix_shell_script',
  'test_run_sh_serves_a_stream_chunk_by_chunk',
  'test_run_sh_traces_invocations_without_x_ray_errors',
  'test_run_sh_logs_nothing_but_json_lines',
];
/** Passed tests when this file was written; fewer means tests were lost. */
const MIN_PASSED = { 'http-api': 60, 'function-url': 64 } as const;
type ApiType = keyof typeof MIN_PASSED;

interface Case {
  readonly raw: RawRequest & { 'api-type': ApiType };
  readonly projectRoot: string;
  readonly moduleName: string;
}

const CASES: readonly Case[] = [
  {
    raw: { name: 'Orders API', 'api-type': 'http-api' },
    projectRoot: 'packages/orders-api',
    moduleName: 'orders_api',
  },
  {
    raw: { name: 'Orders API', 'api-type': 'function-url', architecture: 'x86_64' },
    projectRoot: 'packages/orders-api',
    moduleName: 'orders_api',
  },
  {
    raw: { name: 'Billing Service', directory: 'services/apis', 'api-type': 'http-api' },
    projectRoot: 'services/apis/billing-service',
    moduleName: 'billing_service',
  },
  // The longest names a request allows: lines that hold them must stay within ruff's limits.
  {
    raw: { name: 'Warehouse Inventory Reconciliation Jobs', 'api-type': 'function-url' },
    projectRoot: 'packages/warehouse-inventory-reconciliation-jobs',
    moduleName: 'warehouse_inventory_reconciliation_jobs',
  },
];

interface CommandResult {
  readonly code: number;
  readonly output: string;
}

/** uv, or `python3 -m uv` after installing it from PyPI when it is not on PATH. */
function uvCommand(): readonly string[] {
  if (spawnSync('uv', ['--version']).status === 0) return ['uv'];
  const install = spawnSync('python3', ['-m', 'pip', 'install', '--quiet', 'uv'], {
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`uv is not on PATH and pip install uv failed:\n${install.stderr}`);
  return ['python3', '-m', 'uv'];
}

const UV = uvCommand();

function run(args: readonly string[], cwd: string): Promise<CommandResult> {
  const [command, ...prefix] = UV;
  // An activated virtualenv of the caller would make uv warn and look elsewhere.
  const env = { ...process.env, VIRTUAL_ENV: undefined, NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(
      command!,
      [...prefix, ...args],
      { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 8 * MINUTE },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `$ uv ${args.join(' ')}\n${stdout}${stderr}` });
      },
    );
  });
}

interface JUnitCase {
  readonly name: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
}

/** The test cases of a pytest JUnit XML report, each with its outcome. */
function junitCases(xml: string): JUnitCase[] {
  const cases: JUnitCase[] = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const name = /\bname="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
    const body = match[2] ?? '';
    const outcome = /<(failure|error)\b/.test(body) ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed';
    cases.push({ name, outcome });
  }
  return cases;
}

describe.concurrent('generated Python project', () => {
  for (const testCase of CASES) {
    const { raw, projectRoot, moduleName } = testCase;
    it(
      `${raw.name} (${raw['api-type']}${raw.directory ? `, in ${raw.directory}` : ''}) locks, lints and passes its tests`,
      async () => {
        const workspace = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-python-'));
        generateReal(raw, workspace);
        const project = join(workspace, projectRoot);

        // The files the generator doc lists, and the shape of the ones other tools read.
        for (const file of ['project.json', 'pyproject.toml', 'README.md', '.gitignore']) {
          expect(existsSync(join(project, file)), file).toBe(true);
        }
        for (const file of ['init.py', 'main.py']) {
          expect(existsSync(join(project, moduleName, file)), `${moduleName}/${file}`).toBe(true);
        }
        const targets = JSON.parse(readFileSync(join(project, 'project.json'), 'utf8')).targets;
        expect(targets.bundle.options.command).toBe(
          `node packages/common/constructs/scripts/bundle-python.mjs ${projectRoot} ${raw.architecture ?? 'arm64'} ${projectRoot}/build/bundle`,
        );
        expect(targets.serve.options.command).toContain(`uvicorn ${moduleName}.main:app --reload`);
        const runSh = join(project, 'run.sh');
        if (raw['api-type'] === 'function-url') {
          expect(statSync(runSh).mode & 0o777).toBe(0o755);
          expect(readFileSync(runSh, 'utf8')).toContain(`uvicorn ${moduleName}.main:app`);
        } else {
          expect(existsSync(runSh)).toBe(false);
        }

        const junit = join(workspace, 'pytest.xml');
        const steps = [
          ['lock'],
          ['sync', '--locked'],
          ['run', '--no-sync', 'ruff', 'check', '--no-cache'],
          ['run', '--no-sync', 'ruff', 'format', '--check', '--no-cache'],
          ['run', '--no-sync', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`],
        ];
        for (const step of steps) {
          const result = await run(step, project);
          expect(result.code, result.output).toBe(0);
        }

        const cases = junitCases(readFileSync(junit, 'utf8'));
        // A parametrized test runs once per parameter set, named `test_name[id]`.
        const outcomesOf = (name: string) =>
          cases.filter((c) => c.name === name || c.name.startsWith(`${name}[`)).map((c) => c.outcome);
        const expected = [...FEATURE_TESTS, ...(raw['api-type'] === 'function-url' ? RUN_SH_TESTS : [])];
        for (const name of expected) expect(new Set(outcomesOf(name)), name).toEqual(new Set(['passed']));
        if (raw['api-type'] === 'http-api') {
          for (const name of RUN_SH_TESTS) expect(outcomesOf(name), name).toEqual([]);
        }
        expect(cases.filter((c) => c.outcome !== 'passed')).toEqual([]);
        const passed = cases.filter((c) => c.outcome === 'passed').length;
        expect(passed).toBeGreaterThanOrEqual(MIN_PASSED[raw['api-type']]);

        rmSync(workspace, { recursive: true, force: true });
      },
      10 * MINUTE,
    );
  }
});
