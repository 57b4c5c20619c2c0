// The local story, shared by the CLI and the action's worktree: plan → apply → verify for a parsed request.
// A request or workspace problem throws a UserError; a failed write throws a plain Error and leaves the
// workspace as it was.

import { statSync } from 'node:fs';
import { applyPlan } from './apply/apply.js';
import { UserError } from './errors.js';
import { planGeneration, type Plan, type Tool } from './plan/plan.js';
import type { TemplateSet } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import type { ApiRequest } from './request/request.js';
import type { CheckResult } from './verify/types.js';
import { verifyWorkspace, type VerifyOptions } from './verify/verify.js';

export interface GenerateOptions {
  readonly workspace: string;
  readonly templates: TemplateSet;
  readonly tool: Tool;
  readonly dryRun?: boolean;
}

export interface Generated {
  readonly plan: Plan;
  /** Paths written (created or updated); none on a dry run. */
  readonly written: readonly string[];
  readonly dryRun: boolean;
}

export function generate(request: ApiRequest, options: GenerateOptions): Generated {
  if (!isDirectory(options.workspace)) {
    throw new UserError(`workspace ${options.workspace} is not a directory`);
  }
  const plan = planGeneration(
    request,
    options.templates,
    diskWorkspace(options.workspace),
    options.tool,
  );
  if (options.dryRun) return { plan, written: [], dryRun: true };
  const { written } = applyPlan(options.workspace, plan.files);
  return { plan, written, dryRun: false };
}

export interface Verified extends Generated {
  /** The generated project's checks; null when they did not run (dry run, or verify turned off). */
  readonly checks: readonly CheckResult[] | null;
}

/**
 * `generate`, then the verify stage on what it wrote. A failed check does not undo the write: the files are
 * there, and the failure is in `checks`.
 */
export async function generateAndVerify(
  request: ApiRequest,
  options: GenerateOptions & { readonly verify?: false | VerifyOptions },
): Promise<Verified> {
  const generated = generate(request, options);
  if (generated.dryRun || options.verify === false) return { ...generated, checks: null };
  const checks = await verifyWorkspace(
    options.workspace,
    { apis: [generated.plan.request], infra: true },
    options.verify ?? {},
  );
  return { ...generated, checks };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
