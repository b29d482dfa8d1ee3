/**
 * The Markdown subset a note's preview shows, read into plain data: paragraphs (a line break stays one, as notes
 * are written), headings, bullet and numbered lists, quotes, code fences; inline `code`, **strong**, *emphasis*
 * and [links](https://…). Everything else is text. Nothing here is HTML: the preview builds elements from this
 * data, so markup in a note (`<img onerror>`) is shown as the characters typed, and a link goes only to http(s)
 * or mailto addresses (a `javascript:` link stays text).
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'br' }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'p' | 'quote'; inline: Inline[] }
  | { kind: 'heading'; level: number; inline: Inline[] }
  | { kind: 'ul' | 'ol'; items: Inline[][] }
  | { kind: 'code'; text: string };

/** http(s) and mailto only, as a URL the browser parses the same way: anything else is no link. */
export function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const INLINE: readonly { kind: 'code' | 'strong' | 'em' | 'link'; re: RegExp }[] = [
  { kind: 'code', re: /`([^`\n]+)`/y },
  { kind: 'link', re: /\[([^\]\n]+)\]\(([^)\s]+)\)/y },
  { kind: 'strong', re: /(?:\*\*|__)(?=\S)([^\n]+?)(?<=\S)(?:\*\*|__)/y },
  { kind: 'em', re: /[*_](?=\S)([^*_\n]+?)(?<=\S)[*_]/y },
];

/** Inline markup of one block's text; `\n` is a line break. */
export function parseInline(text: string, inLink = false): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => (plain && out.push({ kind: 'text', text: plain }), (plain = ''));
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '\n') {
      flush();
      out.push({ kind: 'br' });
      i++;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#>-]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const hit = '`[*_'.includes(ch) ? matchAt(text, i, inLink) : undefined;
    if (!hit) {
      plain += ch;
      i++;
      continue;
    }
    flush();
    out.push(hit.node);
    i += hit.length;
  }
  flush();
  return out;
}

function matchAt(text: string, at: number, inLink: boolean): { node: Inline; length: number } | undefined {
  for (const { kind, re } of INLINE) {
    if (kind === 'link' && inLink) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'code') return { node: { kind, text: m[1]! }, length: m[0].length };
    if (kind === 'link') {
      const href = safeHref(m[2]!);
      // A link to a refused address keeps its text and drops the address.
      return { node: href ? { kind, href, children: parseInline(m[1]!, true) } : { kind: 'text', text: m[1]! }, length: m[0].length };
    }
    return { node: { kind, children: parseInline(m[1]!, inLink) }, length: m[0].length };
  }
  return undefined;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** A note's blocks, line by line. */
export function parseNote(note: string): Block[] {
  const lines = note.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const endPara = () => {
    if (para.length) blocks.push({ kind: 'p', inline: parseInline(para.join('\n')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      endPara();
      const body: string[] = [];
      // An unclosed fence runs to the end of the note, as in CommonMark.
      while (++i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i]!);
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    const list = BULLET.exec(line) ? 'ul' : NUMBERED.exec(line) ? 'ol' : undefined;
    const quote = QUOTE.exec(line);
    if (!line.trim()) endPara();
    else if (heading) {
      endPara();
      blocks.push({ kind: 'heading', level: heading[1]!.length, inline: parseInline(heading[2]!) });
    } else if (list) {
      endPara();
      const item = parseInline((list === 'ul' ? BULLET : NUMBERED).exec(line)![1]!);
      const last = blocks.at(-1);
      if (last?.kind === list) last.items.push(item);
      else blocks.push({ kind: list, items: [item] });
    } else if (quote) {
      endPara();
      const last = blocks.at(-1);
      const text = quote[1]!;
      if (last?.kind === 'quote' && lines[i - 1] !== undefined && QUOTE.test(lines[i - 1]!)) last.inline.push({ kind: 'br' }, ...parseInline(text));
      else blocks.push({ kind: 'quote', inline: parseInline(text) });
    } else para.push(line);
  }
  endPara();
  return blocks;
}
