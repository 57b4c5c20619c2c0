{{! scaffold owner=generated }}
// Tests of the FastApi core for every API type and auth mode: the resources it creates, the permissions
// it grants, and a clean AwsSolutions (cdk-nag) report. Add tests of your own in other files.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { SecurityGroup, Vpc, type IVpc } from "aws-cdk-lib/aws-ec2";
import {
  AccountRootPrincipal,
  PolicyStatement,
  Role,
} from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime, RuntimeFamily } from "aws-cdk-lib/aws-lambda";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FastApi,
  LAMBDA_WEB_ADAPTER_LAYER_VERSION,
  type FastApiAuth,
  type FastApiOptions,
  type FastApiType,
} from "../src/core/fast-api";
import { latestPythonRuntime, pythonVersion } from "../src/core/python-bundle";

// Everything these tests write goes to one temporary directory, removed when they finish: stand-in Python
// projects (with bundling switched off, below, CDK only fingerprints their files) and the cloud assembly of
// each test app.
let scratch: string;

/** A stand-in Python project with the given requires-python. */
function standInProject(requiresPython: string): string {
  const root = mkdtempSync(join(scratch, "project-"));
  mkdirSync(join(root, "example_api"));
  writeFileSync(join(root, "example_api", "__init__.py"), "");
  writeFileSync(
    join(root, "pyproject.toml"),
    `[project]\nname = "example-api"\nrequires-python = "${requiresPython}"\n`,
  );
  return root;
}

// Pinned to the newest Python, as generated projects are.
let projectRoot: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "fast-api-test-"));
  projectRoot = standInProject(`==${pythonVersion(latestPythonRuntime())}.*`);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Synthesized {
  readonly app: App;
  readonly stack: Stack;
  readonly api: FastApi;
  readonly template: Template;
}

/**
 * An app for tests. "aws:cdk:bundling-stacks" = []: no uv bundling, which `cdk synth` of the infra app
 * exercises. No built-in CloudFormation validation either: `cdk synth` runs it, and cdk.json makes its
 * findings errors there; in a test app its findings are only warnings, and starting it costs seconds.
 * Its own `outdir`: without one CDK writes each app's assembly to a new temporary directory and leaves it.
 */
function testApp(): App {
  return new App({
    outdir: mkdtempSync(join(scratch, "cdk.out-")),
    context: { "aws:cdk:bundling-stacks": [] },
    builtinCloudFormationValidation: false,
  });
}

function synth(
  apiType: FastApiType,
  auth: FastApiAuth,
  options: FastApiOptions = {},
  grant = false,
): Synthesized {
  const app = testApp();
  const stack = new Stack(app, "Test");
  const api = new FastApi(stack, "ExampleApi", {
    apiName: "ExampleApi",
    projectRoot,
    moduleName: "example_api",
    apiType,
    auth,
    ...options,
  });
  if (grant) {
    const caller = new Role(stack, "Caller", {
      assumedBy: new AccountRootPrincipal(),
    });
    api.grantInvokeAccess(caller);
  }
  return { app, stack, api, template: Template.fromStack(stack) };
}

// The tests only read what they are given, so those asking for the same API (default options, with or
// without a granted caller) share one synthesis.
const shared = new Map<string, Synthesized>();
function synthOnce(
  apiType: FastApiType,
  auth: FastApiAuth,
  grant = false,
): Synthesized {
  const key = `${apiType} ${auth} ${grant}`;
  let synthesized = shared.get(key);
  if (!synthesized) {
    synthesized = synth(apiType, auth, {}, grant);
    shared.set(key, synthesized);
  }
  return synthesized;
}

const COMBINATIONS: [FastApiType, FastApiAuth][] = [
  ["http-api", "iam"],
  ["http-api", "cognito"],
  ["http-api", "none"],
  ["function-url", "iam"],
  ["function-url", "none"],
];

