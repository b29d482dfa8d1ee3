import { useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import type { Mark } from '../../lib/share/who';
import { pickSummary, possessive } from '../../lib/share/words';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  title: string;
  marks: readonly Mark[] | undefined;
}

/** Under a session row: who of the colleagues picked it; each name opens their rating, tags and note (as text). */
export function ColleaguePicks({ title, marks }: Props) {
  const [open, setOpen] = useState<string>();
  const [status, setStatus] = useState('');
  if (!marks?.length) return null;
  const shown = marks.find((m) => m.layer.id === open);
  const copy = async (m: Mark) => {
    try {
      const { changed } = await send({ type: 'colleagues/copy', id: m.layer.id, keys: [m.pick.key] });
      setStatus(changed ? 'Copied to your notes.' : 'Your notes already have all of it.');
    } catch (e) {
      setStatus(`Could not copy: ${errorMessage(e)}`);
    }
  };
  return (
    <div class="tm-colleague-line">
      <span class="tm-muted">Picked by</span>
      {marks.map((m) => {
        const badge = `${m.pick.rating !== null ? ` ${m.pick.rating}★` : ''}${m.pick.note.trim() ? ' ✎' : ''}`;
        return (
          <button
            key={m.layer.id}
            type="button"
            aria-expanded={open === m.layer.id}
            // The visible text leads the name (WCAG label in name), then which session it is about.
            aria-label={`${m.layer.name}${badge} — pick of ${title}`}
            onClick={() => (setOpen(open === m.layer.id ? undefined : m.layer.id), setStatus(''))}
          >
            <span class="tm-name">{m.layer.name}</span>
            {badge}
          </button>
        );
      })}
      {shown && (
        <div class="tm-colleague-pick" role="group" aria-label={`${possessive(shown.layer.name)} pick`}>
          <p>
            <span class="tm-name">{shown.layer.name}</span>: {pickSummary(shown.pick)}
          </p>
          {shown.pick.note.trim() && <p>{shown.pick.note}</p>}
          <button type="button" aria-label={`Copy to my notes: ${possessive(shown.layer.name)} pick of ${title}`} onClick={() => void copy(shown)}>
            Copy to my notes
          </button>
          <span class="tm-status" role="status">
            {status}
          </span>
        </div>
      )}
    </div>
  );
}
