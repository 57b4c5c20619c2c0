import { describe, expect, it } from 'vitest';
import { fenced } from '../../src/report/markdown.js';

describe('fenced', () => {
  it('uses a fence longer than any backtick run in the text', () => {
    expect(fenced('a ````` b')).toBe('``````text\na ````` b\n``````');
    expect(fenced('plain')).toBe('```text\nplain\n```');
  });
});
