import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PYTHON_STDLIB_MODULES } from '../../src/request/python-stdlib.js';

describe('PYTHON_STDLIB_MODULES', () => {
  it("covers the running interpreter's standard library", () => {
    const names = JSON.parse(
      execFileSync(
        'python3',
        ['-c', 'import json, sys; print(json.dumps(sorted(sys.stdlib_module_names)))'],
        {
          encoding: 'utf8',
        },
      ),
    ) as string[];
    expect(names.length).toBeGreaterThan(200);
    expect(names.filter((name) => !PYTHON_STDLIB_MODULES.has(name))).toEqual([]);
  });
});
