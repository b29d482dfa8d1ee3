import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
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

/** Filters by conference, day, starred, rating, tag, track/type and room; each one is kept in the URL. */
export function Filters({ view, setView, facets, conferenceName, children }: Props) {
  const active = view.conference || view.day || view.starred || view.minRating || view.tag || view.track || view.room || view.who;
  return (
    <fieldset class="tm-filters">
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
      {active && (
        <button
          type="button"
          onClick={() =>
            setView({ conference: undefined, day: undefined, starred: undefined, minRating: undefined, tag: undefined, track: undefined, room: undefined, who: undefined })
          }
        >
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
