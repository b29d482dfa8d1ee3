import { annotatedSessions, tagCounts, type AnnotatedSession } from '../lib/annotations';
import { getDb, type StoredConference } from '../lib/db';
import { conferenceMarkdown } from '../lib/export/markdown';
import { byTime, dayHeading, dayOf, groupBy } from '../lib/format';
import { Platform, type Conference } from '../lib/model';
import { downloadText } from './download';
import { ImportedSchedules } from './import/ImportedSchedules';
import { ImportSchedule } from './import/ImportSchedule';
import { SitePermissions } from './sites/SitePermissions';
import { SessionRow } from './SessionRow';
import { useLive } from './use-live';

async function loadDashboard() {
  const db = getDb();
  const [sessions, conferences] = await Promise.all([annotatedSessions(db), db.conferences.toArray()]);
  return { sessions, conferences: new Map(conferences.map((c) => [c.id, c])) };
}

function conferenceFor(id: string, known: Map<string, StoredConference>): Conference {
  const stored = known.get(id);
  if (stored) return stored;
  // Annotations can outlive what was recorded of their conference (e.g. a partial import): name it by its id.
  const [platform, event = id] = id.split(':');
  return { id, platform: Platform.catch('sched').parse(platform), event, name: event };
}

export function DashboardApp() {
  const live = useLive(loadDashboard, []);
  const tags = useLive(() => tagCounts(getDb()), []);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];

  return (
    <main class="tm-dashboard">
      <h1>Talkmarks</h1>
      {live.status === 'loading' && <p class="tm-muted">Loading your notes…</p>}
      {live.status === 'error' && <p role="alert">Could not read your notes: {live.error}</p>}
      {live.status === 'ready' && live.value.sessions.length === 0 && (
        <p>
          Nothing starred, rated, tagged or noted yet. Open a conference schedule (sched.com, or pretalx on a site you
          choose) and press the ☆ beside a talk, or import a schedule below.
        </p>
      )}
      {live.status === 'ready' &&
        [...groupBy(live.value.sessions, (s) => s.entry.conference)].map(([id, sessions]) => (
          <ConferenceSection
            key={id}
            conference={conferenceFor(id, live.value.conferences)}
            sessions={sessions}
            suggestions={suggestions}
          />
        ))}
      <ImportedSchedules suggestions={suggestions} />
      <ImportSchedule />
      <SitePermissions />
    </main>
  );
}

interface SectionProps {
  conference: Conference;
  sessions: AnnotatedSession[];
  suggestions: string[];
}

function ConferenceSection({ conference, sessions, suggestions }: SectionProps) {
  const sorted = [...sessions].sort((a, b) => byTime(a.entry, b.entry));
  const exportMarkdown = () =>
    downloadText(`talkmarks-${conference.event}.md`, conferenceMarkdown(conference, sessions), 'text/markdown');
  return (
    <section class="tm-conference" aria-labelledby={`conf-${conference.id}`}>
      <div class="tm-conference-head">
        <h2 id={`conf-${conference.id}`}>{conference.name}</h2>
        <button type="button" onClick={exportMarkdown}>
          Export Markdown
        </button>
      </div>
      {[...groupBy(sorted, (s) => dayOf(s.entry))].map(([day, group]) => (
        <section key={day ?? 'none'} class="tm-day">
          <h3>{dayHeading(day)}</h3>
          <ul class="tm-sessions">
            {group.map(({ entry, annotation }) => (
              <SessionRow key={entry.key} entry={entry} annotation={annotation} suggestions={suggestions} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
