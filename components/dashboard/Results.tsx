import { useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/search/search-index';
import type { Mark } from '../../lib/share/who';
import { ColleaguePicks } from '../share/ColleaguePicks';
import { SessionRow } from '../session/SessionRow';

interface Props {
  hits: readonly SearchHit[];
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  suggestions: readonly string[];
  /** Colleagues' picks by session key. */
  marks?: ReadonlyMap<string, Mark[]>;
}

const PAGE = 40;

/** Search results, best first; rendered a few dozen at a time so typing stays fast at 10,000 sessions. */
export function Results({ hits, selected, onSelect, suggestions, marks }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const shown = hits.slice(0, limit);
  return (
    <>
      <ul class="tm-sessions tm-results" aria-label="Search results">
        {shown.map(({ entry, annotation }) => (
          <SessionRow
            key={entry.key}
            entry={entry}
            annotation={annotation}
            suggestions={suggestions}
            extra={<ColleaguePicks title={entry.title} marks={marks?.get(entry.key)} />}
            leading={
              <input
                type="checkbox"
                class="tm-select"
                checked={selected.has(entry.key)}
                aria-label={`Select ${entry.title}`}
                onChange={(e) => onSelect(entry.key, e.currentTarget.checked)}
              />
            }
          />
        ))}
      </ul>
      {hits.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, hits.length - limit)} more of {hits.length - limit}
        </button>
      )}
    </>
  );
}
