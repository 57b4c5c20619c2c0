// The generated CDK workspace end to end, with the real tools. The two APIs the issue names (an http-api
// API on arm64, a streaming function-url API on x86_64) plus three that cover the other auth modes are
// generated, the workspace is installed once at its root (npm workspaces), then: tsc, prettier, the generated packages' own tests,
// `cdk synth` with cdk-nag and the uv bundling, cfn-lint and checkov on the template. Slow (npm install of
// aws-cdk-lib, PyPI wheels): every step logs its duration, and each bundle logs its unzipped size. Needs
// the npm registry and PyPI; scripts/ci/cdk-tools.sh installs the Python tools when missing.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawRequest } from '../../src/request/request.js';
import { generateReal, mode, tempWorkspace } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MINUTES = 60_000;

let workspace: string;
let packages: string;
let infra: string;
let constructs: string;
let synthOutput = '';

/** The environment of the tools: no AWS lookups, no colours, nothing of this vitest run. */
function toolEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  }
  return {
    ...env,
    PATH: `${process.env.HOME}/.local/bin:${process.env.PATH}`,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CI: 'true',
    // Environment-agnostic synth: never ask the EC2 metadata service for credentials.
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env = toolEnv(),
): SpawnSyncReturns<string> {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[${seconds}s] ${command} ${args.join(' ')} (in ${cwd}) → exit ${result.status}`);
  if (result.error) throw result.error;
  return result;
}

/** `npm test` in a package, with a TMPDIR of its own: the result, and what the tests left in TMPDIR. */
function testPackage(dir: string): { result: SpawnSyncReturns<string>; leftInTmp: string[] } {
  const tmp = mkdtempSync(join(tmpdir(), 'fastapi-scaffold-tests-tmp-'));
  try {
    const result = run('npm', ['test'], dir, { ...toolEnv(), TMPDIR: tmp });
    // Node's own compile cache (enabled by the tools, kept in TMPDIR on Node 22+) is a cache shared by
    // every run, not something a test made and forgot.
    const left = readdirSync(tmp).filter((name) => name !== 'node-compile-cache');
    return { result, leftInTmp: left };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Fails with the tool's own output, which says what went wrong. */
function expectSuccess(result: SpawnSyncReturns<string>): void {
  if (result.status !== 0) {
    throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`.slice(-20_000));
  }
}

interface GeneratedApi {
  readonly raw: RawRequest;
  readonly className: string;
  readonly moduleName: string;
  readonly architecture: 'arm64' | 'x86_64';
  readonly streaming: boolean;
}

// Every apiType × auth combination the request allows, both architectures.
const APIS: readonly GeneratedApi[] = [
  {
    raw: { name: 'Orders API' },
    className: 'OrdersApi',
    moduleName: 'orders_api',
    architecture: 'arm64',
    streaming: false,
  },
  {
    raw: { name: 'Stream API', 'api-type': 'function-url', architecture: 'x86_64' },
    className: 'StreamApi',
    moduleName: 'stream_api',
    architecture: 'x86_64',
    streaming: true,
  },
  {
    raw: { name: 'Public API', auth: 'none' },
    className: 'PublicApi',
    moduleName: 'public_api',
    architecture: 'arm64',
    streaming: false,
  },
  {
    raw: { name: 'Public Stream', 'api-type': 'function-url', auth: 'none' },
    className: 'PublicStream',
    moduleName: 'public_stream',
    architecture: 'arm64',
    streaming: true,
  },
  {
    raw: { name: 'Admin API', auth: 'cognito', architecture: 'x86_64' },
    className: 'AdminApi',
    moduleName: 'admin_api',
    architecture: 'x86_64',
    streaming: false,
  },
];

function generateApi(raw: RawRequest): void {
  generateReal(raw, workspace);
}

const bin = (name: string) => join(workspace, 'node_modules', '.bin', name);

