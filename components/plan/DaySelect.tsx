import { longDay } from '../../lib/util/time';

interface Props {
  /** Event-local `YYYY-MM-DD`. */
  value: string;
  /** The days offered, event-local `YYYY-MM-DD`, in the order shown. */
  days: readonly string[];
  onChange: (day: string) => void;
  class?: string;
}

/** "Day" and a choice of the conference's days by their long names, as the own-item forms ask for one. */
export function DaySelect({ value, days, onChange, class: className }: Props) {
  return (
    <label class={className}>
      Day{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {days.map((d) => (
          <option key={d} value={d}>
            {longDay(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
