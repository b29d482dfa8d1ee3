import { useState } from 'preact/hooks';
import { timeRange, zoneOf } from '../../lib/model/display';
import { dayAndTime } from '../../lib/plan/days';
import { localTime } from '../../lib/util/time';
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
import { SessionHistory } from '../changes/SessionHistory';

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
  /** Offers *Insert time* in the note: the time now (this clock) in the event's own zone, `[14:32]`. */
  stampClock?: () => number;
  /** "Tue 14:30–15:00 CET": for rows not under a day heading (relevance order, the page's own session). */
  showDay?: boolean;
}

/** Clicks on these do their own thing; a click anywhere else on the row opens or closes its editor. */
const OWN_CLICK = 'a, button, input, select, textarea, label, summary';

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
export function SessionRow({ entry, annotation, suggestions, initiallyOpen = false, focusNote = false, leading, extra, stampClock, showDay = false, attrs, heading, mark = (t) => t }: Props) {
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
  const facts = [showDay ? dayAndTime(entry) : timeRange(entry), entry.room].filter(Boolean);
  const speakers = entry.speakers.map((s) => s.name).join(', ');
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
      <div
        class="tm-head"
        onClick={(e) => {
          const target = e.target as Element;
          // Selecting a title to copy it is no click on the row.
          if (!target.closest(OWN_CLICK) && !getSelection()?.toString()) setOpen(!open);
        }}
      >
        {leading}
        <StarToggle
          starred={annotation?.starred ?? false}
          title={entry.title}
          onChange={(starred) => void patch({ starred }).catch(() => undefined)}
        />
        {/* The title has the row's whole width; what is known about the session goes on the line below. */}
        <div class="tm-main">
          <div class="tm-title">
            <TitleLink title={entry.title} url={entry.url}>
              {mark(entry.title)}
            </TitleLink>
          </div>
          <div class="tm-meta">
            {facts.length > 0 && <span class="tm-facts">{mark(facts.join(' · '))}</span>}
            <Summary annotation={annotation} />
            <PlanBadges annotation={annotation} />
          </div>
          {speakers && <div class="tm-speakers">{mark(speakers)}</div>}
        </div>
        <button
          type="button"
          class="tm-expand"
          aria-expanded={open}
          aria-label={`${open ? 'Close' : 'Edit'} notes for ${entry.title}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
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
          <SessionHistory sessionKey={entry.key} />
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
