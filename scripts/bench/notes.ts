// The part of the profile notes that BENCHMARKS.md carries: what the time the targets miss is made of.

import { readFileSync } from 'node:fs';

const NOTES = new URL('./NOTES.md', import.meta.url);
const SECTION = '## What remains, and what it buys';

export function profileSection(): string {
  const text = readFileSync(NOTES, 'utf8');
  const start = text.indexOf(SECTION);
  if (start < 0) throw new Error(`scripts/bench/NOTES.md has no "${SECTION}" section`);
  // To the next section of the same level, or the end: the notes go on with the verify figure's profile.
  const rest = text.slice(start + SECTION.length);
  const next = rest.search(/^## /m);
  const body = (next < 0 ? rest : rest.slice(0, next)).trim();
  return `## Where the warm invocation time goes (from scripts/bench/NOTES.md)\n\n${body}\n`;
}
