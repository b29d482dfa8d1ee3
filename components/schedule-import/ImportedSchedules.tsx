import { useState } from 'preact/hooks';
import { getDb, type StoredConference } from '../../lib/db/database';
import { removeScheduleImport } from '../../lib/db/schedules';
import { importedConferences } from '../../lib/db/conferences';
import { useLive } from '../hooks/use-live';
import { ConferenceSessions } from './ConferenceSessions';
import { errorMessage } from '../../lib/util/errors';
import { RemoveSample } from '../sample/RemoveSample';

/** Conferences the user imported, each with all its sessions on demand. */
export function ImportedSchedules({ suggestions }: { suggestions: readonly string[] }) {
  const live = useLive(() => importedConferences(getDb()), []);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    <section class="tm-imported" aria-labelledby="tm-imported-title">
      <h2 id="tm-imported-title">Imported schedules</h2>
      {live.value.map((c) => (
        <ImportedConference key={c.id} conference={c} suggestions={suggestions} />
      ))}
    </section>
  );
}

function ImportedConference({ conference, suggestions }: { conference: StoredConference; suggestions: readonly string[] }) {
  const info = conference.imported!;
  // The sample exists to be tried: its sessions are shown at once, ready to star.
  const [open, setOpen] = useState(info.sample === true);
  const [error, setError] = useState('');
  const when = new Date(info.at).toLocaleString();
  return (
    <article class="tm-imported-conference" data-conference={conference.id}>
      <div class="tm-conference-head">
        <h3>
          {conference.name}
          {info.sample && <span class="tm-sample-label"> Sample</span>}
        </h3>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide sessions' : `Show all ${info.sessions} sessions`}
        </button>
        {info.sample ? (
          <RemoveSample conference={conference.id} name={conference.name} />
        ) : (
          <button
            type="button"
            aria-label={`Remove the imported schedule of ${conference.name}`}
            onClick={() => void removeScheduleImport(getDb(), conference.id).catch((e: unknown) => setError(errorMessage(e)))}
          >
            Remove
          </button>
        )}
      </div>
      <p class="tm-muted">
        {info.sessions} sessions from <span class="tm-from">{info.from}</span>, {when}. Times shown in {info.zoneNote ?? conference.timeZone}.{' '}
        {info.sample ? 'A sample bundled with Talkmarks: removing it takes everything you annotated in it.' : 'Removing keeps the sessions you annotated.'}
      </p>
      {error && (
        <p class="tm-error" role="alert">
          Could not remove it: {error}
        </p>
      )}
      {open && <ConferenceSessions conference={conference.id} name={conference.name} suggestions={suggestions} />}
    </article>
  );
}
