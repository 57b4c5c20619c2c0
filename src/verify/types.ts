// What a check of a generated project reports. Shared by the verify stage (which produces it) and the
// reports that show it (CLI, PR body, job summary).

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  /** Short id, e.g. `ruff-check`, `pytest`, `tsc`, `construct-tests`, `cdk-synth`. */
  readonly name: string;
  /** Project the check ran in, relative to the workspace root, e.g. `packages/orders-api`. */
  readonly project: string;
  /** The command as a person would type it. */
  readonly command: string;
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** Test counts where the tool reports them. */
  readonly counts?: { readonly passed: number; readonly failed: number; readonly skipped: number };
  /** Why it was skipped, or the tail of its output when it failed (trimmed). */
  readonly detail?: string;
}
