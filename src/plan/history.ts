// The template sets of the versions whose records hold hashes only (schema 1), kept with the tool so their
// workspaces still get a true 3-way merge on upgrade: rendered with the answers a record names, they give back
// what that version wrote, and only a rendering whose hash the record lists is trusted as the base.
// Records of schema 2 carry their base themselves and need none of this.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeaderText } from './render.js';
import { templateSet, type TemplateFile, type TemplateSet } from './templates.js';

/** One archived version, as kept in `templates-history/<version>.json`. */
export interface ArchivedTemplates {
  readonly version: string;
  /** The digest its records name, over `files` in this order. */
  readonly digest: string;
  /** Its generated-file header, `{name}` and `{version}` standing for the tool's. */
  readonly header: readonly string[];
  readonly files: readonly TemplateFile[];
}

export interface EarlierTemplates {
  readonly set: TemplateSet;
  readonly header: HeaderText;
}

/** Finds the archived templates a record's digest names. */
export type TemplateHistory = (digest: string) => EarlierTemplates | undefined;

export function archivedTemplates(archive: ArchivedTemplates): EarlierTemplates {
  const set = templateSet(archive.files, { strict: false });
  if (set.digest !== archive.digest) {
    throw new Error(`archived templates of ${archive.version} do not hash to their digest`);
  }
  return {
    set,
    header: (view) =>
      archive.header.map((line) =>
        line.replaceAll('{name}', view.toolName).replaceAll('{version}', view.toolVersion),
      ),
  };
}

/** The archive in `dir`, read on first use (only an upgrade of a schema 1 workspace needs it). */
export function templateHistory(dir: string): TemplateHistory {
  let byDigest: Map<string, ArchivedTemplates> | undefined;
  return (digest) => {
    if (!byDigest) {
      byDigest = new Map();
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        // no archive shipped: schema 1 files fall back to their hashes
      }
      for (const name of names) {
        const archive = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ArchivedTemplates;
        byDigest.set(archive.digest, archive);
      }
    }
    const archive = byDigest.get(digest);
    return archive && archivedTemplates(archive);
  };
}
