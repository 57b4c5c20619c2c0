// The engine's story, shared by the action and the CLI: request → plan → apply.

import { statSync } from 'node:fs';
import { applyPlan } from './apply/apply.js';
import { planGeneration, type Plan, type Tool } from './plan/plan.js';
import { loadTemplates } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import { parseRequest, type RawRequest } from './request/request.js';
import { TEMPLATES_DIR, toolInfo } from './tool.js';

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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
