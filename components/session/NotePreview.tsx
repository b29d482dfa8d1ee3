import { useMemo } from 'preact/hooks';
import { parseNote, type Block, type Inline } from '../../lib/util/note-markdown';

/** Elements built from parsed data, never from HTML: a note's text is only ever text here. */
function inline(nodes: readonly Inline[]) {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'br':
        return <br key={i} />;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.children)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.children)}
          </a>
        );
    }
  });
}

function block(b: Block, i: number) {
  switch (b.kind) {
    case 'p':
      return <p key={i}>{inline(b.inline)}</p>;
    case 'quote':
      return <blockquote key={i}>{inline(b.inline)}</blockquote>;
    // Not real headings: a note's "# Ideas" must not enter the page's outline between rows.
    case 'heading':
      return (
        <p key={i} class={`tm-md-heading tm-md-h${Math.min(b.level, 3)}`}>
          <strong>{inline(b.inline)}</strong>
        </p>
      );
    case 'ul':
    case 'ol': {
      const List = b.kind;
      return <List key={i}>{b.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</List>;
    }
    case 'code':
      return (
        <pre key={i}>
          <code>{b.text}</code>
        </pre>
      );
  }
}

/** A note rendered from its Markdown (the subset in lib/util/note-markdown.ts). */
export function NotePreview({ note, title }: { note: string; title: string }) {
  const blocks = useMemo(() => parseNote(note), [note]);
  return (
    <div class="tm-note-preview" role="region" aria-label={`Preview of the notes on ${title}`}>
      {blocks.length ? blocks.map(block) : <p class="tm-muted">Nothing written yet.</p>}
    </div>
  );
}