// A hand edit of the user-owned stack made before the second API exists: a caller role granted access
// to every API, so cdk-nag and the linters also see what grantInvokeAccess produces, and the props a
// platform team sets (a VPC imported by id, reserved and provisioned concurrency, stage throttling, an
// extra statement, narrowed CORS) on one API of each type, so they see what those produce too.
const STACK_EDIT_IMPORT = [
  'import { Vpc } from "aws-cdk-lib/aws-ec2";',
  'import {',
  '  AccountRootPrincipal,',
  '  PolicyStatement,',
  '  Role,',
  '} from "aws-cdk-lib/aws-iam";',
  '',
].join('\n');
const STACK_EDIT = `
    // Added by hand: a role that may call every API.
    const caller = new Role(this, "Caller", {
      assumedBy: new AccountRootPrincipal(),
    });
    for (const api of Object.values(this.apis)) api.grantInvokeAccess(caller);
`;
const STACK_OPTIONS = `    this.apis = addApis(this, {
      OrdersApi: {
        vpc: Vpc.fromVpcAttributes(this, "Vpc", {
          vpcId: "vpc-0123456789abcdef0",
          availabilityZones: ["eu-west-1a", "eu-west-1b"],
          privateSubnetIds: [
            "subnet-0aaaaaaaaaaaaaaaa",
            "subnet-0bbbbbbbbbbbbbbbb",
          ],
          privateSubnetRouteTableIds: [
            "rtb-0aaaaaaaaaaaaaaaa",
            "rtb-0bbbbbbbbbbbbbbbb",
          ],
        }),
        reservedConcurrentExecutions: 20,
        provisionedConcurrentExecutions: 2,
        throttle: { rateLimit: 50, burstLimit: 100 },
        initialPolicy: [
          new PolicyStatement({
            actions: ["dynamodb:GetItem"],
            resources: [
              this.formatArn({
                service: "dynamodb",
                resource: "table",
                resourceName: "Orders",
              }),
            ],
          }),
        ],
      },
      StreamApi: {
        reservedConcurrentExecutions: 10,
        provisionedConcurrentExecutions: 1,
        allowedOrigins: ["https://app.example.com"],
      },
    });
`;

beforeAll(() => {
  expectSuccess(run('bash', [join(REPO, 'scripts/ci/cdk-tools.sh')], REPO));

  workspace = tempWorkspace('fastapi-scaffold-cdk-');
  packages = join(workspace, 'packages');
  infra = join(packages, 'infra');
  constructs = join(packages, 'common/constructs');

  generateApi(APIS[0]!.raw);
  const stackPath = join(infra, 'src/stack.ts');
  const stack = readFileSync(stackPath, 'utf8');
  const edited = (STACK_EDIT_IMPORT + stack).replace(
    '    this.apis = addApis(this);\n',
    `${STACK_OPTIONS}${STACK_EDIT}`,
  );
  expect(edited).toContain('api.grantInvokeAccess(caller)');
  writeFileSync(stackPath, edited);
  appendFileSync(join(packages, 'orders-api/orders_api/main.py'), '\n# edited by hand\n');

  for (const api of APIS.slice(1)) generateApi(api.raw);

  // One install at the root for both packages (npm workspaces), as the README says; --prefer-offline
  // reuses the npm cache.
  expectSuccess(
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], workspace),
  );
}, 20 * MINUTES);

afterAll(() => {
  if (workspace && !process.env.KEEP_CDK_WORKSPACE) {
    rmSync(workspace, { recursive: true, force: true });
  }
});

