{{! scaffold owner=generated }}
import { Architecture } from "aws-cdk-lib/aws-lambda";
import type { Construct } from "constructs";
import { FastApi, type FastApiOptions } from "../../core/fast-api";

/**
 * {{name}}: the FastAPI project in {{projectRoot}}, served by Lambda behind
{{#httpApi}}
 * an API Gateway HTTP API.
{{/httpApi}}
{{#functionUrl}}
 * a Function URL that streams responses.
{{/functionUrl}}
 *
 * Its defaults are the choices made when it was generated; pass props to change them, e.g.
 * `new {{className}}(this, "{{className}}", { memorySize: 1024 })`.
 */
export class {{className}} extends FastApi {
  constructor(scope: Construct, id: string, props: FastApiOptions = {}) {
    super(scope, id, {
      apiName: "{{className}}",
      projectRoot: "{{projectRoot}}",
      moduleName: "{{moduleName}}",
      apiType: "{{apiType}}",
      auth: "{{auth}}",
{{#arm64}}
      architecture: Architecture.ARM_64,
{{/arm64}}
{{#x86_64}}
      architecture: Architecture.X86_64,
{{/x86_64}}
      ...props,
    });
  }
}
