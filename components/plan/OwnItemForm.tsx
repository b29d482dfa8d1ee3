import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OwnItem } from '../../lib/model/schema';
import { localDate, localTime } from '../../lib/util/time';
import { DaySelect } from './DaySelect';
import { saveOwnItem } from './save-own-item';

interface Props {
  conference: string;
  zone: string;
  /** The day the form starts on. */
  day: string;
  /** The conference's days offered (event-local `YYYY-MM-DD`); the form's day is added if missing. */
  days: readonly string[];
  /** Times filled in (`HH:MM`), e.g. from "+ Add" on a free gap. */
  from?: string;
  to?: string;
  /** An item to edit; otherwise the form adds a new one. */
  editing?: OwnItem;
  /** Saved (true) or cancelled (false): the plan closes the form and gives the focus back. */
  onDone: (saved: boolean) => void;
}

/**
 * Adds (or edits) a meeting, hallway-track slot or booth duty where it goes in the plan: opened by "+ Add" on a day
 * or a free gap, or an item's Edit, with the cursor in the title. Event-local time, typed on a 24-hour clock.
 */
export function OwnItemForm({ conference, zone, day, days, from: initialFrom, to: initialTo, editing, onDone }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [date, setDate] = useState(editing ? localDate(editing.start, zone) : day);
  const [from, setFrom] = useState(editing ? localTime(editing.start, zone) : (initialFrom ?? '12:00'));
  const [to, setTo] = useState(editing ? localTime(editing.end, zone) : (initialTo ?? '12:30'));
  const [place, setPlace] = useState(editing?.place ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState('');
  const titleInput = useRef<HTMLInputElement>(null);
  // Before the browser paints, so an Esc pressed at once after Edit already reaches the form.
  useLayoutEffect(() => titleInput.current?.focus(), []);
  const dayChoices = [...new Set([...days, date])].sort();

  const save = async (event: Event) => {
    event.preventDefault();
    const problem = await saveOwnItem({ conference, zone, day: date, title, from, to, place, note, editing });
    setError(problem ?? '');
    if (!problem) onDone(true);
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(false);
    }
  };

  return (
    <form class="tm-own-form" onSubmit={(e) => void save(e)} onKeyDown={cancelOnEscape} aria-label={editing ? `Edit ${editing.title}` : 'Add your own item'}>
      <label class="tm-title-field">
        Title <input ref={titleInput} type="text" required value={title} placeholder="Meeting with …, booth duty" onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <DaySelect class="tm-day-field" value={date} days={dayChoices} onChange={setDate} />
      {/* Text, not type=time: a browser in a 12-hour locale would show 12:00 PM against the plan's 24-hour times. */}
      <label class="tm-clock">
        From <input type="text" inputMode="numeric" required maxLength={5} placeholder="HH:MM" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label class="tm-clock">
        To <input type="text" inputMode="numeric" required maxLength={5} placeholder="HH:MM" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      <label class="tm-place-field">
        Place <input type="text" value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
      </label>
      <label class="tm-wide">
        Note <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="tm-wide">
        <button type="submit">{editing ? 'Save changes' : 'Add to the plan'}</button>{' '}
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <span class="tm-muted-inline"> Times in the conference’s zone ({zone}).</span>
      </div>
      {error && (
        <p role="alert" class="tm-error tm-wide">
          Not saved: {error}
        </p>
      )}
    </form>
  );
}
