import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { send } from '../../lib/protocol/send';
import { OwnItem } from '../../lib/model/schema';
import { localDate, localTime, longDay, nextDay, zonedToInstant } from '../../lib/util/time';
import { clockOf, parseQuickAdd } from '../../lib/plan/quick-add';
import { errorMessage } from '../../lib/util/errors';

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
  /** The form was opened on purpose (a gap's "+ Add"): the cursor goes to the title. */
  focus?: boolean;
  /** An item to edit; otherwise the form adds a new one. */
  editing?: OwnItem;
  onDone: () => void;
}

/** The instants of an event-local day and times; an end before the start is the next day (a party till 01:00). */
function instants(day: string, from: string, to: string, zone: string): { start?: string; end?: string } {
  const start = zonedToInstant(day, from, zone);
  let end = zonedToInstant(day, to, zone);
  if (start && end && end < start) {
    end = zonedToInstant(nextDay(day), to, zone);
  }
  return { start, end };
}

/** Adds (or edits) a meeting, hallway-track slot or booth duty: title, time, place, note, in event-local time. */
export function OwnItemForm({ conference, zone, day, days, from: initialFrom, to: initialTo, focus, editing, onDone }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [date, setDate] = useState(editing ? localDate(editing.start, zone) : day);
  const [from, setFrom] = useState(editing ? localTime(editing.start, zone) : (initialFrom ?? '12:00'));
  const [to, setTo] = useState(editing ? localTime(editing.end, zone) : (initialTo ?? '12:30'));
  const [quick, setQuick] = useState('');
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => void (focus && titleInput.current?.focus()), [focus]);
  const dayChoices = [...new Set([...days, date])].sort();
  const [place, setPlace] = useState(editing?.place ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState('');

  const store = async (fields: { title: string; from: string; to: string; place: string; note: string }): Promise<boolean> => {
    const fromClock = clockOf(fields.from);
    const toClock = clockOf(fields.to);
    if (!fromClock || !toClock) {
      setError(`“${fromClock ? fields.to : fields.from}” is not a time on a 24-hour clock (like 09:30 or 14:00).`);
      return false;
    }
    const { start, end } = instants(date, fromClock, toClock, zone);
    const parsed = OwnItem.safeParse({
      id: editing?.id ?? crypto.randomUUID(),
      conference,
      title: fields.title,
      start,
      end,
      timeZone: zone,
      place: fields.place,
      note: fields.note,
      alternative: editing?.alternative ?? false,
      updatedAt: 0,
    });
    if (!parsed.success) {
      setError(z.prettifyError(parsed.error));
      return false;
    }
    try {
      await send({ type: 'own/put', item: parsed.data });
      setError('');
      onDone();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  const save = (event: Event) => {
    event.preventDefault();
    void store({ title, from, to, place, note });
  };
  const quickAdd = async () => {
    const read = parseQuickAdd(quick);
    if ('error' in read) return setError(read.error);
    if (await store({ ...read, note: '' })) setQuick('');
  };

  return (
    <form class="tm-own-form" onSubmit={save} aria-label={editing ? `Edit ${editing.title}` : 'Add your own item'}>
      {!editing && (
        <div class="tm-wide tm-quick-add">
          <label>
            Quick add{' '}
            <input
              type="text"
              value={quick}
              placeholder="12:00-13:00 Lunch with Ana @ Cafe"
              aria-describedby="tm-quick-hint"
              onInput={(e) => setQuick(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void quickAdd())}
            />
          </label>
          <button type="button" onClick={() => void quickAdd()}>
            Add
          </button>
          <span id="tm-quick-hint" class="tm-muted-inline">
            {' '}
            Time (24-hour), title, then “@ place”; on the day chosen below.
          </span>
        </div>
      )}
      <label class="tm-title-field">
        Title <input ref={titleInput} type="text" required value={title} placeholder="Meeting with …, booth duty" onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        Day{' '}
        <select value={date} onChange={(e) => setDate(e.currentTarget.value)}>
          {dayChoices.map((d) => (
            <option key={d} value={d}>
              {longDay(d)}
            </option>
          ))}
        </select>
      </label>
      {/* Text, not type=time: a browser in a 12-hour locale would show 12:00 PM against the plan's 24-hour times. */}
      <label class="tm-clock">
        From <input type="text" inputMode="numeric" required maxLength={5} placeholder="HH:MM" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label class="tm-clock">
        To <input type="text" inputMode="numeric" required maxLength={5} placeholder="HH:MM" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      <label>
        Place <input type="text" value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
      </label>
      <label class="tm-wide">
        Note <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="tm-wide">
        <button type="submit">{editing ? 'Save changes' : 'Add to the plan'}</button>{' '}
        {editing && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
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