describe.each(COMBINATIONS)("%s with auth %s", (apiType, auth) => {
  it("runs the Python its project pins on arm64 with tracing, Powertools settings and its log group", () => {
    const { template } = synthOnce(apiType, auth);
    template.resourceCountIs("AWS::Lambda::Function", 1);
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: latestPythonRuntime().name,
      Architectures: ["arm64"],
      Handler: apiType === "http-api" ? "example_api.main.handler" : "run.sh",
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: { Mode: "Active" },
      LoggingConfig: {
        LogGroup: { Ref: Match.stringLikeRegexp("^ExampleApiLogs") },
      },
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: "ExampleApi",
          POWERTOOLS_METRICS_NAMESPACE: "ExampleApi",
          POWERTOOLS_LOG_LEVEL: "INFO",
          LOG_LEVEL: "INFO",
        }),
      },
    });
    template.hasResourceProperties("AWS::Logs::LogGroup", {
      RetentionInDays: 365,
    });
  });

  it("gives the function its own role: no managed policies, logs to its log group, X-Ray", () => {
    const { template } = synthOnce(apiType, auth);
    for (const role of Object.values(
      template.findResources("AWS::IAM::Role"),
    )) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: {
              "Fn::GetAtt": [Match.stringLikeRegexp("^ExampleApiLogs"), "Arn"],
            },
          }),
          Match.objectLike({
            Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
            Resource: "*",
          }),
        ]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp("^ExampleApiRole") }],
    });
  });

  it("publishes its URL as an output and in the runtime config", () => {
    const { template } = synthOnce(apiType, auth);
    template.hasOutput("ExampleApiUrl", {});
    const runtimeConfig = template.findOutputs("RuntimeConfig");
    expect(JSON.stringify(runtimeConfig)).toContain(
      '\\"apis\\":{\\"ExampleApi\\":',
    );
  });

  it("passes the AwsSolutions checks, every exception acknowledged with a reason", () => {
    const { app } = synthOnce(apiType, auth, true);
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations).toEqual([]);
  });

  it("never opens a Function URL to everyone unless auth is none", () => {
    const { template } = synthOnce(apiType, auth);
    for (const url of Object.values(
      template.findResources("AWS::Lambda::Url"),
    )) {
      expect(url.Properties.AuthType).toBe(
        auth === "none" ? "NONE" : "AWS_IAM",
      );
    }
  });
});

describe.each(["iam", "cognito", "none"] as const)(
  "http-api with auth %s",
  (auth) => {
    it("sends / and /{proxy+} to the function, answers CORS preflight, logs access", () => {
      const { template } = synthOnce("http-api", auth);
      template.resourceCountIs("AWS::Lambda::Url", 0);
      template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
        ProtocolType: "HTTP",
        CorsConfiguration: Match.objectLike({
          AllowOrigins: ["*"],
          AllowMethods: ["*"],
          AllowHeaders: Match.arrayWith(["authorization", "x-amz-date"]),
        }),
      });
      // Six methods on each path; OPTIONS is left to API Gateway's CORS handling.
      template.resourceCountIs("AWS::ApiGatewayV2::Route", 12);
      for (const routeKey of ["GET /", "POST /{proxy+}", "DELETE /{proxy+}"]) {
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
          RouteKey: routeKey,
        });
      }
      template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
        StageName: "$default",
        AutoDeploy: true,
        AccessLogSettings: {
          DestinationArn: {
            "Fn::GetAtt": [
              Match.stringLikeRegexp("^ExampleApiAccessLogs"),
              "Arn",
            ],
          },
          Format: Match.stringLikeRegexp("requestId"),
        },
      });
    });

    it("checks callers with the chosen authorizer on every route", () => {
      const { template } = synthOnce("http-api", auth);
      const expected = { iam: "AWS_IAM", cognito: "JWT", none: "NONE" }[auth];
      const routes = Object.values(
        template.findResources("AWS::ApiGatewayV2::Route"),
      );
      expect(
        routes.map((route) => route.Properties.AuthorizationType ?? "NONE"),
      ).toEqual(routes.map(() => expected));
      template.resourceCountIs(
        "AWS::ApiGatewayV2::Authorizer",
        auth === "cognito" ? 1 : 0,
      );
      template.resourceCountIs(
        "AWS::Cognito::UserPool",
        auth === "cognito" ? 1 : 0,
      );
    });

    it("grants execute-api:Invoke on every route of the API", () => {
      const { template } = synthOnce("http-api", auth, true);
      template.hasResourceProperties("AWS::IAM::Policy", {
        PolicyDocument: {
          Statement: [
            {
              Effect: "Allow",
              Action: "execute-api:Invoke",
              Resource: {
                "Fn::Join": [
                  "",
                  Match.arrayWith([
                    Match.stringLikeRegexp(":execute-api:"),
                    { Ref: Match.stringLikeRegexp("^ExampleApi[0-9A-F]{8}$") },
                    "/*/*/*",
                  ]),
                ],
              },
            },
          ],
        },
        Roles: [{ Ref: Match.stringLikeRegexp("^Caller") }],
      });
    });
  },
);

