/** Visible text of a node without the parts matching `skip`, with white space folded. */
export function textWithout(node: Node, skip: string): string {
  let out = '';
  const walk = (n: Node) => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (!el.matches(skip)) walk(el);
      }
    }
  };
  walk(node);
  return fold(out);
}

/** Folds white space as HTML rendering does: ASCII white space only, so a title's no-break spaces stay. */
export function fold(text: string | null | undefined): string {
  const value = text ?? '';
  // Most text is folded already (entries are folded when parsed): finding that out is cheaper than rewriting it.
  if (!/[\t\n\r\f]| {2}|^ | $/.test(value)) return value;
  return value.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** A string cut to `max` characters, so a hostile page cannot push megabytes through a field. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
