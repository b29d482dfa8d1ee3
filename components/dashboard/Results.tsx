import type { MutableRef } from 'preact/hooks';
import { useCallback, useMemo } from 'preact/hooks';
import { dayHeading } from '../../lib/model/display';
import { markParts, whyMatched } from '../../lib/search/highlight';
import { queryTerms, type SearchHit } from '../../lib/search/search-index';
import type { Mark } from '../../lib/share/who';
import { ColleaguePicks } from '../share/ColleaguePicks';
import { SessionRow } from '../session/SessionRow';
import { VirtualList } from '../ui/VirtualList';

interface Props {
  hits: readonly SearchHit[];
  /** The search text, whose words are marked in each row. */
  query: string;
  /** Sorted by time: under day headings; by relevance: each row says its day. */
  byTime: boolean;
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  suggestions: readonly string[];
  /** Colleagues' picks by session key. */
  marks?: ReadonlyMap<string, Mark[]>;
  focusRef?: MutableRef<((index: number) => void) | undefined>;
}

/** The search's words marked in a text: `<mark>` around each hit, everything as text nodes. */
function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {markParts(text, terms).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}

/** Every result, drawn a screen at a time, with the words that matched marked and a passage of where they were. */
export function Results({ hits, query, byTime, selected, onSelect, suggestions, marks, focusRef }: Props) {
  const terms = useMemo(() => queryTerms(query), [query]);
  const mark = useCallback((text: string) => <Marked text={text} terms={terms} />, [terms]);
  const keyOf = useCallback((h: SearchHit) => h.entry.key, []);
  const groupOf = useCallback((h: SearchHit) => dayHeading(h.day), []);
  return (
    <VirtualList
      items={hits}
      keyOf={keyOf}
      groupOf={byTime ? groupOf : undefined}
      label="Search results"
      class="tm-results"
      focusRef={focusRef}
      renderItem={({ entry, annotation }, attrs, heading) => {
        const why = whyMatched(
          query,
          [entry.title, entry.room ?? '', entry.speakers.map((s) => s.name).join(', '), annotation?.tags.join(' ') ?? ''],
          [
            { label: 'Your note', text: annotation?.note },
            { label: 'Abstract', text: entry.abstract },
            { label: 'Track', text: entry.track },
          ],
        );
        return (
          <SessionRow
            entry={entry}
            annotation={annotation}
            suggestions={suggestions}
            attrs={attrs}
            heading={heading}
            mark={mark}
            showDay={!byTime}
            extra={
              <>
                {why && (
                  <p class="tm-snippet">
                    <span class="tm-snippet-label">{why.label}:</span> <Marked text={why.text} terms={terms} />
                  </p>
                )}
                <ColleaguePicks title={entry.title} marks={marks?.get(entry.key)} />
              </>
            }
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
        );
      }}
    />
  );
}
