import { UndoToast } from '../ui/UndoToast';
import { tagCounts } from '../../lib/db/annotations';
import { isSearching } from '../../lib/search/dashboard-view';
import { getDb } from '../../lib/db/database';
import { groupBy } from '../../lib/model/display';
import { conferenceOrId } from '../../lib/model/conference';
import { DashboardHeader } from './DashboardHeader';
import { ConferenceSection } from './ConferenceSection';
import { MergedSessions } from './MergedSessions';
import { DatabaseBanner } from '../backup/DatabaseBanner';
import { Planner } from '../plan/Planner';
import { useView } from './use-view';
import { useLive } from '../hooks/use-live';
import { TrySample } from '../sample/TrySample';
import { FirstScreenDone } from '../hooks/first-screen';
import { useOverview } from './use-overview';
import { SharedProfileReads } from './profile-reads';
import { lazyView } from '../ui/lazy-view';

// Views other than the overview load their code when first opened: the first screen parses less.
const DataView = lazyView(() => import('../backup/DataView').then((m) => m.DataView), 'your data');
const Welcome = lazyView(() => import('../welcome/Welcome').then((m) => m.Welcome), 'Getting started');
const ColleaguesPanel = lazyView(() => import('../share/ColleaguesPanel').then((m) => m.ColleaguesPanel), 'colleagues');
const SchedulesView = lazyView(() => import('../schedule-import/SchedulesView').then((m) => m.SchedulesView), 'schedules');

export function DashboardApp() {
  const [view, setView] = useView();
  // The overview below is the sessions view with nothing searched; the planner shows everything else.
  const overview = view.section === 'sessions' && !isSearching(view);
  const { live, done, reads } = useOverview(overview);
  const tags = useLive(() => tagCounts(getDb()), [], done);
  const suggestions = tags.status === 'ready' ? tags.value.map(([t]) => t) : [];

  return (
    <FirstScreenDone.Provider value={done}>
      <SharedProfileReads.Provider value={reads}>
        <div class="tm-dashboard">
          <DashboardHeader view={view} />
          <main>
            <DatabaseBanner />
            <MergedSessions />
            {view.section === 'welcome' ? <Welcome setView={setView} /> : <Planner view={view} setView={setView} />}
            {view.section === 'data' && <DataView />}
            <UndoToast />
            {view.section === 'team' && <ColleaguesPanel />}
            {view.section === 'schedules' && <SchedulesView suggestions={suggestions} />}
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
      </SharedProfileReads.Provider>
    </FirstScreenDone.Provider>
  );
}
