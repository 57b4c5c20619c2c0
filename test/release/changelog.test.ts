// scripts/release/changelog.ts: the notes of one version in CHANGELOG.md, and that the changelog has notes for
// the version package.json names, which the release workflow would otherwise refuse only when it runs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changelogSection } from '../../scripts/release/changelog.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const CHANGELOG = `# Changelog

## [Unreleased]

- Something not released yet.

## [1.10.0] - 2026-12-24

### Added

- A feature.

## [1.1.0] - 2026-12-01

- The first.

[unreleased]: https://example.com/compare/v1.10.0...HEAD
[1.10.0]: https://example.com/compare/v1.1.0...v1.10.0
`;

describe('changelogSection', () => {
  it('is the text under the version’s heading, up to the next heading', () => {
    expect(changelogSection(CHANGELOG, '1.10.0')).toBe('### Added\n\n- A feature.');
  });

  it('ends the last section at the link references', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- The first.');
  });

  it('matches the version exactly: 1.1.0 is not 1.10.0, and a dot is a dot', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toBeUndefined();
    expect(changelogSection(CHANGELOG.replace('[1.1.0]', '[1x1x0]'), '1.1.0')).toBeUndefined();
  });

  it('finds no notes in an empty section', () => {
    expect(
      changelogSection('## [2.0.0] - 2027-01-01\n\n## [1.0.0]\n- x\n', '2.0.0'),
    ).toBeUndefined();
  });

  it('reads a heading without brackets or date, and CRLF line endings', () => {
    expect(changelogSection('## 2.0.0\r\n\r\n- Without brackets.\r\n', '2.0.0')).toBe(
      '- Without brackets.',
    );
  });

  it('CHANGELOG.md has notes for the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      version: string;
    };
    expect(changelogSection(readFileSync(`${ROOT}CHANGELOG.md`, 'utf8'), version)).toMatch(/\S/);
  });
});
