// Synthesizes the whole stack, every API included, and runs the same AwsSolutions checks as `cdk synth`.

import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { ApplicationStack } from "../src/stack";

describe("ApplicationStack", () => {
  // "aws:cdk:bundling-stacks" = []: the Python bundles are not built here; `cdk synth` builds them.
  // No built-in CloudFormation validation either: `cdk synth` runs it, and cdk.json makes its findings
  // errors there; in a test app its findings are only warnings, and starting it costs seconds.
  const app = new App({
    context: { "aws:cdk:bundling-stacks": [] },
    builtinCloudFormationValidation: false,
  });
  const stack = new ApplicationStack(app, "ApplicationStack");
  const template = Template.fromStack(stack);

  it("deploys every generated API and publishes its URL", () => {
    const names = Object.keys(stack.apis);
    expect(names.length).toBeGreaterThan(0);
    template.resourceCountIs("AWS::Lambda::Function", names.length);
    for (const name of names) template.hasOutput(`${name}Url`, {});
  });

  it("passes the AwsSolutions checks", () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations).toEqual([]);
  });
});
