// The workspace setting: where in the repository its service workspace is. One check for init's --workspace and
// the action's workspace input, since init writes the one into the workflows that pass the other.

import { UserError } from '../errors.js';

/**
 * `raw` as a directory relative to the repository's top level, `/`-separated and without `.` segments (`.` for
 * the top level itself); `setting` is how the person spelled it (`--workspace`, `input workspace`). The value
 * ends up in paths, workflow path filters and YAML, so each part is a plain name.
 */
export function parseWorkspace(raw: string, setting: string): string {
  const value = raw.trim();
  const parts = value.split('/').filter((part) => part !== '' && part !== '.');
  const inside = `${setting} ${JSON.stringify(value)} must be a directory inside the repository, relative to its top level`;
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.includes('\\'))
    throw new UserError(inside);
  if (parts.includes('..')) throw new UserError(`${inside}, without ".."`);
  const odd = parts.find((part) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(part));
  if (odd !== undefined) {
    throw new UserError(
      `${setting} ${JSON.stringify(value)}: each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"`,
    );
  }
  return parts.length === 0 ? '.' : parts.join('/');
}
