import type { Heading, List, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Exports read back by a CommonMark parser (micromark), as GitHub, Obsidian and site generators would. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown);
}

export function textOf(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function all<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) found.push(n);
    if ('children' in n) (n.children as Nodes[]).forEach(walk);
  };
  walk(node);
  return found as Extract<Nodes, { type: T }>[];
}

/** `## Text` lines as [depth, text] pairs, in document order. */
export function headings(root: Root): [number, string][] {
  return all(root, 'heading').map((h: Heading) => [h.depth, textOf(h)]);
}

/** How deep each list item sits in lists: 1 for a top-level item, 2 for an item of a list inside it, … */
export function itemDepths(root: Root): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  const walk = (n: Nodes, depth: number) => {
    if (n.type === 'listItem') {
      const first = (n as ListItem).children[0];
      out.push({ depth, text: first ? textOf(first) : '' });
    }
    const next = n.type === 'list' ? depth + 1 : depth;
    if ('children' in n) (n.children as Nodes[]).forEach((c) => walk(c, next));
  };
  walk(root, 0);
  return out;
}

export type { List, ListItem };
