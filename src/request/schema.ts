// The one definition of what a person can ask for. action.yml, the workflow_dispatch form, the issue form
// and the CLI flags are all checked against these lists by test/request/schema-drift.test.ts.

export interface InputOption {
  readonly value: string;
  readonly description: string;
}

export interface InputSpec {
  /** The id used by action.yml, the dispatch form, the issue form and the CLI flag (`--<id>`). */
  readonly id: FormInputId | SettingInputId;
  readonly label: string;
  readonly description: string;
  readonly required: boolean;
  readonly default?: string;
  readonly options?: readonly InputOption[];
}

export type RequestInputId = 'name' | 'directory' | 'api-type' | 'auth' | 'architecture';
/** What the forms and action.yml ask: the operation, then the request. */
export type FormInputId = 'operation' | RequestInputId;
/** What action.yml takes from the workflow, never from a requester: settings of the repository. */
export type SettingInputId = 'workspace';

export const OPERATIONS = ['generate', 'update'] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const API_TYPES = ['http-api', 'function-url'] as const;
export const AUTH_MODES = ['iam', 'cognito', 'none'] as const;
export const ARCHITECTURES = ['arm64', 'x86_64'] as const;

export type ApiType = (typeof API_TYPES)[number];
export type AuthMode = (typeof AUTH_MODES)[number];
export type Architecture = (typeof ARCHITECTURES)[number];

export const REQUEST_INPUTS: readonly (InputSpec & { readonly id: RequestInputId })[] = [
  {
    id: 'name',
    label: 'API name',
    description:
      'Name of the API, in any case style: "orders-api", "OrdersApi", "orders_api" and "Orders API" all give the project orders-api, module orders_api and class OrdersApi.',
    required: true,
  },
  {
    id: 'directory',
    label: 'Directory',
    description: 'Directory of the workspace, relative to its root, that holds the API project.',
    required: false,
    default: 'packages',
  },
  {
    id: 'api-type',
    label: 'API type',
    description: 'How the API is exposed.',
    required: false,
    default: 'http-api',
    options: [
      {
        value: 'http-api',
        description: 'API Gateway HTTP API in front of the function (Mangum handler)',
      },
      {
        value: 'function-url',
        description: 'Lambda Function URL with response streaming (Lambda Web Adapter)',
      },
    ],
  },
  {
    id: 'auth',
    label: 'Authentication',
    description: 'Who may call the API.',
    required: false,
    default: 'iam',
    options: [
      { value: 'iam', description: 'AWS IAM (SigV4-signed requests)' },
      { value: 'cognito', description: 'Amazon Cognito user pool (JWT); HTTP API only' },
      { value: 'none', description: 'Public: anyone on the internet can call it' },
    ],
  },
  {
    id: 'architecture',
    label: 'Lambda architecture',
    description: 'Instruction set of the Lambda function.',
    required: false,
    default: 'arm64',
    options: [
      { value: 'arm64', description: 'AWS Graviton (cheaper per GB-second)' },
      { value: 'x86_64', description: 'Intel/AMD x86_64' },
    ],
  },
];

/**
 * Generate a new API or update one the workspace has. The CLI spells it as its command word
 * (`fastapi-scaffold update`), so it is not among the request's flags.
 */
export const OPERATION_INPUT: InputSpec = {
  id: 'operation',
  label: 'Operation',
  description:
    'Generate a new API, or update one this repository already has. An update keeps the API where it is, re-renders it with the templates of this version and the options given, and merges your edits; an option left empty keeps its recorded value.',
  required: false,
  default: 'generate',
  options: [
    { value: 'generate', description: 'Create a new API' },
    {
      value: 'update',
      description:
        'Change or upgrade an API this repository has; the options are its settings after the update',
    },
  ],
};

/** action.yml, the workflow_dispatch form and the issue form ask these, in this order. */
export const FORM_INPUTS: readonly InputSpec[] = [OPERATION_INPUT, ...REQUEST_INPUTS];

/**
 * Where the repository keeps its service workspace (package.json, packages/, .scaffold/): a setting of the
 * repository, not of a request. `fastapi-scaffold init --workspace W` writes it into the workflows it sets up,
 * so the forms never ask it; the CLI's own `--workspace` is a path on the machine instead.
 */
export const WORKSPACE_INPUT: InputSpec & {
  readonly id: SettingInputId;
  readonly default: string;
} = {
  id: 'workspace',
  label: 'Workspace',
  description:
    'Directory of the repository, relative to its top level, that holds the service workspace (its package.json, packages/ and .scaffold/). fastapi-scaffold init writes it into the workflows when the workspace is not the top level.',
  required: false,
  default: '.',
};

/** action.yml takes these besides FORM_INPUTS; the workflows set them, the forms do not ask them. */
export const SETTING_INPUTS: readonly InputSpec[] = [WORKSPACE_INPUT];

export function inputSpec(id: FormInputId): InputSpec {
  const spec = FORM_INPUTS.find((input) => input.id === id);
  if (!spec) throw new Error(`unknown input ${id}`);
  return spec;
}
