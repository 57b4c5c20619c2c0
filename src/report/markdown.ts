// Markdown pieces every report sent to GitHub shares.

/** A fence longer than any run of backticks in `text`, so quoted text cannot close it. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}
