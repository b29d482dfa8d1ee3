/** Visible text of a node without the elements `skip` picks (a selector, or a predicate where speed matters), folded. */
export function textWithout(node: Node, skip: string | ((el: Element) => boolean)): string {
  const skipped = typeof skip === 'string' ? (el: Element) => el.matches(skip) : skip;
  let out = '';
  const walk = (n: Node) => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !skipped(child as Element)) walk(child);
    }
  };
  walk(node);
  return fold(out);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/**
 * Folds white space as HTML rendering does: ASCII white space only, so a title's no-break spaces stay.
 * Runs on every entry of a page: plain scans first, a regex only for text that needs one (a regex over a
 * DOM string costs microseconds, several times the scans).
 */
export function fold(text: string | null | undefined): string {
  const s = text ?? '';
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  const inner = start > 0 || end < s.length ? s.slice(start, end) : s;
  const plain = !inner.includes('  ') && !inner.includes('\n') && !inner.includes('\t') && !inner.includes('\r') && !inner.includes('\f');
  return plain ? inner : inner.replace(/[ \t\n\r\f]+/g, ' ');
}

/** A string cut to `max` characters, so a hostile page cannot push megabytes through a field. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const blocks = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'section']);

/** Text of a block of prose with its paragraphs and line breaks kept, white space folded within lines. */
export function blockText(node: Node, skip?: Node): string {
  let out = '';
  const walk = (n: Node) => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child === skip) continue;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'br') out += '\n';
        else if (name === 'script' || name === 'style') continue;
        else if (blocks.has(name)) {
          out += '\n\n';
          walk(child);
          out += '\n\n';
        } else walk(child);
      }
    }
  };
  walk(node);
  return out
    .split('\n')
    .map((line) => fold(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
