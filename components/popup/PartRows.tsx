import { Component, type ComponentChildren } from 'preact';
import type { ScheduleEntry } from '../../lib/model/schema';

type DrawRow = (entry: ScheduleEntry) => ComponentChildren;

/**
 * A row drawn again only when its session or the drawing of rows changed (new annotations, another filter): each
 * slice of a filling list then costs its own rows, not every row drawn before it.
 */
class Row extends Component<{ entry: ScheduleEntry; row: DrawRow }> {
  override shouldComponentUpdate(next: { entry: ScheduleEntry; row: DrawRow }) {
    return next.entry !== this.props.entry || next.row !== this.props.row;
  }
  override render() {
    return this.props.row(this.props.entry);
  }
}

/** The height assumed for a row not drawn yet (a popup row at 400 px: title, time and room, speakers). */
const ROW_ESTIMATE = 72;

/**
 * One list of a day, its first `drawn` rows drawn and space as tall as the rest would be: the scroll bar and the
 * day headings below sit about where they will be, and rows filling in above the screen do not move what it shows
 * (the browser's scroll anchoring). Screen readers are told the list is still filling (`aria-busy`).
 */
export function PartRows({ entries, drawn, row }: { entries: readonly ScheduleEntry[]; drawn: number; row: DrawRow }) {
  const waiting = entries.length - drawn;
  return (
    <>
      <ul class="tm-sessions" aria-busy={waiting > 0 || undefined}>
        {entries.slice(0, drawn).map((entry) => (
          <Row key={entry.key} entry={entry} row={row} />
        ))}
      </ul>
      {waiting > 0 && <div class="tm-pending" aria-hidden="true" style={{ height: `${waiting * ROW_ESTIMATE}px` }} />}
    </>
  );
}
