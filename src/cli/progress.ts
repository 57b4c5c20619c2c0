// What the CLI says on stderr while the checks run: a line as each check starts and one as it ends, with its
// duration; on a terminal also a status line of the checks still running, redrawn in place, and colour
// (unless NO_COLOR is set). Stdout stays for the result, so `--json` output is one document.

import { formatDuration } from '../report/checks.js';
import type { CheckResult, CheckStatus } from '../verify/types.js';

/** stderr as a terminal: raw writes (no newline added) and its width. */
export interface Terminal {
  readonly write: (text: string) => void;
  readonly columns: number;
}

type Started = Pick<CheckResult, 'name' | 'project' | 'command'>;

export interface CheckProgress {
  readonly onCheckStart: (check: Started) => void;
  readonly onCheck: (result: CheckResult) => void;
  /** Clears the status line; the lines printed so far stay. */
  readonly stop: () => void;
}

const CLEAR_LINE = '\r\x1b[2K';
const REDRAW_MS = 250;
const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
const COLOURS: Record<CheckStatus | 'started', string> = {
  passed: '\x1b[32m',
  failed: '\x1b[31m',
  skipped: '\x1b[33m',
  started: '\x1b[2m',
};
const RESET = '\x1b[0m';

/** Whether to colour what goes to `terminal`: https://no-color.org says any non-empty NO_COLOR turns it off. */
export function useColour(terminal: Terminal | undefined, env: NodeJS.ProcessEnv): boolean {
  return terminal !== undefined && !env.NO_COLOR;
}

function line(
  status: CheckStatus | 'started',
  check: Started,
  colour: boolean,
  ms?: number,
): string {
  const word = status.padEnd(7);
  const time = ms === undefined ? '' : ` (${formatDuration(ms)})`;
  return `  ${colour ? `${COLOURS[status]}${word}${RESET}` : word} ${check.name} in ${check.project}${time}`;
}

/**
 * Progress for one verify run. `say` prints a whole line to stderr; with a terminal the status line is drawn
 * below the printed lines and redrawn as time passes.
 */
export function checkProgress(
  say: (text: string) => void,
  terminal: Terminal | undefined,
  colour: boolean,
): CheckProgress {
  const running = new Map<string, { check: Started; since: number }>();
  const key = (check: Started) => `${check.project}\0${check.name}`;
  let frame = 0;
  const status = (): string => {
    if (running.size === 0) return '';
    const list = [...running.values()]
      .map(
        ({ check, since }) =>
          `${check.name} (${formatDuration(Math.round(performance.now() - since))})`,
      )
      .join(', ');
    const text = `${SPINNER[frame % SPINNER.length]} running ${list}`;
    const fitted =
      text.length >= terminal!.columns ? `${text.slice(0, terminal!.columns - 2)}…` : text;
    return colour ? `\x1b[36m${fitted}${RESET}` : fitted;
  };
  const print = (text: string): void => {
    if (!terminal) return say(text);
    terminal.write(`${CLEAR_LINE}${text}\n${status()}`);
  };
  const timer = terminal
    ? setInterval(() => {
        frame += 1;
        terminal.write(`${CLEAR_LINE}${status()}`);
      }, REDRAW_MS)
    : undefined;
  timer?.unref();
  return {
    onCheckStart: (check) => {
      running.set(key(check), { check, since: performance.now() });
      print(line('started', check, colour));
    },
    onCheck: (result) => {
      running.delete(key(result));
      print(
        line(
          result.status,
          result,
          colour,
          result.status === 'skipped' ? undefined : result.durationMs,
        ),
      );
    },
    stop: () => {
      clearInterval(timer);
      terminal?.write(CLEAR_LINE);
    },
  };
}