describe('generated CDK workspace (every API type and auth, both architectures)', () => {
  it('kept the hand edits and deploys both APIs', () => {
    expect(readFileSync(join(infra, 'src/stack.ts'), 'utf8')).toContain(STACK_EDIT);
    expect(readFileSync(join(packages, 'orders-api/orders_api/main.py'), 'utf8')).toContain(
      '# edited by hand',
    );
    const apis = readFileSync(join(infra, 'src/apis.generated.ts'), 'utf8');
    for (const { className } of APIS) {
      expect(apis).toContain(`  ${className}: common.${className},\n`);
    }
    // One aws-cdk-lib for both packages, installed at the root.
    expect(existsSync(join(workspace, 'node_modules/aws-cdk-lib/package.json'))).toBe(true);
    expect(existsSync(join(packages, 'node_modules'))).toBe(false);
    expect(existsSync(join(constructs, 'node_modules/aws-cdk-lib'))).toBe(false);
    expect(existsSync(join(infra, 'node_modules/aws-cdk-lib'))).toBe(false);
  });

  it('type-checks under strict tsc: both packages in one tsc -b over packages/tsconfig.json', () => {
    const result = run(bin('tsc'), ['-b', '--verbose'], packages);
    expectSuccess(result);
    // Each package is checked as its own project, with its own tsconfig.
    expect(result.stdout).toContain('common/constructs/tsconfig.json');
    expect(result.stdout).toContain('infra/tsconfig.json');
  }, 5 * MINUTES);

  it('type-checks with the native compiler (TypeScript 7), which still fails on an error in either package', () => {
    // tsc 7 parses aws-cdk-lib's declarations in native code: the type-check of both packages drops from
    // about 14 s to about 5 s here, the longest step after the install.
    expect(run(bin('tsc'), ['--version'], packages).stdout).toMatch(/^Version 7\./);
    for (const dir of [constructs, infra]) {
      const planted = join(dir, 'src/planted-error.ts');
      writeFileSync(planted, 'export const planted: number = "not a number";\n');
      try {
        const result = run(bin('tsc'), ['-b'], packages);
        expect(result.status).not.toBe(0);
        expect(result.stdout).toContain("planted-error.ts(1,14): error TS2322: Type 'string'");
      } finally {
        rmSync(planted);
      }
    }
  }, 5 * MINUTES);

  it('is prettier-clean (prettier defaults)', () => {
    const files = [
      '../package.json',
      '../nx.json',
      '../pnpm-workspace.yaml',
      'tsconfig.json',
      'common/constructs/package.json',
      'common/constructs/tsconfig.json',
      'common/constructs/vitest.config.mts',
      'common/constructs/src',
      'common/constructs/test',
      'common/constructs/scripts',
      'infra/package.json',
      'infra/tsconfig.json',
      'infra/cdk.json',
      'infra/vitest.config.mts',
      'infra/bin',
      'infra/src',
      'infra/test',
    ];
    const prettier = join(REPO, 'node_modules/.bin/prettier');
    expectSuccess(
      run(prettier, ['--no-config', '--no-editorconfig', '--check', ...files], packages),
    );
  });

  it("passes the constructs package's own tests (every apiType × auth), leaving nothing in TMPDIR", () => {
    const { result, leftInTmp } = testPackage(constructs);
    expectSuccess(result);
    expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
    expect(leftInTmp).toEqual([]);
  }, 10 * MINUTES);

  it("passes the CDK app's own tests, leaving nothing in TMPDIR", () => {
    const { result, leftInTmp } = testPackage(infra);
    expectSuccess(result);
    expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
    expect(leftInTmp).toEqual([]);
  }, 10 * MINUTES);

  it('synthesizes with cdk-nag, bundling each API for its architecture and Python', () => {
    const result = run(bin('cdk'), ['synth', '--no-notices', '--quiet'], infra);
    synthOutput = `${result.stdout}\n${result.stderr}`;
    expectSuccess(result);
    // cdk.json sets every flag as CDK recommends, so the CLI has none to warn about.
    expect(synthOutput).not.toMatch(/feature flags are not configured/);

    const sizes = [...synthOutput.matchAll(/bundle-python: (\S+) for (\S+), Python (\S+): (.+)/g)];
    for (const [, project, architecture, python, size] of sizes) {
      console.log(`bundle size: ${project} (${architecture}, Python ${python}): ${size}`);
    }
    expect(sizes).toHaveLength(APIS.length);

    const template = JSON.parse(
      readFileSync(join(infra, 'cdk.out/ApplicationStack.template.json'), 'utf8'),
    );
    const functions = Object.values(template.Resources as Record<string, CfnResource>).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    expect(functions.map((fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).sort()).toEqual(
      APIS.map((api) => api.className).sort(),
    );
    for (const fn of functions) {
      const api = APIS.find(
        ({ className }) => className === fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
      )!;
      const asset = join(infra, 'cdk.out', fn.Metadata['aws:asset:path']);
      expect(fn.Properties.Architectures).toEqual([api.architecture]);
      expect(fn.Properties.Handler).toBe(api.streaming ? 'run.sh' : `${api.moduleName}.main.handler`);
      expect(existsSync(join(asset, api.moduleName, 'main.py'))).toBe(true);
      expect(existsSync(join(asset, 'run.sh'))).toBe(api.streaming);
      if (api.streaming) expect(mode(join(asset, 'run.sh'))).toBe(0o755);
      // The compiled wheels match the function: pydantic-core for this CPython and this CPU.
      const cpython = `cpython-${fn.Properties.Runtime.replace('python', '').replace('.', '')}`;
      const cpu = api.architecture === 'arm64' ? 'aarch64' : 'x86_64';
      const compiled = readdirSync(join(asset, 'pydantic_core')).filter((file) =>
        file.endsWith('.so'),
      );
      expect(compiled).toEqual([`_pydantic_core.${cpython}-${cpu}-linux-gnu.so`]);
      // The AWS SDK comes from the Lambda runtime, not the bundle; the X-Ray SDK that wants it does ship.
      expect(existsSync(join(asset, 'aws_xray_sdk'))).toBe(true);
      expect(existsSync(join(asset, 'botocore'))).toBe(false);
      expect(existsSync(join(asset, 'boto3'))).toBe(false);
    }

    // The props of the hand edit reached the template, so cdk-nag here and the linters below check them.
    const byApi = (name: string) =>
      functions.find((fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === name)!;
    expect(byApi('OrdersApi').Properties.ReservedConcurrentExecutions).toBe(20);
    expect(byApi('OrdersApi').Properties.VpcConfig).toBeDefined();
    expect(byApi('StreamApi').Properties.ReservedConcurrentExecutions).toBe(10);
    const resources = Object.values(template.Resources as Record<string, CfnResource>);
    expect(resources.filter((resource) => resource.Type === 'AWS::Lambda::Alias')).toHaveLength(2);
    expect(
      resources.filter(
        (resource) => resource.Type === 'AWS::ApiGatewayV2::Stage' && resource.Properties.DefaultRouteSettings,
      ),
    ).toHaveLength(1);
  }, 15 * MINUTES);

  it('stops synthesis on a cdk-nag violation nobody acknowledged', () => {
    writeFileSync(
      join(infra, 'bin/nag-gate.ts'),
      [
        'import { App, Validations } from "aws-cdk-lib";',
        'import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";',
        'import { AwsSolutionsChecks } from "cdk-nag";',
        'import { ApplicationStack } from "../src/stack";',
        'const app = new App();',
        'app.node.setContext("aws:cdk:bundling-stacks", []);',
        'const stack = new ApplicationStack(app, "ApplicationStack");',
        'const role = new Role(stack, "Wild", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });',
        'role.addToPolicy(new PolicyStatement({ actions: ["s3:GetObject"], resources: ["*"] }));',
        'Validations.of(app).addPlugins(new AwsSolutionsChecks(app));',
        '',
      ].join('\n'),
    );
    const result = run(
      bin('cdk'),
      ['synth', '--no-notices', '--quiet', '--app', 'node --import tsx bin/nag-gate.ts', '--output', 'cdk.out.gate'],
      infra,
    );
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('ApplicationStack/Wild/DefaultPolicy');
    expect(`${result.stdout}${result.stderr}`).toContain('AwsSolutions-IAM5[Resource::*]');
  }, 10 * MINUTES);

  it('passes cfn-lint with no findings', () => {
    const templates = readdirSync(join(infra, 'cdk.out'))
      .filter((file) => file.endsWith('.template.json'))
      .map((file) => join('cdk.out', file));
    expect(templates).toEqual(['cdk.out/ApplicationStack.template.json']);
    expectSuccess(run('cfn-lint', templates, infra));
  }, 5 * MINUTES);

  it('passes checkov; every skipped check carries its reason', () => {
    const result = run(
      'checkov',
      [
        '--file',
        'cdk.out/ApplicationStack.template.json',
        '--framework',
        'cloudformation',
        '--skip-download',
        '--output',
        'json',
      ],
      infra,
    );
    const report = JSON.parse(result.stdout) as CheckovReport;
    // checkov exits 0 on a template it cannot parse: make sure it read and checked this one.
    expect(report.summary.parsing_errors).toBe(0);
    expect(report.summary.passed).toBeGreaterThan(0);
    const failed = report.results.failed_checks.map((check) => `${check.check_id} ${check.resource}`);
    expect(failed).toEqual([]);
    expect(result.status).toBe(0);
    const skipped = report.results.skipped_checks;
    expect(skipped.length).toBeGreaterThan(0);
    for (const check of skipped) {
      expect(check.check_result.suppress_comment, check.check_id).toMatch(/\w{3,}.*\w{3,}/);
    }
    console.log(
      `checkov: ${report.summary.passed} passed, ${report.summary.skipped} skipped with reasons: ${[
        ...new Set(skipped.map((check) => check.check_id)),
      ].join(', ')}`,
    );
  }, 5 * MINUTES);
});

interface CfnResource {
  readonly Type: string;
  readonly Properties: {
    readonly Architectures: string[];
    readonly Runtime: string;
    readonly Handler: string;
    readonly Environment: { readonly Variables: Record<string, string> };
    readonly ReservedConcurrentExecutions?: number;
    readonly VpcConfig?: unknown;
    readonly DefaultRouteSettings?: unknown;
  };
  readonly Metadata: Record<string, string>;
}

interface CheckovCheck {
  readonly check_id: string;
  readonly resource: string;
  readonly check_result: { readonly suppress_comment?: string };
}

interface CheckovReport {
  readonly results: {
    readonly failed_checks: CheckovCheck[];
    readonly skipped_checks: CheckovCheck[];
  };
  readonly summary: {
    readonly passed: number;
    readonly skipped: number;
    readonly parsing_errors: number;
  };
}
