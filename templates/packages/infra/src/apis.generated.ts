{{! scaffold owner=generated }}
// Every API of the workspace. The stack (src/stack.ts) calls addApis once; the generator adds each new API
// to API_CLASSES, so the stack deploys it without being edited.

import * as common from "common-constructs";
import type { Construct } from "constructs";

export const API_CLASSES = {
{{#apis}}
  {{className}}: common.{{className}},
{{/apis}}
};

export type ApiName = keyof typeof API_CLASSES;

export type Apis = {
  readonly [Name in ApiName]: InstanceType<(typeof API_CLASSES)[Name]>;
};

/** Settings to change per API; anything left out keeps the API's generated defaults. */
export type ApiOptions = {
  readonly [Name in ApiName]?: common.FastApiOptions;
};

/** Creates every API in `scope`, each with the construct id of its class name. */
export function addApis(scope: Construct, options: ApiOptions = {}): Apis {
  const names = Object.keys(API_CLASSES) as ApiName[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      new API_CLASSES[name](scope, name, options[name]),
    ]),
  ) as Apis;
}
