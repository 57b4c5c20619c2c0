// The one channel for errors a person can fix: `UserError`, thrown by whichever stage finds the problem and
// caught once at each edge, where it becomes a one-line message (the CLI's stderr, the action's annotation and
// status comment) and an exit code. Anything else thrown is ours or the machine's (a write that failed, GitHub
// or git failing, a bug).
//
// Why one error type rather than result values: every stage stops at its first problem and the stories are
// straight sequences of steps, so an exception says "stop here" without each step re-wrapping what the step
// below returned; and bugs are exceptions anyway, so each edge has one catch that sorts the two.

/** A problem with the request or the workspace that the person who asked can fix; its message says how. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Exit codes of both edges: 0 done, 1 failed (a check, GitHub, the machine, a bug), 2 a request to fix. */
export const EXIT = { ok: 0, failed: 1, userError: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  return error instanceof UserError ? EXIT.userError : EXIT.failed;
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
