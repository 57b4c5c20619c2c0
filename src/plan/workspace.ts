// Read-only view of the workspace a plan is made against.

import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS_DIR } from '../layout.js';

export type FileState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'file'; readonly content: string }
  | { readonly kind: 'symlink' | 'directory' | 'other' };

export interface WorkspaceReader {
  /** State of a path relative to the workspace root, not following a final symlink. */
  file(path: string): FileState;
  /** Paths (relative) of the APIs' provenance records, sorted (not the shared record). */
  recordPaths(): string[];
}

export function diskWorkspace(root: string): WorkspaceReader {
  return {
    file(path) {
      const full = join(root, path);
      let stat;
      try {
        stat = lstatSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
        throw error;
      }
      if (stat.isSymbolicLink()) return { kind: 'symlink' };
      if (stat.isDirectory()) return { kind: 'directory' };
      if (!stat.isFile()) return { kind: 'other' };
      return { kind: 'file', content: readFileSync(full, 'utf8') };
    },
    recordPaths() {
      let names: string[];
      try {
        names = readdirSync(join(root, RECORDS_DIR));
      } catch {
        return [];
      }
      return names
        .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
        .sort()
        .map((name) => `${RECORDS_DIR}/${name}`);
    },
  };
}
