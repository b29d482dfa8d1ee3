import { useState } from 'preact/hooks';
import { z } from 'zod';
import { send } from '../../lib/protocol/send';
import { OwnItem } from '../../lib/model/schema';
import { localDate, localTime, nextDay, zonedToInstant } from '../../lib/util/time';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  conference: string;
  zone: string;
  /** The day the form starts on. */
  day: string;
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
export function OwnItemForm({ conference, zone, day, editing, onDone }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [date, setDate] = useState(editing ? localDate(editing.start, zone) : day);
  const [from, setFrom] = useState(editing ? localTime(editing.start, zone) : '12:00');
  const [to, setTo] = useState(editing ? localTime(editing.end, zone) : '12:30');
  const [place, setPlace] = useState(editing?.place ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const { start, end } = instants(date, from, to, zone);
    const parsed = OwnItem.safeParse({
      id: editing?.id ?? crypto.randomUUID(),
      conference,
      title,
      start,
      end,
      timeZone: zone,
      place,
      note,
      alternative: editing?.alternative ?? false,
      updatedAt: 0,
    });
    if (!parsed.success) {
      setError(z.prettifyError(parsed.error));
      return;
    }
    try {
      await send({ type: 'own/put', item: parsed.data });
      setError('');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form class="tm-own-form" onSubmit={save} aria-label={editing ? `Edit ${editing.title}` : 'Add your own item'}>
      <label>
        Title <input type="text" required value={title} placeholder="Meeting with …, booth duty" onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        Day <input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label>
        From <input type="time" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label>
        To <input type="time" required value={to} onInput={(e) => setTo(e.currentTarget.value)} />
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
