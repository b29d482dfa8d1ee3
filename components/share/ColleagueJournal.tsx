import type { ColleagueLayer } from '../../lib/model/colleague';
import { possessive } from '../../lib/share/words';
import { longDay } from '../../lib/util/time';

/**
 * A colleague's shared journal under their layer, folded: the whole conference first, then each day. Shown as
 * plain text (never as Markdown or HTML): it was written by someone else.
 */
export function ColleagueJournal({ layer }: { layer: ColleagueLayer }) {
  if (!layer.journal?.length) return null;
  return (
    <details class="tm-colleague-journal">
      <summary>{possessive(layer.name)} journal</summary>
      {layer.journal.map((entry) => (
        <section key={entry.day ?? 'conference'} aria-label={`${possessive(layer.name)} journal: ${entry.day ? longDay(entry.day) : 'the whole conference'}`}>
          <h4>{entry.day ? longDay(entry.day) : 'The whole conference'}</h4>
          <p>{entry.note}</p>
        </section>
      ))}
    </details>
  );
}