describe("http-api with auth cognito", () => {
  it("creates a user pool with a strong password policy and MFA, and accepts its client's tokens", () => {
    const { template } = synthOnce("http-api", "cognito");
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      MfaConfiguration: "ON",
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireSymbols: true,
        }),
      },
    });
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      JwtConfiguration: Match.objectLike({
        Audience: [{ Ref: Match.stringLikeRegexp("Client") }],
      }),
    });
  });
});

describe.each(["iam", "none"] as const)("function-url with auth %s", (auth) => {
  it("streams through a Function URL and the Lambda Web Adapter layer", () => {
    const { template } = synthOnce("function-url", auth);
    template.resourceCountIs("AWS::ApiGatewayV2::Api", 0);
    template.hasResourceProperties("AWS::Lambda::Url", {
      AuthType: auth === "none" ? "NONE" : "AWS_IAM",
      InvokeMode: "RESPONSE_STREAM",
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Layers: [
        {
          "Fn::Join": [
            "",
            Match.arrayWith([
              `:753240598075:layer:LambdaAdapterLayerArm64:${LAMBDA_WEB_ADAPTER_LAYER_VERSION}`,
            ]),
          ],
        },
      ],
      Environment: {
        Variables: Match.objectLike({
          AWS_LAMBDA_EXEC_WRAPPER: "/opt/bootstrap",
          AWS_LWA_INVOKE_MODE: "response_stream",
          AWS_LWA_PORT: "8000",
          PORT: "8000",
        }),
      },
    });
  });

  it("grants lambda:InvokeFunctionUrl for IAM-authenticated URLs only, and the matching InvokeFunction", () => {
    const { template } = synthOnce("function-url", auth, true);
    const functionArn = {
      "Fn::GetAtt": [Match.stringLikeRegexp("^ExampleApiHandler"), "Arn"],
    };
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: [
          {
            Effect: "Allow",
            Action: "lambda:InvokeFunctionUrl",
            Resource: functionArn,
            Condition: {
              StringEquals: { "lambda:FunctionUrlAuthType": "AWS_IAM" },
            },
          },
          {
            Effect: "Allow",
            Action: "lambda:InvokeFunction",
            Resource: functionArn,
            Condition: { Bool: { "lambda:InvokedViaFunctionUrl": true } },
          },
        ],
      },
      Roles: [{ Ref: Match.stringLikeRegexp("^Caller") }],
    });
  });
});

