// Draws a list of file paths as an indented tree, the way a reviewer reads a new project.

import { byCodeUnit } from '../plan/templates.js';

export interface TreeEntry {
  readonly path: string;
  /** Shown after the name, e.g. "+ generated". */
  readonly note?: string;
}

interface Node {
  readonly children: Map<string, Node>;
  note?: string;
  isFile: boolean;
}

function insert(root: Node, entry: TreeEntry): void {
  let node = root;
  for (const part of entry.path.split('/')) {
    let child = node.children.get(part);
    if (!child) {
      child = { children: new Map(), isFile: false };
      node.children.set(part, child);
    }
    node = child;
  }
  node.isFile = true;
  node.note = entry.note;
}

// Case-insensitive, then by code unit: the same order on every machine (localeCompare follows the locale, and
// its first call sets up ICU's collator, a good part of a short CLI run).
function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x !== y ? byCodeUnit(x, y) : byCodeUnit(a, b);
}

export function renderTree(entries: readonly TreeEntry[]): string {
  const root: Node = { children: new Map(), isFile: false };
  for (const entry of entries) insert(root, entry);
  const lines: string[] = [];
  const width = Math.max(0, ...entries.map((entry) => entry.path.length)) + 4;
  const visit = (node: Node, prefix: string, depth: number): void => {
    const names = [...node.children.keys()].sort((a, b) => {
      const aDir = !node.children.get(a)!.isFile;
      const bDir = !node.children.get(b)!.isFile;
      return aDir === bDir ? byName(a, b) : aDir ? -1 : 1;
    });
    names.forEach((name, index) => {
      const child = node.children.get(name)!;
      const last = index === names.length - 1;
      const label = `${prefix}${last ? '└── ' : '├── '}${name}${child.isFile ? '' : '/'}`;
      lines.push(child.note ? `${label.padEnd(width)} ${child.note}` : label);
      visit(child, `${prefix}${last ? '    ' : '│   '}`, depth + 1);
    });
  };
  visit(root, '', 0);
  return lines.join('\n');
}
