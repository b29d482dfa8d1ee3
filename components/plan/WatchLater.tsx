import { annotatedSessions } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { conferencesById } from '../../lib/db/conferences';
import { watchLaterMarkdown, type WatchLaterGroup } from '../../lib/export/watch-later';
import { byTime, dayHeading, dayOf, groupBy, timeRange } from '../../lib/model/display';
import { materialLinks } from '../../lib/model/links';
import { patchSession } from '../session/actions';
import { conferenceOrId } from '../../lib/model/conference';
import { downloadText } from '../ui/download';
import { useLive } from '../hooks/use-live';
import { TitleLink } from '../session/TitleLink';

async function loadWatchLater(): Promise<WatchLaterGroup[]> {
  const db = getDb();
  const [all, known] = await Promise.all([annotatedSessions(db), conferencesById(db)]);
  const sessions = all.filter((s) => s.annotation.watchLater).sort((a, b) => byTime(a.entry, b.entry));
  return [...groupBy(sessions, (s) => s.entry.conference)].map(([id, list]) => ({ conference: conferenceOrId(id, known.get(id)), sessions: list }));
}

/** Talks missed or lost to a clash, to watch afterwards: with recording and slides links, exportable. */
export function WatchLater() {
  const live = useLive(loadWatchLater, []);
  if (live.status === 'loading') return <p class="tm-muted">Loading…</p>;
  if (live.status === 'error') return <p role="alert">Could not read the watch-later list: {live.error}</p>;
  const groups = live.value;
  return (
    <section class="tm-watch-later" aria-label="Watch later">
      <div class="tm-conference-head">
        <p class="tm-muted">
          Talks you mark “Watch later” (or set aside in a clash) stay here after the event, with the recording and slides when the
          schedule links them.
        </p>
        <button type="button" disabled={!groups.length} onClick={() => downloadText('talkmarks-watch-later.md', watchLaterMarkdown(groups), 'text/markdown')}>
          Export watch later (Markdown)
        </button>
      </div>
      {!groups.length && (
        <p class="tm-empty">
          Nothing to watch later yet: press <strong>▷ Watch later</strong> in a starred talk&apos;s editor (open its row
          with ▸), or set talks aside in a clash of your <a href="#view=plan">plan</a>.
        </p>
      )}
      {groups.map(({ conference, sessions }) => (
        <section key={conference.id} aria-label={conference.name}>
          <h2>{conference.name}</h2>
          <ul class="tm-sessions">
            {sessions.map(({ entry }) => (
              <li key={entry.key} class="tm-session tm-head">
                <div class="tm-title">
                  <TitleLink title={entry.title} url={entry.url} />
                  <div class="tm-facts">
                    {[dayHeading(dayOf(entry)), timeRange(entry), entry.speakers.map((s) => s.name).join(', ')].filter(Boolean).join(' · ')}
                  </div>
                  <div class="tm-links">
                    {materialLinks(entry)
                      .filter((l) => l.url !== entry.url)
                      .map((l) => (
                        <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
                          {l.label}
                        </a>
                      ))}
                  </div>
                </div>
                <button type="button" aria-label={`Remove from watch later: ${entry.title}`} onClick={() => void patchSession(entry, { watchLater: false })}>
                  Watched / remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
