import { useEffect, useMemo, useState } from 'preact/hooks';
import { isSearching, type DashboardView } from '../../lib/search/dashboard-view';
import type { SearchIndex } from '../../lib/search/search-index';
import { passesWho } from '../../lib/share/who';
import { useColleagues } from '../share/use-colleagues';
import { WhoFilter } from '../share/WhoFilter';
import { BulkBar } from './BulkBar';
import { Filters } from './Filters';
import { Results } from './Results';
import { SearchBar } from './SearchBar';
import type { SetView } from './use-view';

interface Props {
  index: SearchIndex;
  view: DashboardView;
  setView: SetView;
  conferenceName: (id: string) => string;
}

/**
 * A value that follows `value` one task later, dropping the intermediate ones: the search box repaints
 * at once on every key, and the results follow as soon as the user pauses for a frame.
 */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** Search box, filters, results with a selection, and bulk actions on it. */
export function SearchPanel({ index, view: typed, setView, conferenceName }: Props) {
  const view = useSettled(typed);
  const searching = isSearching(view);
  const colleagues = useColleagues();
  const hits = useMemo(
    () => (searching ? index.search(view).filter((h) => passesWho(view.who, colleagues.marks.get(h.entry.key), h.annotation)) : []),
    [index, view, searching, colleagues],
  );
  const facets = useMemo(() => index.facets(view.conference), [index, view.conference]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const summary = searching ? `${hits.length} of ${index.size} sessions` : `${index.size} sessions seen`;
  const select = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };
  return (
    <section class="tm-search" aria-label="Search">
      <SearchBar text={typed.text} onText={(text) => setView({ text }, { typing: true })} summary={summary} />
      <Filters view={typed} setView={setView} facets={facets} conferenceName={conferenceName}>
        <WhoFilter value={typed.who} layers={colleagues.layers} conference={typed.conference} onChange={(who) => setView({ who })} />
      </Filters>
      {searching && (
        <>
          <div class="tm-results-head">
            <button type="button" disabled={!hits.length} onClick={() => setSelected(new Set(hits.map((h) => h.entry.key)))}>
              Select all {hits.length}
            </button>
            {/* Only once something is ticked: seven disabled controls said nothing to a newcomer. */}
            {selected.size > 0 && <BulkBar selected={[...selected]} tags={facets.tags} onClear={() => setSelected(new Set())} />}
          </div>
          {hits.length ? (
            <Results hits={hits} selected={selected} onSelect={select} suggestions={facets.tags} marks={colleagues.marks} />
          ) : (
            <p>No session matches. Try fewer words, or clear a filter.</p>
          )}
        </>
      )}
    </section>
  );
}
