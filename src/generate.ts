// The local story, shared by the CLI and the action's worktree: plan → apply, for a new API
// (generate) or an existing one (update: an option change, an upgrade to these templates, or both).
// A request or workspace problem throws a UserError; a failed write throws a plain Error and leaves the
// workspace as it was.

import { statSync } from 'node:fs';
import { applyPlan } from './apply/apply.js';
import { UserError } from './errors.js';
import {
  planGeneration,
  planUpdate,
  type AnswerChanges,
  type Plan,
  type PlanOptions,
  type Tool,
} from './plan/plan.js';
import { templateHistory, type TemplateHistory } from './plan/history.js';
import { HISTORY_DIR } from './tool.js';
import type { TemplateSet } from './plan/templates.js';
import { diskWorkspace } from './plan/workspace.js';
import type { ApiRequest } from './request/request.js';

export interface GenerateOptions {
  readonly workspace: string;
  readonly templates: TemplateSet;
  readonly tool: Tool;
  readonly dryRun?: boolean;
  /** Earlier versions' templates; defaults to the archive shipped with the tool. */
  readonly history?: TemplateHistory;
}

export interface Generated {
  readonly plan: Plan;
  /** Paths written (created, updated, merged, left with conflicts); none on a dry run. */
  readonly written: readonly string[];
  /** Paths removed (no longer generated, untouched); none on a dry run. */
  readonly removed: readonly string[];
  readonly dryRun: boolean;
}

/** What `update` is asked: the API by any spelling of its name, and the options to change. */
export interface UpdateRequest {
  readonly name: string;
  readonly changes: AnswerChanges;
}

function applied(plan: Plan, options: GenerateOptions): Generated {
  if (options.dryRun) return { plan, written: [], removed: [], dryRun: true };
  const { written, removed } = applyPlan(options.workspace, plan.files);
  return { plan, written, removed, dryRun: false };
}

function planOptions(options: GenerateOptions): PlanOptions {
  return { history: options.history ?? shippedHistory };
}

const shippedHistory = templateHistory(HISTORY_DIR);

function workspaceOf(options: GenerateOptions) {
  if (!isDirectory(options.workspace)) {
    throw new UserError(`workspace ${options.workspace} is not a directory`);
  }
  return diskWorkspace(options.workspace);
}

export function generate(request: ApiRequest, options: GenerateOptions): Generated {
  const workspace = workspaceOf(options);
  return applied(
    planGeneration(request, options.templates, workspace, options.tool, planOptions(options)),
    options,
  );
}

export function update(request: UpdateRequest, options: GenerateOptions): Generated {
  const workspace = workspaceOf(options);
  const plan = planUpdate(
    request.name,
    request.changes,
    options.templates,
    workspace,
    options.tool,
    planOptions(options),
  );
  return applied(plan, options);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
