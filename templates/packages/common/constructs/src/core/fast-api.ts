{{! scaffold owner=generated }}
// A FastAPI project on AWS Lambda, reachable through an API Gateway HTTP API or a streaming Function URL.
// Each generated API class (src/app/apis/) extends FastApi with its own project and defaults.

import {
  ArnFormat,
  CfnOutput,
  CfnResource,
  Duration,
  Stack,
  Validations,
} from "aws-cdk-lib";
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
  type ThrottleSettings,
} from "aws-cdk-lib/aws-apigatewayv2";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  HttpIamAuthorizer,
  HttpUserPoolAuthorizer,
} from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import {
  AccountRecovery,
  Mfa,
  UserPool,
  type IUserPool,
  type IUserPoolClient,
} from "aws-cdk-lib/aws-cognito";
import type {
  ISecurityGroup,
  IVpc,
  SubnetSelection,
} from "aws-cdk-lib/aws-ec2";
import {
  Effect,
  Policy,
  PolicyStatement,
  Role,
  ServicePrincipal,
  type IGrantable,
} from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  Function as LambdaFunction,
  type Alias,
  FunctionUrlAuthType,
  HttpMethod as FunctionUrlMethod,
  InvokeMode,
  LayerVersion,
  Tracing,
  type Code,
  type FunctionUrl,
  type Runtime,
} from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { flattenCfnReference } from "cdk-nag/lib/utils/flatten-cfn-reference";
import { Construct } from "constructs";
import {
  latestPythonRuntime,
  pinnedPythonVersion,
  pythonBundle,
  pythonRuntime,
  pythonVersion,
} from "./python-bundle";
import { RuntimeConfig } from "./runtime-config";

export type FastApiType = "http-api" | "function-url";
export type FastApiAuth = "iam" | "cognito" | "none";

/**
 * Version of the Lambda Web Adapter layer (LambdaAdapterLayerX86 / LambdaAdapterLayerArm64, published by
 * account 753240598075 in every commercial region) that serves function-url APIs. 28 is Lambda Web Adapter
 * 1.0.1; move it forward when the adapter's release notes list a newer layer version.
 */
export const LAMBDA_WEB_ADAPTER_LAYER_VERSION = 28;

/** The port uvicorn listens on behind the Lambda Web Adapter (run.sh reads PORT). */
const WEB_ADAPTER_PORT = "8000";

/** Headers a browser may send: SigV4 signing headers and a bearer token. */
const CORS_HEADERS = [
  "authorization",
  "content-type",
  "x-amz-content-sha256",
  "x-amz-date",
  "x-amz-security-token",
];

