import { UndoToast } from '../ui/UndoToast';
import { annotatedSessions, tagCounts } from '../../lib/db/annotations';
import { isSearching } from '../../lib/search/dashboard-view';
import { getDb } from '../../lib/db/database';
import { groupBy } from '../../lib/model/display';
import { ownItemsOf } from '../../lib/db/own-items';
import { conferencesById } from '../../lib/db/conferences';
import { conferenceOrId } from '../../lib/model/conference';
import { DataView } from '../backup/DataView';
import { Welcome } from '../welcome/Welcome';
import { DashboardHeader } from './DashboardHeader';
import { ConferenceSection } from './ConferenceSection';
import { MergedSessions } from './MergedSessions';
import { DatabaseBanner } from '../backup/DatabaseBanner';
import { Planner } from '../plan/Planner';
import { useView } from './use-view';
import { ImportedSchedules } from '../schedule-import/ImportedSchedules';
import { ScheduleImport } from '../schedule-import/ScheduleImport';
import { ColleaguesPanel } from '../share/ColleaguesPanel';
import { SitePermissions } from '../sites/SitePermissions';
import { useLive } from '../hooks/use-live';
import { TrySample } from '../sample/TrySample';

async function loadDashboard() {
  const db = getDb();
  const [sessions, conferences, ownItems] = await Promise.all([annotatedSessions(db), conferencesById(db), ownItemsOf(db)]);
  return { sessions, conferencesById: conferences, ownItemsByConference: groupBy(ownItems, (i) => i.conference) };
}

export function DashboardApp() {
  const live = useLive(loadDashboard, []);
  const tags = useLive(() => tagCounts(getDb()), []);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];
  const [view, setView] = useView();
  // The overview below is the sessions view with nothing searched; the planner shows everything else.
  const overview = view.section === 'sessions' && !isSearching(view);

  return (
    <div class="tm-dashboard">
      <DashboardHeader view={view} />
      <main>
        <DatabaseBanner />
        <MergedSessions />
        {view.section === 'welcome' ? <Welcome setView={setView} /> : <Planner view={view} setView={setView} />}
        {view.section === 'data' && <DataView />}
        <UndoToast />
        {view.section === 'team' && <ColleaguesPanel />}
        {view.section === 'schedules' && (
          <>
            <ScheduleImport />
            <ImportedSchedules suggestions={suggestions} />
            <SitePermissions />
          </>
        )}
        {live.status === 'loading' && <p class="tm-muted">Loading your notes…</p>}
        {live.status === 'error' && <p role="alert">Could not read your notes: {live.error}</p>}
        {overview && live.status === 'ready' && live.value.sessions.length === 0 && (
          <div class="tm-empty">
            <p>
              Nothing starred, rated, tagged or noted yet. Open a conference schedule (sched.com, or pretalx on a site you
              choose) and press the ☆ beside a talk, or <a href="#view=schedules">import a schedule</a>. New here? Read{' '}
              <a href="#view=welcome">Getting started</a>.
            </p>
            {live.value.conferencesById.size === 0 && <TrySample onImported={() => setView({ section: 'schedules' })} />}
          </div>
        )}
        {overview && live.status === 'ready' &&
          [...groupBy(live.value.sessions, (s) => s.entry.conference)].map(([id, sessions], _, all) => (
            <ConferenceSection
              key={id}
              conference={conferenceOrId(id, live.value.conferencesById.get(id))}
              conferences={all.map(([other]) => conferenceOrId(other, live.value.conferencesById.get(other)))}
              sessions={sessions}
              ownItems={live.value.ownItemsByConference.get(id) ?? []}
              suggestions={suggestions}
            />
          ))}
      </main>
    </div>
  );
}
