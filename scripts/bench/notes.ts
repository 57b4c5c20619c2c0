// The part of the profile notes that BENCHMARKS.md carries: what the time the targets miss is made of.

import { readFileSync } from 'node:fs';

const NOTES = new URL('./NOTES.md', import.meta.url);
const SECTION = '## What remains, and what it buys';

export function profileSection(): string {
  const text = readFileSync(NOTES, 'utf8');
  const start = text.indexOf(SECTION);
  if (start < 0) throw new Error(`scripts/bench/NOTES.md has no "${SECTION}" section`);
  const body = text.slice(start + SECTION.length).trim();
  return `## Where the warm invocation time goes (from scripts/bench/NOTES.md)\n\n${body}\n`;
}
