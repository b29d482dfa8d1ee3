/**
 * The user's note is their Markdown and goes out as written. These helpers only make it safe to place: inside a
 * list item (indented) or between sessions, where an unclosed code fence would swallow the rest of the document.
 */

// `s`: a line ends only at LF here (CR is normalised away), as in CommonMark; `.` must take U+2028 and U+2029 too.
const fenceLine = /^( *)(`{3,}|~{3,})(.*)$/s;

/**
 * Tabs in a line's block prefix (indentation, list and quote markers) become spaces at 4-column stops: a tab's
 * width depends on its column, so indenting the note would otherwise change which list a line belongs to.
 */
function expandPrefix(line: string): string {
  const prefix = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)![0];
  if (!prefix.includes('\t')) return line;
  let out = '';
  for (const c of prefix) out += c === '\t' ? ' '.repeat(4 - (out.length % 4)) : c;
  return out + line.slice(prefix.length);
}

interface Fence {
  indent: number;
  marker: string;
}

/** Walks the lines, telling for each whether it is inside (or is) a fenced code block. */
function walkFences(lines: readonly string[], visit: (line: string, inFence: boolean, index: number) => void): Fence | undefined {
  let open: Fence | undefined;
  for (const [i, line] of lines.entries()) {
    const m = fenceLine.exec(line);
    if (!open && m && !(m[2]![0] === '`' && m[3]!.includes('`'))) {
      open = { indent: m[1]!.length, marker: m[2]! };
      visit(line, true, i);
    } else if (open && m && m[2]![0] === open.marker[0] && m[2]!.length >= open.marker.length && !m[3]!.trim()
      // A closing fence sits at most 3 columns right of the opening one; further right it is code.
      && m[1]!.length <= open.indent + 3) {
      open = undefined;
      visit(line, true, i);
    } else visit(line, !!open, i);
  }
  return open;
}

/** The note ready to place: line ends normalised, prefix tabs expanded, blank edges dropped, open fence closed. */
export function noteBlock(note: string): string {
  const raw = note.replace(/\r\n?/g, '\n').split('\n');
  const expanded = raw.map(expandPrefix);
  // Inside a code block a tab is content and stays; fences are found on the expanded lines.
  const lines: string[] = [];
  const open = walkFences(expanded, (line, inFence, i) => lines.push(inFence && !fenceLine.test(line) ? raw[i]! : line));
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  if (open) lines.push(' '.repeat(open.indent) + open.marker);
  return lines.map((l) => (l.trim() ? l : '')).join('\n');
}

/** A line's inline content without its list, task, quote or heading marker. */
function content(line: string): string {
  return line
    .trim()
    .replace(/^(?:>\s?)+/, '')
    // A marker or task box with nothing after it (trimmed away above) is a marker all the same: `- #tag`, `* [ ] `.
    .replace(/^(?:[-*+]|\d{1,9}[.)])(?:\s+|$)(?:\[[ xX]\](?:\s+|$))?/, '')
    .replace(/^#{1,6}\s+/, '')
    .trim();
}

const hashtags = new Map<string, RegExp>();
function hashtag(tag: string): RegExp {
  let pattern = hashtags.get(tag);
  if (!pattern) {
    pattern = new RegExp(`(^|[\\s(])#${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');
    hashtags.set(tag, pattern);
  }
  return pattern;
}

/** The lines of a note outside code blocks: where tags are marked and prose is found. */
export function proseLines(note: string): string[] {
  const prose: string[] = [];
  walkFences(noteBlock(note).split('\n'), (line, inFence) => {
    if (!inFence && line) prose.push(line);
  });
  return prose;
}

/** The prose lines marked `#tag`, without the marker: what a closing tag section gathers. */
export function markedLines(prose: readonly string[], tag: string): string[] {
  const pattern = hashtag(tag);
  const found: string[] = [];
  for (const line of prose) {
    if (!pattern.test(line)) continue;
    const text = content(line.replace(pattern, '$1')).replace(/\s{2,}/g, ' ');
    if (text) found.push(text);
  }
  return found;
}

/** The first line of prose, as the gist of a talk in a closing tag section. */
export function firstLine(prose: readonly string[]): string | undefined {
  for (const line of prose) {
    const text = content(line);
    if (text) return text;
  }
  return undefined;
}
