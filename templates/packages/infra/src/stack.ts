// The stack that deploys the workspace's APIs. This file is yours: the generator writes it once and never
// again. Each new API reaches it through apis.generated.ts, which the generator keeps up to date.

import { Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { addApis, type Apis } from "./apis.generated";

export class ApplicationStack extends Stack {
  /** Every generated API by class name, e.g. `this.apis.OrdersApi.grantInvokeAccess(role)`. */
  readonly apis: Apis;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // Change an API's settings here rather than in generated code (FastApiOptions in
    // common/constructs/src/core/fast-api.ts lists them, each with its default), for example:
    //   addApis(this, {
    //     OrdersApi: {
    //       memorySize: 1024,
    //       reservedConcurrentExecutions: 50,
    //       provisionedConcurrentExecutions: 2,
    //       throttle: { rateLimit: 100, burstLimit: 200 },
    //     },
    //   })
    this.apis = addApis(this);
  }
}
