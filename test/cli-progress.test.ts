// What `generate` says while it works, against stand-in tools: the plan first, then each check as it starts
// and ends on stderr; on a terminal a status line redrawn in place, coloured unless NO_COLOR is set.
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli.js';
import { tempWorkspace } from './helpers.js';
import { installStubs } from './verify/stubs.js';

async function generate(args: string[], io: Partial<CliIo> = {}, env?: NodeJS.ProcessEnv) {
  const stubs = installStubs();
  const events: Array<{ stream: 'out' | 'err' | 'tty'; text: string }> = [];
  const code = await runCli(['generate', '--name', 'orders', ...args], {
    out: (text) => events.push({ stream: 'out', text }),
    err: (text) => events.push({ stream: 'err', text }),
    cwd: tempWorkspace(),
    env: { ...stubs.env, ...env },
    ...io,
  });
  const text = (stream: string) =>
    events
      .filter((event) => event.stream === stream)
      .map((event) => event.text)
      .join('\n');
  return { code, events, out: text('out'), err: text('err'), tty: text('tty') };
}

const ANSI_COLOUR = /\x1b\[\d+m/;

describe('generate: progress', () => {
  it('prints the plan before the checks, and a line as each check starts and as it ends', async () => {
    const { code, events, err } = await generate([]);
    expect(code).toBe(0);
    const firstOut = events.find((event) => event.stream === 'out')!;
    const firstCheck = events.findIndex((event) => event.text.includes('uv-'));
    expect(firstOut.text).toMatch(/└── orders\.json\s+\+ generated/);
    expect(events.indexOf(firstOut)).toBeLessThan(firstCheck);
    const lines = err.split('\n');
    for (const check of ['uv-lock', 'uv-sync', 'pytest', 'npm-install', 'cdk-synth']) {
      const started = lines.findIndex(
        (line) => /^ {2}started /.test(line) && line.includes(` ${check} in `),
      );
      const ended = lines.findIndex((line) =>
        new RegExp(`^ {2}passed +${check} in \\S+ \\(\\d+(\\.\\d)? m?s\\)$`).test(line),
      );
      expect(started, check).toBeGreaterThan(-1);
      expect(ended, check).toBeGreaterThan(started);
    }
    expect(err).not.toMatch(ANSI_COLOUR);
    expect(err).not.toContain('\r');
  });

  it('keeps stdout one JSON document with --json, the progress on stderr', async () => {
    const { code, out, err } = await generate(['--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, verify: 'passed' });
    expect(err).toMatch(/^ {2}passed +pytest in packages\/orders/m);
  });

  it('on a terminal, redraws a status line of the running checks in place, in colour', async () => {
    const tty: string[] = [];
    const { code, err } = await generate([], {
      terminal: { write: (text) => tty.push(text), columns: 100 },
    });
    expect(code).toBe(0);
    const drawn = tty.join('');
    expect(drawn).toMatch(/\r\x1b\[2K {2}\x1b\[2mstarted\x1b\[0m uv-lock in packages\/orders\n/);
    expect(drawn).toMatch(
      /\r\x1b\[2K {2}\x1b\[32mpassed \x1b\[0m uv-lock in packages\/orders \(\d+/,
    );
    expect(drawn).toMatch(/\n\x1b\[36m. running [^\n]*uv-lock \(\d+/);
    // The status line is cleared at the end, and the checks' lines went to the terminal, not through err.
    expect(drawn.endsWith('\r\x1b[2K')).toBe(true);
    expect(err).not.toContain('uv-lock');
  });

  it('has no colour on a terminal when NO_COLOR is set', async () => {
    const tty: string[] = [];
    const { code } = await generate(
      [],
      { terminal: { write: (text) => tty.push(text), columns: 100 } },
      { NO_COLOR: '1' },
    );
    expect(code).toBe(0);
    const drawn = tty.join('');
    expect(drawn).toContain('\r\x1b[2K  passed  uv-lock in packages/orders');
    expect(drawn).toMatch(/\n. running /);
    expect(drawn).not.toMatch(ANSI_COLOUR);
  });
});
