// The workspace setting, as init's --workspace and the action's workspace input both read it.

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseWorkspace } from '../../src/request/workspace.js';

describe('parseWorkspace', () => {
  it('gives a directory relative to the repository top level, "." for the top itself', () => {
    expect(parseWorkspace('services', 'input workspace')).toBe('services');
    expect(parseWorkspace(' ./apps//services/ ', 'input workspace')).toBe('apps/services');
    expect(parseWorkspace('platform.v2', 'input workspace')).toBe('platform.v2');
    expect(parseWorkspace('.', 'input workspace')).toBe('.');
    expect(parseWorkspace('', 'input workspace')).toBe('.');
  });

  it.each([
    [
      '/srv/services',
      'input workspace "/srv/services" must be a directory inside the repository, relative to its top level',
    ],
    [
      'C:/services',
      'input workspace "C:/services" must be a directory inside the repository, relative to its top level',
    ],
    [
      'apps\\services',
      'input workspace "apps\\\\services" must be a directory inside the repository, relative to its top level',
    ],
    [
      'services/../..',
      'input workspace "services/../.." must be a directory inside the repository, relative to its top level, without ".."',
    ],
    [
      'my services',
      'input workspace "my services": each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"',
    ],
    [
      'services/*',
      'input workspace "services/*": each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"',
    ],
    [
      '-rf',
      'input workspace "-rf": each part must start with a letter or digit and contain only letters, digits, ".", "-" and "_"',
    ],
  ])('refuses %j in one line a person can act on', (raw, message) => {
    let error: unknown;
    try {
      parseWorkspace(raw, 'input workspace');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(message);
  });
});
