// The CDK app: one stack holding every API of the workspace, checked by cdk-nag before anything is
// synthesized.

import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { ApplicationStack } from "../src/stack";

const app = new App();

// No `env`: the stack is environment-agnostic, so `cdk synth` needs no AWS credentials or lookups, and
// `cdk deploy` uses the account and region of the credentials it runs with. Pin them with
// `env: { account: "123456789012", region: "eu-west-1" }` once the stack needs lookups.
new ApplicationStack(app, "ApplicationStack");

// cdk-nag's AwsSolutions pack runs as a policy-validation plugin: any violation that is not
// acknowledged (Validations.of(construct).acknowledge({ id, reason })) fails `cdk synth`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
