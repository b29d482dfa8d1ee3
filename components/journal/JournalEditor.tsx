import { getDb } from '../../lib/db/database';
import { journalsOf, saveJournal } from '../../lib/db/journal';
import { journalId } from '../../lib/model/journal';
import { longDay } from '../../lib/util/time';
import { useLive } from '../hooks/use-live';
import { NoteEditor } from '../session/NoteEditor';

interface Props {
  conference: string;
  /** The event-local day; absent: the journal of the whole conference. */
  day?: string;
  /** The conference's name, for the whole conference's journal. */
  name?: string;
  heading?: string;
  /** Offers *Insert time* (the side panel). */
  stamp?: () => string;
}

/** A free Markdown note on one day of a conference, or on the whole of it, saving itself as the session notes do. */
export function JournalEditor({ conference, day, name, heading, stamp }: Props) {
  const live = useLive(() => journalsOf(getDb(), conference), [conference]);
  if (live.status === 'loading') return null;
  const id = journalId(conference, day);
  const title = day ? `the journal of ${longDay(day)}` : `the journal of ${name ?? conference}`;
  return (
    <section class="tm-journal" aria-label={`Journal: ${day ? longDay(day) : (name ?? conference)}`}>
      <h3>{heading ?? (day ? `Journal of ${longDay(day)}` : 'Journal of the whole conference')}</h3>
      {live.status === 'error' && <p role="alert">Could not read the journal: {live.error}</p>}
      <NoteEditor
        key={id}
        note={live.status === 'ready' ? (live.value.find((j) => j.id === id)?.note ?? '') : ''}
        title={title}
        onSave={(note, base) => saveJournal(getDb(), conference, day, note, base).then((saved) => saved.note)}
        stamp={stamp}
      />
    </section>
  );
}
