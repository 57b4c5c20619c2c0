// Synthesizes the whole stack, every API included, and runs the same AwsSolutions checks as `cdk synth`.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, describe, expect, it } from "vitest";
import { ApplicationStack } from "../src/stack";

describe("ApplicationStack", () => {
  // The assembly goes to a directory removed afterwards: without `outdir` CDK writes it to a new
  // temporary directory and leaves it there.
  const outdir = mkdtempSync(join(tmpdir(), "stack-test-"));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  // "aws:cdk:bundling-stacks" = []: the Python bundles are not built here; `cdk synth` builds them.
  // No built-in CloudFormation validation either: `cdk synth` runs it, and cdk.json makes its findings
  // errors there; in a test app its findings are only warnings, and starting it costs seconds.
  const app = new App({
    outdir,
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
