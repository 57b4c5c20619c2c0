{{! scaffold owner=generated }}
// Where the URLs of a stack's APIs are collected for whatever needs them after deployment (a website, a
// test run, another service).

import { CfnOutput, Lazy, Stack } from "aws-cdk-lib";
import { Construct, type IConstruct } from "constructs";

/** What a stack publishes about its APIs: `{ apis: { OrdersApi: "https://…" } }`. */
export interface RuntimeConfigValues {
  readonly apis: Record<string, string>;
}

/**
 * One per stack, created by the first API that registers itself.
 *
 * It publishes the stack output `RuntimeConfig`, the JSON of every registered API URL, resolved at deploy
 * time. `cdk deploy --outputs-file cdk-outputs.json` writes it where a frontend build can read it; each API
 * also has its own `<ApiName>Url` output for people and scripts.
 */
export class RuntimeConfig extends Construct {
  /** The stack's RuntimeConfig, created on first use. */
  static ensure(scope: IConstruct): RuntimeConfig {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(RuntimeConfig.ID);
    if (existing instanceof RuntimeConfig) return existing;
    return new RuntimeConfig(stack, RuntimeConfig.ID);
  }

  private static readonly ID = "RuntimeConfig";

  private readonly apis: Record<string, string> = {};

  private constructor(scope: Stack, id: string) {
    super(scope, id);
    const output = new CfnOutput(this, "Json", {
      description: "URLs of this stack's APIs, as JSON",
      // Lazy: APIs created after this construct still make it into the output.
      value: Lazy.string({
        produce: () => Stack.of(this).toJsonString(this.values),
      }),
    });
    // A fixed output name that clients can look up, instead of one derived from the construct path.
    output.overrideLogicalId("RuntimeConfig");
  }

  /** Everything registered so far. */
  get values(): RuntimeConfigValues {
    return { apis: { ...this.apis } };
  }

  /** Records an API's URL under its name; a name can be used once per stack. */
  registerApi(name: string, url: string): void {
    if (name in this.apis) {
      throw new Error(
        `an API named ${name} is already registered in this stack`,
      );
    }
    this.apis[name] = url;
  }
}
