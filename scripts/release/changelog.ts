// Reads the notes of one version out of CHANGELOG.md, kept in the Keep a Changelog format
// (https://keepachangelog.com/en/1.1.0/): `## [X.Y.Z] - YYYY-MM-DD` headings, newest first, link
// references at the end.

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text under the heading of `version`, up to the next version's heading or the link references, trimmed;
 * undefined when there is no such heading or nothing under it (an empty section is no release note).
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${escaped(version)}\\]?(\\s+-\\s+\\S.*)?\\s*$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line));
  const section = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return section === '' ? undefined : section;
}
