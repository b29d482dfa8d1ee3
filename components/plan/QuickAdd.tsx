import { useState } from 'preact/hooks';
import { parseQuickAdd } from '../../lib/plan/quick-add';
import { DaySelect } from './DaySelect';
import { saveOwnItem } from './save-own-item';

interface Props {
  conference: string;
  zone: string;
  /** The conference's days (event-local `YYYY-MM-DD`), in order. */
  days: readonly string[];
  /** The day chosen at first (the day shown, or today during the event). */
  day: string;
}

/** One line for an own item: `12:00-13:00 Lunch with Ana @ Cafe` on a day chosen by name. */
export function QuickAdd({ conference, zone, days, day: initialDay }: Props) {
  const [line, setLine] = useState('');
  const [day, setDay] = useState(initialDay);
  const [error, setError] = useState('');
  const choices = [...new Set([...days, day])].sort();
  const add = async () => {
    const read = parseQuickAdd(line);
    if ('error' in read) return setError(read.error);
    const problem = await saveOwnItem({ conference, zone, day, ...read, note: '' });
    setError(problem ?? '');
    if (!problem) setLine('');
  };
  return (
    <div class="tm-quick-add" role="group" aria-label="Quick add an own item">
      <label class="tm-quick-line">
        Quick add{' '}
        <input
          type="text"
          value={line}
          placeholder="12:00-13:00 Lunch with Ana @ Cafe"
          aria-describedby="tm-quick-hint"
          onInput={(e) => setLine(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void add())}
        />
      </label>
      <DaySelect value={day} days={choices} onChange={setDay} />
      <button type="button" onClick={() => void add()}>
        Add
      </button>
      <span id="tm-quick-hint" class="tm-muted-inline">
        Time (24-hour), title, then “@ place”, in {zone}.
      </span>
      {error && (
        <p role="alert" class="tm-error">
          Not saved: {error}
        </p>
      )}
    </div>
  );
}