/** What a user of a generated API class may change. */
export interface FastApiOptions {
  /**
   * Who may call the API: SigV4-signed requests of IAM principals granted with `grantInvokeAccess`, bearer
   * tokens of a Cognito user pool (http-api only), or anyone.
   * @default the auth chosen when the API was generated
   */
  readonly auth?: FastApiAuth;
  /**
   * The user pool whose tokens the API accepts (auth `cognito`).
   * @default a new user pool: admin-created users, e-mail sign-in, MFA required
   */
  readonly userPool?: IUserPool;
  /**
   * App clients whose tokens are accepted (auth `cognito`).
   * @default one new client of the user pool
   */
  readonly userPoolClients?: IUserPoolClient[];
  /** @default the architecture chosen when the API was generated */
  readonly architecture?: Architecture;
  /**
   * Memory in MiB; Lambda gives CPU in proportion, which shortens cold starts.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * How long one request may run. A streaming function-url response may need longer (up to 15 minutes).
   * @default 30 seconds, API Gateway's own limit for an HTTP API integration
   */
  readonly timeout?: Duration;
  /**
   * The Lambda runtime, of the Python version the project pins (its tests run on that version, see
   * `pinnedPythonVersion`); any other version is refused: change the pin to move. Pass one for a version
   * the installed aws-cdk-lib does not know yet: `new Runtime("python3.16", RuntimeFamily.PYTHON)`.
   * @default the runtime of the version `requires-python` pins in the project's pyproject.toml
   */
  readonly runtime?: Runtime;
  /**
   * How long the function's logs and the HTTP API's access logs are kept.
   * @default one year
   */
  readonly logRetention?: RetentionDays;
  /**
   * Origins allowed by CORS: the HTTP API answers preflight requests with them, the Function URL sends
   * them in its CORS headers.
   * @default ["*"]: any origin, which is safe only because every request must still pass `auth`
   */
  readonly allowedOrigins?: string[];
  /**
   * Powertools log level (POWERTOOLS_LOG_LEVEL and LOG_LEVEL).
   * @default "INFO"
   */
  readonly logLevel?: string;
  /** Extra environment variables of the function. */
  readonly environment?: Record<string, string>;
  /**
   * The function's code.
   * @default the project bundled by `pythonBundle` during synthesis
   */
  readonly code?: Code;
  /**
   * Concurrent executions reserved for the function: no other function of the account can take them, and
   * no more than this many requests run at once; Lambda throttles the rest instead of queueing them.
   * Reserving takes them from the account's unreserved pool (1,000 per region unless raised; new accounts
   * may have less), which must keep at least 100.
   * @default none: the function shares the account's unreserved concurrency
   */
  readonly reservedConcurrentExecutions?: number;
  /**
   * Execution environments Lambda keeps initialized, so that many concurrent requests never wait for a
   * cold start; billed for as long as they are configured. They belong to a published version, so the
   * function gets an alias `live` on its current version (a new version each deployment that changes the
   * function) and the HTTP API integration or the Function URL invokes that alias (see `alias`). At most
   * `reservedConcurrentExecutions`, when both are set. On a function-url API, setting or removing it
   * replaces the Function URL, whose address changes (the output and the runtime config follow).
   * @default none: no version or alias, the API invokes the function's $LATEST
   */
  readonly provisionedConcurrentExecutions?: number;
  /**
   * A VPC to run the function in, to reach private resources (databases, internal services). Lambda gives
   * it network interfaces in `vpcSubnets`; the function's role gets the EC2 permissions Lambda needs to
   * create and delete them. Without a NAT gateway or VPC endpoints in those subnets it cannot reach AWS
   * services (X-Ray, the APIs it calls) or the internet.
   * @default none: the function runs in Lambda's own network and reaches public endpoints only
   */
  readonly vpc?: IVpc;
  /**
   * Subnets of `vpc` for the function's network interfaces (`vpc` only).
   * @default the VPC's private subnets; Lambda refuses public subnets, where a function gets no public IP
   */
  readonly vpcSubnets?: SubnetSelection;
  /**
   * Security groups of the function's network interfaces (`vpc` only). Open a database to the function
   * with `api.function.connections.allowTo(database, Port.tcp(5432))`.
   * @default one new security group: all outbound traffic allowed, nothing inbound
   */
  readonly securityGroups?: ISecurityGroup[];
  /**
   * Statements added to the function's role, e.g. what the application calls with boto3. cdk-nag checks
   * them like any other: a wildcard needs an acknowledgement of yours. A grant method of the resource
   * (`table.grantReadData(api.function)`) does the same with the resource's own statement.
   * @default none: the role may write its logs and traces only (and manage its VPC network interfaces)
   */
  readonly initialPolicy?: PolicyStatement[];
  /**
   * Request throttling of the HTTP API's $default stage, for every route: `rateLimit` requests per
   * second on average, `burstLimit` at once; API Gateway answers the rest with HTTP 429. http-api only: a
   * Function URL has no request throttling, cap it with `reservedConcurrentExecutions`.
   * @default none: only the account's regional limit (10,000 requests per second, bursts of 5,000)
   */
  readonly throttle?: ThrottleSettings;
}

export interface FastApiProps extends FastApiOptions {
  /** Names the API in outputs, the runtime config, Powertools' service and metrics namespace. */
  readonly apiName: string;
  /** The Python project, relative to the workspace root. */
  readonly projectRoot: string;
  /** The project's Python package: the Lambda handler is `<moduleName>.main.handler` for http-api. */
  readonly moduleName: string;
  readonly apiType: FastApiType;
}

/**
 * A FastAPI application on Lambda with X-Ray tracing, Powertools configuration, its own log group and its
 * own least-privilege role.
 *
 * - `http-api`: an API Gateway HTTP API sends every route to the function (Mangum adapts the events).
 *   Responses are buffered.
 * - `function-url`: a Lambda Function URL in RESPONSE_STREAM mode in front of uvicorn, run by the Lambda
 *   Web Adapter layer, so StreamingResponse reaches the client as it is produced.
 *
 * Both register their URL in the stack's {@link RuntimeConfig} and as the output `<apiName>Url`.
 */
