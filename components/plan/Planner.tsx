import { useMemo } from 'preact/hooks';
import { formatView, type DashboardView, type Section } from '../../lib/search/dashboard-view';
import { getDb } from '../../lib/db/database';
import { storedConferences } from '../../lib/db/conferences';
import { LiveNowNext } from './NowNext';
import { useLive } from '../hooks/use-live';
import { PlanView } from './PlanView';
import { SearchPanel } from '../dashboard/SearchPanel';
import { TagManager } from '../dashboard/TagManager';
import { useSearchIndex } from '../dashboard/use-search-index';
import type { SetView } from '../dashboard/use-view';
import { WatchLater } from './WatchLater';
import { ChangesView } from '../changes/ChangesView';

const sections: [Section, string][] = [
  ['sessions', 'Sessions'],
  ['plan', 'Plan'],
  ['changes', 'Changes'],
  ['later', 'Watch later'],
  ['tags', 'Tags'],
  ['team', 'Colleagues'],
  ['schedules', 'Schedules & sites'],
];

interface Props {
  view: DashboardView;
  setView: SetView;
}

/** Now and next, the dashboard's views as links kept in the URL, and the planning views themselves. */
export function Planner({ view, setView }: Props) {
  const conferences = useLive(() => storedConferences(getDb()), []);
  // The conference seen last comes first: most likely the one being planned.
  const known = useMemo(
    () => (conferences.status === 'ready' ? [...conferences.value].sort((a, b) => b.seenAt - a.seenAt) : []),
    [conferences],
  );
  const names = useMemo(() => new Map(known.map((c) => [c.id, c.name])), [known]);
  const index = useSearchIndex();
  return (
    <>
      <LiveNowNext />
      <nav class="tm-sections" aria-label="Dashboard views">
        {sections.map(([section, label]) => (
          <a key={section} href={formatView({ ...view, section }) || '#'} aria-current={view.section === section ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {view.section === 'sessions' && index.status === 'ready' && (
        <SearchPanel index={index.value} view={view} setView={setView} conferenceName={(id) => names.get(id) ?? id} />
      )}
      {view.section === 'sessions' && index.status === 'error' && <p role="alert">Could not read your sessions: {index.error}</p>}
      {view.section === 'plan' && <PlanView view={view} setView={setView} conferences={known} />}
      {view.section === 'changes' && <ChangesView />}
      {view.section === 'later' && <WatchLater />}
      {view.section === 'tags' && <TagManager />}
    </>
  );
}
