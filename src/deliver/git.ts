// A thin wrapper around the git CLI. The token travels in the environment (GIT_CONFIG_*), never on a command
// line, and is scrubbed from anything git prints.

import { execFile } from 'node:child_process';

export interface GitAuth {
  /** e.g. https://github.com: the extra header applies to this host only. */
  readonly serverUrl: string;
  readonly token: string;
}

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type Git = (
  args: readonly string[],
  options?: { allowFailure?: boolean },
) => Promise<GitResult>;

export class GitError extends Error {
  constructor(
    message: string,
    readonly result: GitResult,
  ) {
    super(message);
  }
}

/**
 * Git's configuration for the token. `actions/checkout` persists its own token as
 * `http.<server>/.extraheader` (in v6, in a file included from .git/config); a second Authorization header
 * makes GitHub answer 400, so ours first resets that list (an empty value clears it) and then adds itself.
 */
function authEnvironment(auth: GitAuth): Record<string, string> {
  const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

export function redactor(secrets: readonly string[]): (text: string) => string {
  const hidden = secrets
    .filter((secret) => secret.length > 0)
    .flatMap((secret) => [secret, Buffer.from(`x-access-token:${secret}`).toString('base64')]);
  return (text) => hidden.reduce((result, secret) => result.split(secret).join('***'), text);
}

export function git(
  cwd: string,
  options: { auth?: GitAuth; env?: Record<string, string> } = {},
): Git {
  const redact = redactor(options.auth ? [options.auth.token] : []);
  // The caller's GIT_AUTHOR_*/GIT_COMMITTER_* would override the identity a commit names with `-c user.*`:
  // the generator's commits must carry the generator's identity, which later runs check.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^GIT_(AUTHOR|COMMITTER)_/.test(name)),
  );
  const env = {
    ...inherited,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
    ...options.env,
    ...(options.auth ? authEnvironment(options.auth) : {}),
  };
  return (args, { allowFailure = false } = {}) =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        [...args],
        { cwd, env, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          const result = { code, stdout: redact(String(stdout)), stderr: redact(String(stderr)) };
          if (code !== 0 && !allowFailure) {
            const detail = result.stderr.trim().split('\n').slice(-3).join(' | ');
            reject(new GitError(`git ${args[0]} failed (exit ${code}): ${detail}`, result));
            return;
          }
          resolve(result);
        },
      );
    });
}
