import { annotatedSessions, tagCounts, type AnnotatedSession } from '../lib/annotations';
import { isSearching } from '../lib/dashboard-view';
import { getDb } from '../lib/db';
import { ownItemsOf } from '../lib/own-items';
import { conferenceMarkdown } from '../lib/export/markdown';
import { byTime, dayHeading, dayOf, groupBy } from '../lib/format';
import type { Conference, OwnItem } from '../lib/model';
import { conferenceFor } from './conference-for';
import { Planner } from './dashboard/Planner';
import { useView } from './dashboard/use-view';
import { BackupPanel } from './dashboard/BackupPanel';
import { ColleaguesPanel } from './share/ColleaguesPanel';
import { DatabaseBanner } from './dashboard/DatabaseBanner';
import { downloadText } from './download';
import { ExportButton } from './export/ExportButton';
import { ImportedSchedules } from './import/ImportedSchedules';
import { ImportSchedule } from './import/ImportSchedule';
import { SitePermissions } from './sites/SitePermissions';
import { SessionRow } from './SessionRow';
import { useLive } from './use-live';

async function loadDashboard() {
  const db = getDb();
  const [sessions, conferences, ownItems] = await Promise.all([annotatedSessions(db), db.conferences.toArray(), ownItemsOf(db)]);
  return { sessions, conferences: new Map(conferences.map((c) => [c.id, c])), ownItems: groupBy(ownItems, (i) => i.conference) };
}

export function DashboardApp() {
  const live = useLive(loadDashboard, []);
  const tags = useLive(() => tagCounts(getDb()), []);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];
  const [view, setView] = useView();
  // The overview below is the sessions view with nothing searched; the planner shows everything else.
  const overview = view.section === 'sessions' && !isSearching(view);

  return (
    <main class="tm-dashboard">
      <h1>Talkmarks</h1>
      <DatabaseBanner />
      <BackupPanel />
      <Planner view={view} setView={setView} />
      {view.section === 'team' && <ColleaguesPanel />}
      {view.section === 'schedules' && (
        <>
          <ImportSchedule />
          <ImportedSchedules suggestions={suggestions} />
          <SitePermissions />
        </>
      )}
      {live.status === 'loading' && <p class="tm-muted">Loading your notes…</p>}
      {live.status === 'error' && <p role="alert">Could not read your notes: {live.error}</p>}
      {overview && live.status === 'ready' && live.value.sessions.length === 0 && (
        <p>
          Nothing starred, rated, tagged or noted yet. Open a conference schedule (sched.com, or pretalx on a site you
          choose) and press the ☆ beside a talk, or <a href="#view=schedules">import a schedule</a>.
        </p>
      )}
      {overview && live.status === 'ready' &&
        [...groupBy(live.value.sessions, (s) => s.entry.conference)].map(([id, sessions], _, all) => (
          <ConferenceSection
            key={id}
            conference={conferenceFor(id, live.value.conferences)}
            conferences={all.map(([other]) => conferenceFor(other, live.value.conferences))}
            sessions={sessions}
            ownItems={live.value.ownItems.get(id) ?? []}
            suggestions={suggestions}
          />
        ))}
    </main>
  );
}

interface SectionProps {
  conference: Conference;
  /** Every conference on the dashboard: the export dialog can combine them. */
  conferences: Conference[];
  sessions: AnnotatedSession[];
  ownItems: readonly OwnItem[];
  suggestions: string[];
}

function ConferenceSection({ conference, conferences, sessions, ownItems, suggestions }: SectionProps) {
  const sorted = [...sessions].sort((a, b) => byTime(a.entry, b.entry));
  const exportMarkdown = () =>
    downloadText(`talkmarks-${conference.event}.md`, conferenceMarkdown(conference, sessions, ownItems), 'text/markdown');
  return (
    <section class="tm-conference" aria-labelledby={`conf-${conference.id}`}>
      <div class="tm-conference-head">
        <h2 id={`conf-${conference.id}`}>{conference.name}</h2>
        <div class="tm-conference-actions">
          <button type="button" onClick={exportMarkdown}>
            Export Markdown
          </button>
          <ExportButton conferences={conferences} conference={conference} />
        </div>
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
