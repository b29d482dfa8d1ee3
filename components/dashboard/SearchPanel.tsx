import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { useSettled } from '../hooks/use-settled';
import { isSearching, sortedByTime, type DashboardView } from '../../lib/search/dashboard-view';
import { SearchIndex } from '../../lib/search/search-index';
import { passesWho } from '../../lib/share/who';
import { useColleagues } from '../share/use-colleagues';
import { WhoFilter } from '../share/WhoFilter';
import { BulkBar } from './BulkBar';
import { Filters } from './Filters';
import { Results } from './Results';
import { SearchBar } from './SearchBar';
import type { SetView } from './use-view';

interface Props {
  /** Undefined while every session is still being read: the box is there at once, its results once they can be. */
  index: SearchIndex | undefined;
  view: DashboardView;
  setView: SetView;
  conferenceName: (id: string) => string;
}

/** A search this fast runs in the keystroke's own task: box and results are painted in one frame. */
const SEARCH_BUDGET_MS = 10;

/**
 * Search box, filters (folded) and sort, then every result; ticking results brings the bulk actions. From the
 * search box the keyboard reaches the first result in three Tab stops (Filters, Sort, the result) or one ↓.
 */
const NONE_YET = SearchIndex.fromEntries([]);

export function SearchPanel({ index: read, view: typed, setView, conferenceName }: Props) {
  const index = read ?? NONE_YET;
  // How long the last search took: the next one waits a task only if it was slow (a first letter over many sessions).
  const lastSearchMs = useRef(Infinity);
  const view = useSettled(typed, lastSearchMs.current <= SEARCH_BUDGET_MS);
  const searching = isSearching(view);
  const byTime = sortedByTime(view);
  const colleagues = useColleagues();
  const hits = useMemo(() => {
    if (!searching) return [];
    const started = performance.now();
    const all = index.search({ ...view, sort: byTime ? 'time' : 'relevance' });
    // Unfiltered, a key that changes no result gives the very same list, and the rows on screen stay as they are.
    const { who } = view;
    const found = who ? all.filter((h) => passesWho(who, colleagues.marks.get(h.entry.key), h.annotation)) : all;
    if (read) lastSearchMs.current = performance.now() - started;
    return found;
  }, [index, view, searching, byTime, colleagues]);
  const facets = useMemo(() => index.facets(view.conference), [index, view.conference]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const focusResult = useRef<(index: number) => void>();
  const summary = !read ? 'Reading your sessions…' : searching ? `${hits.length} of ${index.size} sessions` : `${index.size} sessions seen`;
  const select = useCallback(
    (key: string, on: boolean) =>
      setSelected((before) => {
        const next = new Set(before);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  // The same element while the results stay the same: a keystroke repaints the box at once, and the rows on
  // screen (their marks and passages) are drawn once, for the settled text, not again for each key typed.
  const results = useMemo(
    () =>
      !read ? (
        <p class="tm-muted">Reading your sessions…</p>
      ) : hits.length ? (
        <Results
          hits={hits}
          query={view.text}
          byTime={byTime}
          selected={selected}
          onSelect={select}
          suggestions={facets.tags}
          marks={colleagues.marks}
          focusRef={focusResult}
        />
      ) : (
        <p>No session matches. Try fewer words, or clear a filter.</p>
      ),
    [read, hits, view.text, byTime, selected, select, facets.tags, colleagues.marks],
  );
  const sort = typed.text.trim() ? (
    <label class="tm-sort">
      Sort{' '}
      <select value={typed.sort ?? ''} onChange={(e) => setView({ sort: e.currentTarget.value === 'time' ? 'time' : undefined })}>
        <option value="">Best match</option>
        <option value="time">Time</option>
      </select>
    </label>
  ) : null;
  return (
    // Which text the results drawn are for: they follow the box a task later, and a key that leaves the count as it
    // was changes no visible text, so the bench (and a test) tell from this when a keystroke's results are in.
    <section class="tm-search" aria-label="Search" data-results-for={searching && read ? view.text : undefined}>
      <SearchBar text={typed.text} onText={(text) => setView({ text }, { typing: true })} summary={summary} onDown={() => focusResult.current?.(0)} />
      <Filters view={typed} setView={setView} facets={facets} conferenceName={conferenceName} beside={sort}>
        <WhoFilter value={typed.who} layers={colleagues.layers} conference={typed.conference} onChange={(who) => setView({ who })} />
      </Filters>
      {searching && (
        <>
          {selected.size > 0 && (
            <div class="tm-results-head">
              <button type="button" onClick={() => setSelected(new Set(hits.map((h) => h.entry.key)))}>
                Select all {hits.length}
              </button>
              <BulkBar selected={[...selected]} tags={facets.tags} onClear={() => setSelected(new Set())} />
            </div>
          )}
          {results}
        </>
      )}
    </section>
  );
}
