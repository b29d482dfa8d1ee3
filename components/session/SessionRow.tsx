import { useState } from 'preact/hooks';
import { dayOf, timeRange, zoneOf } from '../../lib/model/display';
import { localTime, shortDay } from '../../lib/util/time';
import type { RowAttrs } from '../ui/VirtualList';
import type { ComponentChildren } from 'preact';
import type { Annotation, ScheduleEntry } from '../../lib/model/schema';
import { patchSession } from './actions';
import { NoteEditor } from './NoteEditor';
import { PlanBadges, PlanControls } from './PlanControls';
import { RatingInput } from './RatingInput';
import { StarToggle } from './StarToggle';
import { TagInput } from './TagInput';
import { useRowKeys } from '../hooks/use-row-keys';
import { TitleLink } from './TitleLink';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  entry: ScheduleEntry;
  annotation: Annotation | undefined;
  suggestions: readonly string[];
  initiallyOpen?: boolean;
  /** Open with the cursor in the note. */
  focusNote?: boolean;
  /** Shown before the star, e.g. a selection checkbox. */
  leading?: ComponentChildren;
  /** Shown below the row, e.g. which colleagues picked the session. */
  extra?: ComponentChildren;
  /** Its place in a long (virtualised) list: position for screen readers, focusable for ↑/↓. */
  attrs?: RowAttrs;
  /** At the top of the row, e.g. the day heading of the day it starts. */
  heading?: ComponentChildren;
  /** Draws the title and facts, e.g. with the search's hits marked; plain text without it. */
  mark?: (text: string) => ComponentChildren;
  /** The weekday before the time ("Tue 14:30–15:00 CET"): for lists not under day headings. */
  withDay?: boolean;
  /** Offers *Insert time* in the note: the time now (this clock) in the event's own zone, `[14:32]`. */
  stampClock?: () => number;
}

function Summary({ annotation }: { annotation: Annotation | undefined }) {
  if (!annotation) return null;
  const bits = [
    annotation.rating !== null ? `${annotation.rating}★` : '',
    annotation.tags.map((t) => `#${t}`).join(' '),
    annotation.note.trim() ? '✎' : '',
  ].filter(Boolean);
  return bits.length ? <span class="tm-summary">{bits.join(' ')}</span> : null;
}

/** One session: star, title and facts, and (opened) rating, tags and note. Page text is rendered as text only. */
export function SessionRow({ entry, annotation, suggestions, initiallyOpen = false, focusNote = false, leading, extra, stampClock, attrs, heading, mark = (t) => t, withDay = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen || focusNote);
  const [error, setError] = useState('');
  const patch = (p: Parameters<typeof patchSession>[1], base?: Parameters<typeof patchSession>[2]) =>
    patchSession(entry, p, base).then(
      (value) => (setError(''), value),
      (e: unknown) => {
        setError(errorMessage(e));
        throw e;
      },
    );
  const day = withDay ? dayOf(entry) : undefined;
  const facts = [day ? `${shortDay(day).split(' ')[0]} ${timeRange(entry)}` : timeRange(entry), entry.room, entry.speakers.map((s) => s.name).join(', ')].filter(Boolean);
  const keys = useRowKeys({ starred: annotation?.starred ?? false, patch, open, setOpen, focusNote });
  return (
    <li
      class="tm-session"
      data-key={entry.key}
      ref={keys.ref}
      {...attrs}
      onKeyDown={(e) => {
        // Enter on the row itself (reached by ↑/↓) opens its editor; on its buttons and links it does their own thing.
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          setOpen(!open);
        } else keys.onKeyDown(e);
      }}
    >
      {heading}
      <div class="tm-head">
        {leading}
        <StarToggle
          starred={annotation?.starred ?? false}
          title={entry.title}
          onChange={(starred) => void patch({ starred }).catch(() => undefined)}
        />
        <div class="tm-title">
          <TitleLink title={entry.title} url={entry.url}>
            {mark(entry.title)}
          </TitleLink>
          {facts.length > 0 && <div class="tm-facts">{mark(facts.join(' · '))}</div>}
        </div>
        <Summary annotation={annotation} />
        <PlanBadges annotation={annotation} />
        <button
          type="button"
          class="tm-expand"
          aria-expanded={open}
          aria-label={`${open ? 'Close' : 'Edit'} notes for ${entry.title}`}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
      </div>
      {open && (
        <div class="tm-editor">
          <RatingInput
            value={annotation?.rating ?? null}
            title={entry.title}
            onChange={(rating) => void patch({ rating }).catch(() => undefined)}
          />
          <TagInput
            tags={annotation?.tags ?? []}
            suggestions={suggestions}
            title={entry.title}
            onChange={(tags) => void patch({ tags }, { tags: annotation?.tags ?? [] }).catch(() => undefined)}
          />
          <PlanControls annotation={annotation} title={entry.title} onChange={(p) => void patch(p).catch(() => undefined)} />
          <NoteEditor
            note={annotation?.note ?? ''}
            title={entry.title}
            onSave={(note, base) => patch({ note }, { note: base }).then((saved) => saved.note)}
            stamp={stampClock && (() => `[${localTime(new Date(stampClock()).toISOString(), zoneOf(entry))}]`)}
          />
        </div>
      )}
      {extra}
      {error && (
        <p class="tm-error" role="alert">
          Could not save: {error}
        </p>
      )}
    </li>
  );
}
