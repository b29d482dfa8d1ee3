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

/** Folds white space as HTML rendering does: ASCII white space only, so a title's no-break spaces stay. */
export function fold(text: string | null | undefined): string {
  let out = (text ?? '').replace(/[ \t\n\r\f]+/g, ' ');
  if (out.charCodeAt(0) === 32) out = out.slice(1);
  if (out.charCodeAt(out.length - 1) === 32) out = out.slice(0, -1);
  return out;
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
