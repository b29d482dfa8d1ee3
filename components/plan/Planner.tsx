import { useMemo } from 'preact/hooks';
import type { DashboardView } from '../../lib/search/dashboard-view';
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

interface Props {
  view: DashboardView;
  setView: SetView;
}

/** Now and next, and the views that search and plan (the header, DashboardHeader, links to them). */
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
      {view.section === 'sessions' && index.status !== 'error' && (
        <SearchPanel index={index.status === 'ready' ? index.value : undefined} view={view} setView={setView} conferenceName={(id) => names.get(id) ?? id} />
      )}
      {view.section === 'sessions' && index.status === 'error' && <p role="alert">Could not read your sessions: {index.error}</p>}
      {view.section === 'plan' && <PlanView view={view} setView={setView} conferences={known} />}
      {view.section === 'changes' && <ChangesView />}
      {view.section === 'later' && <WatchLater />}
      {view.section === 'tags' && <TagManager />}
    </>
  );
}
