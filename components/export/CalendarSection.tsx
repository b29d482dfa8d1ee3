import type { CalendarExport, CalendarOptions } from '../../lib/export/ics';

interface Props {
  calendar: CalendarExport;
  alternatives: CalendarOptions['alternatives'];
  onAlternatives: (value: CalendarOptions['alternatives']) => void;
  onDownload: () => void;
}

const talks = (n: number) => (n === 1 ? '1 talk' : `${n} talks`);
const items = (n: number) => (n === 1 ? '1 own item' : `${n} own items`);

/**
 * The calendar download of the plan: what the user attends (chosen talks and own items), the alternatives set
 * aside in clashes left out unless asked for as tentative, and the starred talks with no time to give.
 */
export function CalendarSection({ calendar, alternatives, onAlternatives, onDownload }: Props) {
  const { written, own, setAside, skipped } = calendar;
  const tentative = alternatives === 'tentative';
  return (
    <section class="tm-export-calendar" aria-labelledby="tm-calendar-heading">
      <h3 id="tm-calendar-heading">Calendar of my plan</h3>
      <p class="tm-hint">
        {talks(written.length)} and {items(own.length)}
        {setAside.length > 0 && (tentative ? `, alternatives (${setAside.length}) marked tentative` : `; ${setAside.length} set aside in clashes left out`)}.
        Importing a newer file updates these events instead of adding copies.
      </p>
      {setAside.length > 0 && (
        <label>
          <input type="checkbox" checked={tentative} onChange={(e) => onAlternatives(e.currentTarget.checked ? 'tentative' : 'leave-out')} /> Add the
          alternatives as tentative events
        </label>
      )}
      {skipped.length > 0 && (
        <div class="tm-skipped">
          <p>
            Left out, because the schedule gives no time for {skipped.length === 1 ? 'it' : 'them'}:
          </p>
          <ul>
            {skipped.map((s) => (
              <li key={s.entry.key}>{s.entry.title}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={onDownload} disabled={written.length + own.length === 0}>
        Download calendar (.ics)
      </button>
    </section>
  );
}
