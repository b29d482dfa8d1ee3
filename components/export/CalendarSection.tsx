import type { CalendarExport } from '../../lib/export/ics';

/** The calendar download, with the starred talks it leaves out because the schedule gives them no time. */
export function CalendarSection({ calendar, onDownload }: { calendar: CalendarExport; onDownload: () => void }) {
  const { written, skipped } = calendar;
  return (
    <section class="tm-export-calendar" aria-labelledby="tm-calendar-heading">
      <h3 id="tm-calendar-heading">Calendar of starred talks</h3>
      <p class="tm-hint">
        {written.length} starred {written.length === 1 ? 'talk' : 'talks'} with a time. Importing a newer file updates
        these events instead of adding copies.
      </p>
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
      <button type="button" onClick={onDownload} disabled={written.length === 0}>
        Download calendar (.ics)
      </button>
    </section>
  );
}
