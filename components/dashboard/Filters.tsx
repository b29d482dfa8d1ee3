import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { DashboardView } from '../../lib/search/dashboard-view';
import { longDay } from '../../lib/util/time';
import type { Facets } from '../../lib/search/search-index';
import type { SetView } from './use-view';

interface Props {
  view: DashboardView;
  setView: SetView;
  facets: Facets;
  conferenceName: (id: string) => string;
  /** More filters, e.g. who of the colleagues picked a session. */
  children?: ComponentChildren;
  /** Beside the Filters button, e.g. the sort order. */
  beside?: ComponentChildren;
}

interface ChoiceProps {
  label: string;
  value: string | undefined;
  options: readonly string[];
  text?: (option: string) => string;
  onChange: (value: string | undefined) => void;
}

/** A labelled select whose first option means "any". A value no longer offered stays selectable. */
function Choice({ label, value, options, text = (o) => o, onChange }: ChoiceProps) {
  const all = value && !options.includes(value) ? [value, ...options] : options;
  const id = useId();
  return (
    <div class="tm-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">Any</option>
        {all.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

const filterNames = ['conference', 'day', 'starred', 'minRating', 'tag', 'track', 'room', 'who'] as const;

/**
 * Filters by conference, day, starred, rating, tag, track/type and room, each kept in the URL, folded behind one
 * button (which says how many are on) so the keyboard goes from the search box to the results in a few stops.
 * They start open when a bookmarked view has some on.
 */
export function Filters({ view, setView, facets, conferenceName, children, beside }: Props) {
  const on = filterNames.filter((name) => view[name]).length;
  const [open, setOpen] = useState(on > 0);
  const id = useId();
  return (
    <>
      <div class="tm-search-tools">
        <button type="button" class="tm-filters-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          Filters{on ? ` (${on} on)` : ''} {open ? '▴' : '▾'}
        </button>
        {beside}
      </div>
      {open && (
        <fieldset class="tm-filters" id={id}>
          <legend>Filters</legend>
          <Choice
            label="Conference"
            value={view.conference}
            options={facets.conferences}
            text={conferenceName}
            // Days, rooms and tracks belong to a conference: a new conference starts them afresh.
            onChange={(conference) => setView({ conference, day: undefined, room: undefined, track: undefined })}
          />
          <Choice label="Day" value={view.day} options={facets.days} text={longDay} onChange={(day) => setView({ day })} />
          <Choice label="Track / type" value={view.track} options={facets.tracks} onChange={(track) => setView({ track })} />
          <Choice label="Room" value={view.room} options={facets.rooms} onChange={(room) => setView({ room })} />
          <Choice label="Tag" value={view.tag} options={facets.tags} onChange={(tag) => setView({ tag })} />
          <Choice
            label="Rating"
            value={view.minRating ? String(view.minRating) : undefined}
            options={['5', '4', '3', '2', '1']}
            text={(n) => (n === '5' ? '5 stars' : `${n}+ stars`)}
            onChange={(n) => setView({ minRating: n ? Number(n) : undefined })}
          />
          {children}
          <label class="tm-filter tm-check">
            <input type="checkbox" checked={!!view.starred} onChange={(e) => setView({ starred: e.currentTarget.checked || undefined })} />
            <span>Starred only</span>
          </label>
          {on > 0 && (
            <button type="button" onClick={() => setView(Object.fromEntries(filterNames.map((name) => [name, undefined])))}>
              Clear filters
            </button>
          )}
        </fieldset>
      )}
    </>
  );
}
