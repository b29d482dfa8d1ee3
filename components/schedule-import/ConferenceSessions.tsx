import { useMemo, useState } from 'preact/hooks';
import { annotationsOf } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { conferenceEntries } from '../../lib/db/sessions';
import { byTime, dayHeading, dayOf, groupBy } from '../../lib/model/display';
import { SessionRow } from '../session/SessionRow';
import { useLive } from '../hooks/use-live';

async function load(conference: string) {
  const db = getDb();
  const [entries, annotations] = await Promise.all([conferenceEntries(db, conference), annotationsOf(db, conference)]);
  return { entries: entries.sort(byTime), annotationsByKey: new Map(annotations.map((a) => [a.key, a])) };
}

interface Props {
  conference: string;
  name: string;
  suggestions: readonly string[];
}

/** Every session of one conference, annotated or not, by event-local day: the schedule without its page. */
export function ConferenceSessions({ conference, name, suggestions }: Props) {
  const live = useLive(() => load(conference), [conference]);
  const [filter, setFilter] = useState('');
  const [starredOnly, setStarredOnly] = useState(false);
  const shown = useMemo(() => {
    if (live.status !== 'ready') return [];
    const needle = filter.trim().toLowerCase();
    return live.value.entries.filter(
      (e) =>
        (!starredOnly || live.value.annotationsByKey.get(e.key)?.starred) &&
        (!needle || `${e.title} ${e.room ?? ''} ${e.track ?? ''} ${e.speakers.map((s) => s.name).join(' ')}`.toLowerCase().includes(needle)),
    );
  }, [live, filter, starredOnly]);
  if (live.status === 'loading') return <p class="tm-muted">Loading sessions…</p>;
  if (live.status === 'error') return <p role="alert">Could not read the sessions: {live.error}</p>;
  return (
    <div class="tm-conference-sessions">
      <div class="tm-filters">
        <input type="search" placeholder="Filter by title, room, track or speaker" aria-label={`Filter the sessions of ${name}`} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        <label>
          <input type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.currentTarget.checked)} /> Starred only
        </label>
        <span class="tm-muted">
          {shown.length} of {live.value.entries.length}
        </span>
      </div>
      {[...groupBy(shown, (e) => dayOf(e))].map(([day, group]) => (
        <section key={day ?? 'none'} class="tm-day">
          <h4>{dayHeading(day)}</h4>
          <ul class="tm-sessions">
            {group.map((entry) => (
              <SessionRow key={entry.key} entry={entry} annotation={live.value.annotationsByKey.get(entry.key)} suggestions={suggestions} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
