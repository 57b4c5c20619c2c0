// The engine's story, shared by the action and the CLI: request → plan → apply → verify.

import { statSync } from 'node:fs';
import { applyPlan } from './apply/apply.js';
import { planGeneration, type Plan, type Tool } from './plan/plan.js';
import { loadTemplates } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import { parseRequest, type RawRequest } from './request/request.js';
import { TEMPLATES_DIR, toolInfo } from './tool.js';
import type { CheckResult } from './verify/types.js';
import { verifyWorkspace, type VerifyOptions } from './verify/verify.js';

export interface GenerateOptions {
  readonly workspace: string;
  readonly dryRun?: boolean;
  readonly templatesDir?: string;
  readonly tool?: Tool;
}

/** `request` and `plan` failures are the requester's to fix (exit 2); `apply` failures are ours or the machine's. */
export type GenerateStage = 'request' | 'plan' | 'apply';

export type GenerateOutcome =
  | {
      readonly ok: true;
      readonly plan: Plan;
      readonly written: readonly string[];
      readonly dryRun: boolean;
    }
  | {
      readonly ok: false;
      readonly stage: GenerateStage;
      readonly error: string;
      readonly plan?: Plan;
    };

export function generate(raw: RawRequest, options: GenerateOptions): GenerateOutcome {
  const request = parseRequest(raw);
  if (!request.ok) return { ok: false, stage: 'request', error: request.error };

  if (!isDirectory(options.workspace)) {
    return {
      ok: false,
      stage: 'request',
      error: `workspace ${options.workspace} is not a directory`,
    };
  }

  const templates = loadTemplates(options.templatesDir ?? TEMPLATES_DIR);
  const plan = planGeneration(
    request.value,
    templates,
    diskWorkspace(options.workspace),
    options.tool ?? toolInfo(),
  );
  if (!plan.ok) return { ok: false, stage: 'plan', error: plan.error };
  if (options.dryRun) return { ok: true, plan: plan.value, written: [], dryRun: true };

  const applied = applyPlan(options.workspace, plan.value.files);
  if (!applied.ok) return { ok: false, stage: 'apply', error: applied.error, plan: plan.value };
  return { ok: true, plan: plan.value, written: applied.value.written, dryRun: false };
}

export type VerifiedOutcome =
  | (Extract<GenerateOutcome, { ok: true }> & {
      /** The generated project's checks; null when they did not run (dry run, or verify turned off). */
      readonly checks: readonly CheckResult[] | null;
    })
  | Extract<GenerateOutcome, { ok: false }>;

/**
 * `generate`, then the verify stage on what it wrote. A failed check does not undo the write: the outcome
 * stays `ok` (the files are there) and the failure is in `checks`.
 */
export async function generateAndVerify(
  raw: RawRequest,
  options: GenerateOptions & { readonly verify?: false | VerifyOptions },
): Promise<VerifiedOutcome> {
  const outcome = generate(raw, options);
  if (!outcome.ok) return outcome;
  if (outcome.dryRun || options.verify === false) return { ...outcome, checks: null };
  const checks = await verifyWorkspace(options.workspace, outcome.plan, options.verify ?? {});
  return { ...outcome, checks };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