export class FastApi extends Construct {
  /** The function; with `provisionedConcurrentExecutions` the API invokes `alias`, not this $LATEST. */
  readonly function: LambdaFunction;
  /**
   * The alias `live` the API invokes, on the function's current version, which holds the provisioned
   * concurrency (provisionedConcurrentExecutions only).
   */
  readonly alias?: Alias;
  /** The function's role: add permissions with `role.addToPrincipalPolicy` or a resource's grant method. */
  readonly role: Role;
  /** The HTTP API (http-api only). */
  readonly api?: HttpApi;
  /** The HTTP API's $default stage, with its access logs and throttling (http-api only). */
  readonly stage?: HttpStage;
  /** The Function URL (function-url only). */
  readonly functionUrl?: FunctionUrl;
  /** The user pool whose tokens are accepted (auth cognito only). */
  readonly userPool?: IUserPool;
  /** Base URL of the API. */
  readonly url: string;
  readonly apiType: FastApiType;
  readonly auth: FastApiAuth;

  constructor(scope: Construct, id: string, props: FastApiProps) {
    super(scope, id);
    this.apiType = props.apiType;
    this.auth = props.auth ?? "iam";
    if (this.auth === "cognito" && this.apiType === "function-url") {
      throw new Error(
        `${props.apiName}: a Function URL cannot check Cognito tokens; use auth "iam" or "none", or apiType "http-api"`,
      );
    }
    if (props.throttle && this.apiType === "function-url") {
      throw new Error(
        `${props.apiName}: a Function URL has no request throttling; cap its concurrency with reservedConcurrentExecutions instead of throttle`,
      );
    }
    if (
      props.provisionedConcurrentExecutions !== undefined &&
      props.reservedConcurrentExecutions !== undefined &&
      props.provisionedConcurrentExecutions > props.reservedConcurrentExecutions
    ) {
      throw new Error(
        `${props.apiName}: provisionedConcurrentExecutions (${props.provisionedConcurrentExecutions}) cannot exceed reservedConcurrentExecutions (${props.reservedConcurrentExecutions}); Lambda refuses it`,
      );
    }

    const pinned = pinnedPythonVersion(props.projectRoot);
    if (props.runtime && pythonVersion(props.runtime) !== pinned) {
      throw new Error(
        `${props.apiName}: runtime ${props.runtime.name} is not the Python ${props.projectRoot} pins and runs its tests on (${pinned}); change requires-python in its pyproject.toml instead`,
      );
    }
    const runtime = props.runtime ?? pythonRuntime(pinned);
    const architecture = props.architecture ?? Architecture.ARM_64;
    const logRetention = props.logRetention ?? RetentionDays.ONE_YEAR;
    const logLevel = props.logLevel ?? "INFO";

    const logGroup = new LogGroup(this, "Logs", { retention: logRetention });

    // The function's own role instead of CDK's default, which attaches the AWS managed policy
    // AWSLambdaBasicExecutionRole (logs on every log group of the account). This one may write to its
    // own log group only; tracing adds the X-Ray statement below.
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs the ${props.apiName} function`,
    });
    this.role = role;
    logGroup.grantWrite(role);

    this.function = new LambdaFunction(this, "Handler", {
      runtime,
      architecture,
      handler:
        this.apiType === "http-api"
          ? `${props.moduleName}.main.handler`
          : "run.sh",
      code:
        props.code ??
        pythonBundle({ projectRoot: props.projectRoot, runtime, architecture }),
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.apiName,
        POWERTOOLS_METRICS_NAMESPACE: props.apiName,
        POWERTOOLS_LOG_LEVEL: logLevel,
        LOG_LEVEL: logLevel,
        ...props.environment,
      },
    });
    // Tracing.ACTIVE makes CDK grant xray:PutTraceSegments and xray:PutTelemetryRecords on "*". cdk-nag
    // names the finding after the resource only, so this covers any "*" resource in this role's default
    // policy: grant the function anything else on named resources (e.g. table.grantReadData(api.function)).
    // The policies below are not the role's children, so this does not cover them.
    Validations.of(role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "X-Ray's PutTraceSegments and PutTelemetryRecords support no resource-level permissions, so tracing can only be granted on *.",
    });
    if (props.vpc) {
      // What AWSLambdaVPCAccessExecutionRole grants besides logs: lambda.Function attaches that managed
      // policy only to a role it creates itself, and Lambda refuses a VPC function whose role lacks these.
      const networkInterfaces = this.addRolePolicy("NetworkInterfaces", [
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [
            "ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DescribeSubnets",
            "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses",
            "ec2:UnassignPrivateIpAddresses",
          ],
          resources: ["*"],
        }),
      ]);
      const reason =
        "Lambda creates and deletes the function's VPC network interfaces with this role, and their ids exist only once created; these are the EC2 actions of AWS's own AWSLambdaVPCAccessExecutionRole, which grants them on * too (DescribeNetworkInterfaces works on * only).";
      Validations.of(networkInterfaces).acknowledge({
        id: "AwsSolutions-IAM5[Resource::*]",
        reason,
      });
      skipCheckov(networkInterfaces, [["CKV_AWS_111", reason]]);
    }
    if (props.initialPolicy?.length) {
      this.addRolePolicy("InitialPolicy", props.initialPolicy);
    }
    // Each skip only while its check fails: reserved concurrency and a VPC are props.
    const functionSkips: [id: string, reason: string][] = [];
    if (props.reservedConcurrentExecutions === undefined) {
      functionSkips.push([
        "CKV_AWS_115",
        "No reserved concurrency: reserving it takes capacity from the account's shared pool, which a new account may not have; set reservedConcurrentExecutions when the load is known.",
      ]);
    }
    functionSkips.push([
      "CKV_AWS_116",
      "API requests invoke the function synchronously and get errors back; a dead-letter queue only receives failed asynchronous invocations.",
    ]);
    if (!props.vpc) {
      functionSkips.push([
        "CKV_AWS_117",
        "The function reaches no private network resources; a VPC would add NAT cost and cold-start time for nothing.",
      ]);
    }
    functionSkips.push([
      "CKV_AWS_173",
      "Environment variables hold configuration only (service name, log level), encrypted at rest by Lambda's AWS-owned key; secrets belong in Secrets Manager.",
    ]);
    skipCheckov(this.function, functionSkips);
    // cfn-lint reads `ignore_checks` from the resource's metadata, which has no room for a reason, so the
    // reasons are here. W3005: CDK adds a DependsOn on the role and on its policy, so the policy is in
    // place before the function can run; the part naming the role repeats the dependency that the Role
    // GetAtt already creates, which is harmless. E3030: linters' lists of allowed values trail new Lambda
    // runtimes by weeks, and this function runs the newest runtime aws-cdk-lib knows (cdk-nag's L1 insists).
    const lintIgnores = ["W3005"];
    if (runtime.name === latestPythonRuntime().name) lintIgnores.push("E3030");
    (this.function.node.defaultChild as CfnResource).addMetadata("cfn-lint", {
      config: { ignore_checks: lintIgnores },
    });
    skipCheckov(logGroup, [
      [
        "CKV_AWS_158",
        "CloudWatch Logs encrypts every log group at rest; a customer-managed KMS key adds cost and a key policy and is worth it only for regulated data.",
      ],
    ]);

    if (props.provisionedConcurrentExecutions !== undefined) {
      // Lambda keeps provisioned environments for a version, never for $LATEST; the alias lets the API
      // point at one name while each deployment moves it to the new version.
      this.alias = this.function.addAlias("live", {
        provisionedConcurrentExecutions: props.provisionedConcurrentExecutions,
      });
    }

    if (this.apiType === "http-api") {
      this.userPool =
        this.auth === "cognito"
          ? (props.userPool ?? this.createUserPool())
          : undefined;
      this.api = this.createHttpApi(props);
      this.stage = this.createDefaultStage(logRetention, props.throttle);
      this.url = this.stage.url;
    } else {
      this.functionUrl = this.createFunctionUrl(architecture, props);
      this.url = this.functionUrl.url;
    }

    RuntimeConfig.ensure(this).registerApi(props.apiName, this.url);
    const output = new CfnOutput(this, "Url", {
      description: `Base URL of the ${props.apiName} API`,
      value: this.url,
    });
    output.overrideLogicalId(`${props.apiName}Url`);
  }

  /**
   * Lets `grantee` call the API with SigV4-signed requests (auth `iam`): `execute-api:Invoke` on every
   * route of the HTTP API, or invoking the function through its Function URL only. Other auth modes do
   * not check IAM, so the grant changes nothing for them.
   */
  grantInvokeAccess(grantee: IGrantable): void {
    if (this.api) {
      // Every method and path: FastAPI does the routing, API Gateway only proxies.
      const executeApiArn = this.api.arnForExecuteApi("*", "/*", "*");
      const principal = grantee.grantPrincipal;
      const { statementAdded } = principal.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ["execute-api:Invoke"],
          resources: [executeApiArn],
        }),
      );
      if (statementAdded && Construct.isConstruct(principal)) {
        // cdk-nag names a wildcard finding after the resource as it renders it; flattenCfnReference is
        // how it renders one, so this acknowledges exactly this statement and no other wildcard.
        const resource = flattenCfnReference(
          Stack.of(principal).resolve(executeApiArn),
        );
        Validations.of(principal).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${resource}]`,
          reason: `Invoking the ${this.node.id} API means any method on any path: FastAPI routes requests itself, so API Gateway has one catch-all route per method.`,
        });
      }
    } else {
      // lambda:InvokeFunctionUrl on the condition lambda:FunctionUrlAuthType = AWS_IAM, plus the
      // lambda:InvokeFunction (condition lambda:InvokedViaFunctionUrl) that Function URLs also require.
      (this.alias ?? this.function).grantInvokeUrl(grantee);
    }
  }

  /** A policy of the function's role, in place before the function can run, as the default policy is. */
  private addRolePolicy(id: string, statements: PolicyStatement[]): Policy {
    const policy = new Policy(this, id, { statements, roles: [this.role] });
    (this.function.node.defaultChild as CfnResource).addResourceDependency(
      policy.node.defaultChild as CfnResource,
    );
    return policy;
  }

  /** A user pool for auth `cognito` when none is passed in. */
  private createUserPool(): UserPool {
    const userPool = new UserPool(this, "UserPool", {
      // Users are invited by an administrator; turn this on for a public sign-up page.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
    });
    Validations.of(userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "The Plus feature plan (threat protection) is billed per monthly active user; the default Essentials plan keeps a new API free to try. Set featurePlan PLUS before production traffic and remove this acknowledgement.",
    });
    return userPool;
  }

  private authorizer(props: FastApiProps): IHttpRouteAuthorizer | undefined {
    switch (this.auth) {
      case "iam":
        return new HttpIamAuthorizer();
      case "cognito":
        return new HttpUserPoolAuthorizer("Authorizer", this.userPool!, {
          userPoolClients: props.userPoolClients ?? [
            this.userPool!.addClient("Client", {
              authFlows: { userSrp: true },
              generateSecret: false,
            }),
          ],
        });
      case "none":
        return undefined;
    }
  }

  private createHttpApi(props: FastApiProps): HttpApi {
    // The $default stage is added by createDefaultStage, with access logging, which HttpApi's own
    // default stage cannot have.
    const api = new HttpApi(this, "Api", {
      apiName: props.apiName,
      description: `${props.apiName} (FastAPI on Lambda)`,
      createDefaultStage: false,
      // API Gateway answers CORS preflight (OPTIONS) itself, before any authorizer runs; that is why
      // the routes below list their methods instead of using ANY, which would include OPTIONS.
      corsPreflight: {
        allowOrigins: props.allowedOrigins ?? ["*"],
        allowMethods: [CorsHttpMethod.ANY],
        allowHeaders: CORS_HEADERS,
        maxAge: Duration.hours(1),
      },
    });
    const authorizer = this.authorizer(props);
    const integration = new HttpLambdaIntegration(
      "Integration",
      this.alias ?? this.function,
    );
    const methods = [
      HttpMethod.GET,
      HttpMethod.POST,
      HttpMethod.PUT,
      HttpMethod.PATCH,
      HttpMethod.DELETE,
      HttpMethod.HEAD,
    ];
    for (const path of ["/", "/{proxy+}"]) {
      const routes = api.addRoutes({ path, methods, integration, authorizer });
      if (this.auth === "none") {
        for (const route of routes) {
          Validations.of(route).acknowledge({
            id: "AwsSolutions-APIG4",
            reason:
              'The API was generated with auth "none": it is public on purpose, and the application itself decides what each caller may do.',
          });
        }
      }
    }
    return api;
  }

  private createDefaultStage(
    logRetention: RetentionDays,
    throttle: ThrottleSettings | undefined,
  ): HttpStage {
    const accessLogs = new LogGroup(this, "AccessLogs", {
      retention: logRetention,
    });
    skipCheckov(accessLogs, [
      [
        "CKV_AWS_158",
        "CloudWatch Logs encrypts every log group at rest; a customer-managed KMS key adds cost and a key policy and is worth it only for regulated data.",
      ],
    ]);
    return this.api!.addStage("DefaultStage", {
      stageName: "$default",
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // One JSON object per request, so CloudWatch Logs Insights can query the fields.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: "$context.requestId",
            ip: "$context.identity.sourceIp",
            requestTime: "$context.requestTime",
            httpMethod: "$context.httpMethod",
            routeKey: "$context.routeKey",
            path: "$context.path",
            status: "$context.status",
            protocol: "$context.protocol",
            responseLength: "$context.responseLength",
            integrationLatency: "$context.integrationLatency",
            integrationError: "$context.integrationErrorMessage",
            authorizerError: "$context.authorizer.error",
            userAgent: "$context.identity.userAgent",
          }),
        ),
      },
    });
  }

  private createFunctionUrl(
    architecture: Architecture,
    props: FastApiProps,
  ): FunctionUrl {
    // The Lambda Web Adapter runs run.sh (the handler), waits until uvicorn answers on PORT (its
    // readiness check requests "/", and any status below 500 counts as ready), then turns each
    // invocation into an HTTP request and streams the response back.
    const layerName =
      architecture.name === Architecture.ARM_64.name
        ? "LambdaAdapterLayerArm64"
        : "LambdaAdapterLayerX86";
    this.function.addLayers(
      LayerVersion.fromLayerVersionArn(
        this,
        "WebAdapter",
        Stack.of(this).formatArn({
          service: "lambda",
          account: "753240598075",
          resource: "layer",
          resourceName: `${layerName}:${LAMBDA_WEB_ADAPTER_LAYER_VERSION}`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ),
    );
    this.function.addEnvironment("AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap");
    this.function.addEnvironment("AWS_LWA_INVOKE_MODE", "response_stream");
    this.function.addEnvironment("AWS_LWA_PORT", WEB_ADAPTER_PORT);
    this.function.addEnvironment("PORT", WEB_ADAPTER_PORT);

    const allowedOrigins = props.allowedOrigins ?? ["*"];
    const url = (this.alias ?? this.function).addFunctionUrl({
      authType:
        this.auth === "none"
          ? FunctionUrlAuthType.NONE
          : FunctionUrlAuthType.AWS_IAM,
      invokeMode: InvokeMode.RESPONSE_STREAM,
      cors: {
        allowedOrigins,
        allowedMethods: [FunctionUrlMethod.ALL],
        allowedHeaders: CORS_HEADERS,
        maxAge: Duration.hours(1),
      },
    });
    if (allowedOrigins.includes("*")) {
      skipCheckov(this.function, [
        [
          "CKV2_AWS_75",
          "CORS lets browser code from any origin call the URL, but it does not bypass auth: with IAM auth every request must still be SigV4-signed. Narrow it with allowedOrigins once the site's origin is known.",
        ],
      ]);
    }
    if (this.auth === "none") {
      skipCheckov(url, [
        [
          "CKV_AWS_258",
          'The API was generated with auth "none": its Function URL is public on purpose.',
        ],
      ]);
    }
    return url;
  }
}

/** A checkov check that does not apply, and why: checkov's `id` and `comment`. */
interface CheckovSkip {
  readonly id: string;
  readonly comment: string;
}

/**
 * Records checkov checks that do not apply, with the reason, in the resource's CloudFormation metadata,
 * where checkov reads them; the reason travels with the template.
 */
function skipCheckov(
  scope: Construct,
  checks: [id: string, reason: string][],
): void {
  const resource = scope.node.defaultChild as CfnResource;
  const existing = resource.getMetadata("checkov") as
    { skip: CheckovSkip[] } | undefined;
  const skip = checks.map(([id, comment]): CheckovSkip => ({ id, comment }));
  resource.addMetadata("checkov", {
    skip: [...(existing?.skip ?? []), ...skip],
  });
}