describe("options", () => {
  it("uses the x86_64 Web Adapter layer on x86_64", () => {
    const { template } = synth("function-url", "iam", {
      architecture: Architecture.X86_64,
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Architectures: ["x86_64"],
      Layers: [
        {
          "Fn::Join": [
            "",
            Match.arrayWith([
              Match.stringLikeRegexp(":layer:LambdaAdapterLayerX86:"),
            ]),
          ],
        },
      ],
    });
  });

  it("deploys the Python version its project pins, and refuses any other", () => {
    // Older than the newest runtime: the pin decides, not aws-cdk-lib.
    const older = Runtime.PYTHON_3_13;
    const pinned = standInProject(`==${pythonVersion(older)}.*`);
    const app = testApp();
    const stack = new Stack(app, "Test");
    const props = {
      apiName: "Pinned",
      projectRoot: pinned,
      moduleName: "example_api",
      apiType: "http-api",
    } as const;
    new FastApi(stack, "Pinned", props);
    Template.fromStack(stack).hasResourceProperties("AWS::Lambda::Function", {
      Runtime: older.name,
    });
    expect(
      () =>
        new FastApi(stack, "Other", {
          ...props,
          apiName: "Other",
          runtime: latestPythonRuntime(),
        }),
    ).toThrow(`is not the Python ${pinned} pins`);
  });

  it("names the pin it needs when the project allows several Python versions", () => {
    const app = testApp();
    const stack = new Stack(app, "Test");
    expect(
      () =>
        new FastApi(stack, "Loose", {
          apiName: "Loose",
          projectRoot: standInProject(">=3.11"),
          moduleName: "example_api",
          apiType: "http-api",
        }),
    ).toThrow(
      /must pin one Python version, like requires-python = "==3\.\d+\.\*"/,
    );
  });

  it("knows the newest Python runtime aws-cdk-lib knows (AwsSolutions-L1 expects it)", () => {
    const newest = latestPythonRuntime()
      .name.replace("python", "")
      .split(".")
      .map(Number);
    for (const runtime of Runtime.ALL.filter(
      (r) => r.family === RuntimeFamily.PYTHON,
    )) {
      const version = runtime.name.replace("python", "").split(".").map(Number);
      const newer =
        version[0]! > newest[0]! ||
        (version[0] === newest[0] && version[1]! > newest[1]!);
      expect(newer, `${runtime.name} is newer`).toBe(false);
    }
    expect(Runtime.ALL).toContain(latestPythonRuntime());
  });

  it("builds a separate bundle per architecture of the same project", () => {
    // The bundling options name the architecture and Python version, so they are part of the asset hash:
    // switching architecture rebuilds instead of reusing the other CPU's wheels from cdk.out.
    const app = testApp();
    const stack = new Stack(app, "Test");
    const common = {
      projectRoot,
      moduleName: "example_api",
      apiType: "http-api",
    } as const;
    new FastApi(stack, "Arm", {
      ...common,
      apiName: "Arm",
      architecture: Architecture.ARM_64,
    });
    new FastApi(stack, "X86", {
      ...common,
      apiName: "X86",
      architecture: Architecture.X86_64,
    });
    const functions = Template.fromStack(stack).findResources(
      "AWS::Lambda::Function",
    );
    const keys = Object.values(functions).map((fn) => fn.Properties.Code.S3Key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("rejects Cognito auth on a Function URL, which cannot check tokens", () => {
    expect(() => synth("function-url", "cognito")).toThrow(
      /cannot check Cognito tokens/,
    );
  });

  it("registers several APIs in one runtime config and refuses a duplicate name", () => {
    const app = testApp();
    const stack = new Stack(app, "Test");
    const common = {
      projectRoot,
      moduleName: "example_api",
      auth: "iam",
    } as const;
    new FastApi(stack, "A", {
      ...common,
      apiName: "FirstApi",
      apiType: "http-api",
    });
    new FastApi(stack, "B", {
      ...common,
      apiName: "SecondApi",
      apiType: "function-url",
    });
    const output = JSON.stringify(
      Template.fromStack(stack).findOutputs("RuntimeConfig"),
    );
    expect(output).toContain('\\"FirstApi\\":');
    expect(output).toContain('\\"SecondApi\\":');
    expect(
      () =>
        new FastApi(stack, "C", {
          ...common,
          apiName: "FirstApi",
          apiType: "http-api",
        }),
    ).toThrow(/already registered/);
  });
});

/** A VPC of two private subnets, imported as a platform team's stack would: no lookup, no resources. */
function platformVpc(stack: Stack): IVpc {
  return Vpc.fromVpcAttributes(stack, "Vpc", {
    vpcId: "vpc-0123456789abcdef0",
    availabilityZones: ["eu-west-1a", "eu-west-1b"],
    privateSubnetIds: ["subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"],
    privateSubnetRouteTableIds: [
      "rtb-0aaaaaaaaaaaaaaaa",
      "rtb-0bbbbbbbbbbbbbbbb",
    ],
  });
}

/** The checkov checks the (first) resource of a type skips. */
function checkovSkips(template: Template, type: string): string[] {
  const [resource] = Object.values(template.findResources(type));
  return skippedChecks(resource);
}

/** The checkov checks a resource skips; each must give its reason. */
function skippedChecks(resource: { Metadata?: any } | undefined): string[] {
  const skips = (resource?.Metadata?.checkov?.skip ?? []) as {
    id: string;
    comment: string;
  }[];
  for (const skip of skips) {
    expect(skip.comment, skip.id).toMatch(/\w{3,}.*\w{3,}/);
  }
  return skips.map((skip) => skip.id);
}

/** Every statement of every policy attached to the function's role. */
function roleStatements(template: Template): Record<string, unknown>[] {
  return Object.values(template.findResources("AWS::IAM::Policy"))
    .filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes("ExampleApiRole"),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe("props a platform team sets", () => {
  it("without them: no reserved or provisioned concurrency, no VPC, no throttling, no extra policy", () => {
    for (const apiType of ["http-api", "function-url"] as const) {
      const { api, template } = synthOnce(apiType, "iam");
      const [fn] = Object.values(
        template.findResources("AWS::Lambda::Function"),
      );
      expect(fn!.Properties.ReservedConcurrentExecutions).toBeUndefined();
      expect(fn!.Properties.VpcConfig).toBeUndefined();
      template.resourceCountIs("AWS::Lambda::Version", 0);
      template.resourceCountIs("AWS::Lambda::Alias", 0);
      template.resourceCountIs("AWS::EC2::SecurityGroup", 0);
      template.resourceCountIs("AWS::IAM::Policy", 1);
      expect(api.alias).toBeUndefined();
      expect(checkovSkips(template, "AWS::Lambda::Function")).toEqual(
        expect.arrayContaining(["CKV_AWS_115", "CKV_AWS_117"]),
      );
    }
    const [stage] = Object.values(
      synthOnce("http-api", "iam").template.findResources(
        "AWS::ApiGatewayV2::Stage",
      ),
    );
    expect(stage!.Properties.DefaultRouteSettings).toBeUndefined();
  });

  it("reserves concurrency, and no longer skips checkov's check for it", () => {
    const { template } = synth("function-url", "iam", {
      reservedConcurrentExecutions: 25,
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      ReservedConcurrentExecutions: 25,
    });
    expect(checkovSkips(template, "AWS::Lambda::Function")).not.toContain(
      "CKV_AWS_115",
    );
  });

  it("keeps provisioned environments on an alias of the current version, which the HTTP API invokes", () => {
    const { api, template } = synth("http-api", "iam", {
      provisionedConcurrentExecutions: 3,
    });
    template.hasResourceProperties("AWS::Lambda::Alias", {
      Name: "live",
      FunctionName: { Ref: Match.stringLikeRegexp("^ExampleApiHandler") },
      FunctionVersion: {
        "Fn::GetAtt": [
          Match.stringLikeRegexp("^ExampleApiHandlerCurrentVersion"),
          "Version",
        ],
      },
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 },
    });
    template.resourceCountIs("AWS::Lambda::Version", 1);
    // Every route's integration, and API Gateway's permission to invoke, name the alias, not $LATEST.
    const integrations = Object.values(
      template.findResources("AWS::ApiGatewayV2::Integration"),
    );
    expect(integrations.length).toBeGreaterThan(0);
    for (const integration of integrations) {
      expect(integration.Properties.IntegrationUri).toEqual({
        Ref: expect.stringMatching(/^ExampleApiHandlerAliaslive/),
      });
    }
    const permissions = Object.values(
      template.findResources("AWS::Lambda::Permission"),
    );
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) {
      expect(permission.Properties.FunctionName).toEqual({
        Ref: expect.stringMatching(/^ExampleApiHandlerAliaslive/),
      });
    }
    expect(api.alias?.aliasName).toBe("live");
  });

  it("puts the Function URL on the alias, and grants invoking it there", () => {
    const { template } = synth(
      "function-url",
      "iam",
      { provisionedConcurrentExecutions: 2, reservedConcurrentExecutions: 10 },
      true,
    );
    template.hasResourceProperties("AWS::Lambda::Alias", {
      Name: "live",
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 },
    });
    template.resourceCountIs("AWS::Lambda::Url", 1);
    template.hasResourceProperties("AWS::Lambda::Url", {
      Qualifier: "live",
      TargetFunctionArn: {
        "Fn::GetAtt": [Match.stringLikeRegexp("^ExampleApiHandler"), "Arn"],
      },
      InvokeMode: "RESPONSE_STREAM",
    });
    const alias = {
      Ref: Match.stringLikeRegexp("^ExampleApiHandlerAliaslive"),
    };
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: "lambda:InvokeFunctionUrl",
            Resource: alias,
          }),
          Match.objectLike({
            Action: "lambda:InvokeFunction",
            Resource: alias,
          }),
        ],
      },
      Roles: [{ Ref: Match.stringLikeRegexp("^Caller") }],
    });
  });

  it("opens a public Function URL on the alias only (auth none)", () => {
    const { template } = synth("function-url", "none", {
      provisionedConcurrentExecutions: 1,
    });
    const permissions = Object.values(
      template.findResources("AWS::Lambda::Permission"),
    );
    expect(permissions.map((p) => p.Properties.Action).sort()).toEqual([
      "lambda:InvokeFunction",
      "lambda:InvokeFunctionUrl",
    ]);
    for (const permission of permissions) {
      expect(permission.Properties.Principal).toBe("*");
      expect(permission.Properties.FunctionName).toEqual({
        Ref: expect.stringMatching(/^ExampleApiHandlerAliaslive/),
      });
    }
  });

  it("refuses more provisioned than reserved concurrency, which Lambda would refuse at deploy time", () => {
    expect(() =>
      synth("http-api", "iam", {
        reservedConcurrentExecutions: 2,
        provisionedConcurrentExecutions: 5,
      }),
    ).toThrow(/provisionedConcurrentExecutions \(5\) cannot exceed/);
  });

  it("runs in the VPC's private subnets with a security group of its own, and its role may manage the network interfaces", () => {
    const app = testApp();
    const stack = new Stack(app, "Test");
    const api = new FastApi(stack, "ExampleApi", {
      apiName: "ExampleApi",
      projectRoot,
      moduleName: "example_api",
      apiType: "http-api",
      vpc: platformVpc(stack),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::Lambda::Function", {
      VpcConfig: {
        SubnetIds: ["subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"],
        SecurityGroupIds: [
          {
            "Fn::GetAtt": [
              Match.stringLikeRegexp("^ExampleApiHandlerSecurityGroup"),
              "GroupId",
            ],
          },
        ],
      },
    });
    template.hasResourceProperties("AWS::EC2::SecurityGroup", {
      VpcId: "vpc-0123456789abcdef0",
      SecurityGroupIngress: Match.absent(),
    });
    // Lambda creates the network interfaces with the function's role when the function is created:
    // without these it refuses the function.
    const allowed = roleStatements(template)
      .filter((statement) => statement.Resource === "*")
      .flatMap((statement) => statement.Action);
    expect(allowed).toEqual(
      expect.arrayContaining([
        "ec2:CreateNetworkInterface",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSubnets",
        "ec2:DeleteNetworkInterface",
        "ec2:AssignPrivateIpAddresses",
        "ec2:UnassignPrivateIpAddresses",
      ]),
    );
    for (const role of Object.values(
      template.findResources("AWS::IAM::Role"),
    )) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    // In a policy of their own, which the function waits for, and which tells checkov why it grants
    // write actions on *: AWS's own policy for this does too.
    const [policyId, policy] = Object.entries(
      template.findResources("AWS::IAM::Policy", {
        Properties: {
          PolicyDocument: {
            Statement: [
              Match.objectLike({
                Action: Match.arrayWith(["ec2:CreateNetworkInterface"]),
              }),
            ],
          },
        },
      }),
    )[0]!;
    const [fn] = Object.values(template.findResources("AWS::Lambda::Function"));
    expect(fn!.DependsOn).toContain(policyId);
    expect(skippedChecks(policy)).toEqual(["CKV_AWS_111"]);
    expect(checkovSkips(template, "AWS::Lambda::Function")).not.toContain(
      "CKV_AWS_117",
    );
    expect(new AwsSolutionsChecks(app).validateScope(app).violations).toEqual(
      [],
    );
    expect(api.function.connections.securityGroups).toHaveLength(1);
  });

  it("uses the security groups it is given instead of creating one", () => {
    const app = testApp();
    const stack = new Stack(app, "Test");
    const vpc = platformVpc(stack);
    const group = SecurityGroup.fromSecurityGroupId(
      stack,
      "Group",
      "sg-0123456789abcdef0",
    );
    new FastApi(stack, "ExampleApi", {
      apiName: "ExampleApi",
      projectRoot,
      moduleName: "example_api",
      apiType: "function-url",
      vpc,
      vpcSubnets: { subnets: [vpc.privateSubnets[1]!] },
      securityGroups: [group],
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs("AWS::EC2::SecurityGroup", 0);
    template.hasResourceProperties("AWS::Lambda::Function", {
      VpcConfig: {
        SubnetIds: ["subnet-0bbbbbbbbbbbbbbbb"],
        SecurityGroupIds: ["sg-0123456789abcdef0"],
      },
    });
  });

  it("adds extra statements to the role in a policy of their own, in place before the function runs", () => {
    const { api, template } = synth("http-api", "iam", {
      initialPolicy: [
        new PolicyStatement({
          actions: ["dynamodb:GetItem"],
          resources: ["arn:aws:dynamodb:eu-west-1:123456789012:table/Orders"],
        }),
      ],
    });
    const policies = template.findResources("AWS::IAM::Policy", {
      Properties: {
        PolicyDocument: {
          Statement: [
            Match.objectLike({
              Action: "dynamodb:GetItem",
              Resource: "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders",
            }),
          ],
        },
        Roles: [{ Ref: Match.stringLikeRegexp("^ExampleApiRole") }],
      },
    });
    const [policyId] = Object.keys(policies);
    expect(policyId).toBeDefined();
    const [fn] = Object.values(template.findResources("AWS::Lambda::Function"));
    expect(fn!.DependsOn).toContain(policyId);
    expect(api.function.role).toBe(api.role);
  });

  it("leaves a wildcard in the extra statements to cdk-nag, unacknowledged", () => {
    const { app } = synth("http-api", "iam", {
      initialPolicy: [
        new PolicyStatement({ actions: ["s3:GetObject"], resources: ["*"] }),
      ],
    });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(
      report.violations.map((violation) => [
        violation.ruleName,
        violation.violatingResources.map((resource) => resource.constructPath),
      ]),
    ).toEqual([
      [
        "AwsSolutions-IAM5[Resource::*]",
        ["Test/ExampleApi/InitialPolicy/Resource"],
      ],
    ]);
  });

  it("throttles every route of the HTTP API's stage", () => {
    const { api, template } = synth("http-api", "iam", {
      throttle: { rateLimit: 100, burstLimit: 200 },
    });
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      DefaultRouteSettings: {
        ThrottlingRateLimit: 100,
        ThrottlingBurstLimit: 200,
      },
    });
    expect(api.stage?.stageName).toBe("$default");
  });

  it("refuses throttling on a Function URL, which has none, pointing to reserved concurrency", () => {
    expect(() =>
      synth("function-url", "iam", { throttle: { rateLimit: 100 } }),
    ).toThrow(/reservedConcurrentExecutions/);
  });

  it("sends only the allowed origins in the Function URL's CORS headers, and drops checkov's open-CORS skip", () => {
    const origins = ["https://app.example.com"];
    const { template } = synth("function-url", "iam", {
      allowedOrigins: origins,
    });
    template.hasResourceProperties("AWS::Lambda::Url", {
      Cors: Match.objectLike({ AllowOrigins: origins }),
    });
    expect(checkovSkips(template, "AWS::Lambda::Function")).not.toContain(
      "CKV2_AWS_75",
    );
    expect(
      checkovSkips(
        synthOnce("function-url", "iam").template,
        "AWS::Lambda::Function",
      ),
    ).toContain("CKV2_AWS_75");
  });

  it.each(["http-api", "function-url"] as const)(
    "%s passes the AwsSolutions checks with every one of them set",
    (apiType) => {
      const app = testApp();
      const stack = new Stack(app, "Test");
      const api = new FastApi(stack, "ExampleApi", {
        apiName: "ExampleApi",
        projectRoot,
        moduleName: "example_api",
        apiType,
        reservedConcurrentExecutions: 10,
        provisionedConcurrentExecutions: 2,
        vpc: platformVpc(stack),
        initialPolicy: [
          new PolicyStatement({
            actions: ["dynamodb:GetItem"],
            resources: ["arn:aws:dynamodb:eu-west-1:123456789012:table/Orders"],
          }),
        ],
        throttle:
          apiType === "http-api"
            ? { rateLimit: 50, burstLimit: 100 }
            : undefined,
        allowedOrigins: ["https://app.example.com"],
      });
      api.grantInvokeAccess(
        new Role(stack, "Caller", { assumedBy: new AccountRootPrincipal() }),
      );
      const report = new AwsSolutionsChecks(app).validateScope(app);
      expect(report.violations).toEqual([]);
    },
  );
});
