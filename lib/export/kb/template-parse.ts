/**
 * A logic-less template language, the part of Mustache a note needs: `{{name}}` (escaped for where it stands),
 * `{{{name}}}` or `{{& name}}` (as written, in the Markdown body), `{{#name}}…{{/name}}` (a list, or a condition),
 * `{{^name}}…{{/name}}` (when empty or missing), `{{! comment}}`, dotted names and `{{.}}`. Partials and delimiter
 * changes are left out: a template is one box in a dialog. A line holding only a section or comment tag leaves no
 * blank line behind, as in Mustache.
 */
export type Node =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string; raw: boolean; at: number }
  | { type: 'section'; name: string; inverted: boolean; children: Node[]; at: number };

export class TemplateError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const NAME = /^(\.|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

function fail(source: string, at: number, reason: string): never {
  const before = source.slice(0, at).split('\n');
  throw new TemplateError(reason, before.length, before[before.length - 1]!.length + 1);
}

/** Where the line holding [start, end) begins and ends, when nothing but spaces shares it with the tag. */
function standalone(source: string, start: number, end: number): { from: number; to: number } | undefined {
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', end);
  const to = newline < 0 ? source.length : newline + 1;
  const alone = /^[ \t]*$/.test(source.slice(from, start)) && /^[ \t]*\r?$/.test(source.slice(end, newline < 0 ? source.length : newline));
  return alone ? { from, to } : undefined;
}

interface Open {
  name: string;
  inverted: boolean;
  children: Node[];
  at: number;
}

/** The template as a tree, or a TemplateError naming the line and column of the first problem. */
export function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  const stack: Open[] = [];
  const into = () => (stack.length ? stack[stack.length - 1]!.children : root);
  let pos = 0;
  let textFrom = 0;
  const flushText = (to: number) => {
    if (to > textFrom) into().push({ type: 'text', text: source.slice(textFrom, to) });
  };
  while ((pos = source.indexOf('{{', pos)) >= 0) {
    const triple = source.startsWith('{{{', pos);
    const close = triple ? '}}}' : '}}';
    const end = source.indexOf(close, pos + close.length);
    if (end < 0) fail(source, pos, `"${triple ? '{{{' : '{{'}" is never closed with "${close}"`);
    const inner = source.slice(pos + close.length, end);
    if (inner.includes('{{')) fail(source, pos, `"{{" is never closed with "${close}"`);
    const after = end + close.length;
    const sigil = triple ? '{' : /^[#^/!&>=]/.test(inner.trim()) ? inner.trim()[0]! : '';
    const name = (sigil && !triple ? inner.trim().slice(1) : inner).trim();
    if (sigil === '>' || sigil === '=') fail(source, pos, sigil === '>' ? 'partials are not supported' : 'changing the delimiters is not supported');
    if (sigil !== '!' && !NAME.test(name)) fail(source, pos, name ? `"${name}" is not a field name` : 'empty tag');
    const block = sigil === '#' || sigil === '^' || sigil === '/' || sigil === '!';
    const line = block ? standalone(source, pos, after) : undefined;
    flushText(line ? line.from : pos);
    textFrom = line ? line.to : after;
    if (sigil === '#' || sigil === '^') {
      const section: Open = { name, inverted: sigil === '^', children: [], at: pos };
      into().push({ type: 'section', ...section });
      stack.push(section);
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) fail(source, pos, `"{{/${name}}}" closes nothing`);
      if (open.name !== name) fail(source, pos, `"{{/${name}}}" closes "{{${open.inverted ? '^' : '#'}${open.name}}}", which it does not match`);
    } else if (sigil !== '!') {
      into().push({ type: 'var', name, raw: triple || sigil === '&', at: pos });
    }
    pos = after;
  }
  flushText(source.length);
  const open = stack.pop();
  if (open) fail(source, open.at, `"{{${open.inverted ? '^' : '#'}${open.name}}}" is never closed`);
  return root;
}
