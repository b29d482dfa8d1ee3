import type { ImportDiff } from '../../lib/db/import-diff';
import type { ChangedEntry } from '../../lib/merge/schedule-diff';
import { changeLabel } from '../../lib/model/change-label';
import { timeRange } from '../../lib/model/display';
import type { ScheduleEntry } from '../../lib/model/schema';

/** Long lists are cut: the counts above them say how many there are. */
const SHOWN = 30;

function changeText({ after, changes }: ChangedEntry): string {
  const base = { conference: after.conference, key: after.key, seenAt: 0, source: '', ...(after.timeZone ? { timeZone: after.timeZone } : {}) };
  return changes.map((c) => changeLabel({ ...base, ...c })).join('; ');
}

function Part<T>({ heading, items, picks, keyOf, line }: { heading: string; items: T[]; picks: ReadonlySet<string>; keyOf: (item: T) => string; line: (item: T) => string }) {
  if (!items.length) return null;
  return (
    <section aria-label={heading}>
      <h4>{heading}</h4>
      <ul>
        {items.slice(0, SHOWN).map((item) => (
          <li key={keyOf(item)}>
            {picks.has(keyOf(item)) && <strong>Your pick: </strong>}
            {line(item)}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p class="tm-muted">and {items.length - SHOWN} more</p>}
    </section>
  );
}

const entryLine = (e: ScheduleEntry) => [e.title, timeRange(e), e.room].filter(Boolean).join(' · ');

/** What importing the file again would change, before Import: the user's picks first in each list. */
export function ImportDiffView({ diff }: { diff: ImportDiff }) {
  const touched = diff.changed.filter((c) => diff.picks.has(c.before.key)).length + diff.removed.filter((e) => diff.picks.has(e.key)).length;
  return (
    <section class="tm-import-diff" aria-label="Changes since the last import">
      <p>
        Since the last import: {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed, {diff.unchanged} unchanged.
        {touched > 0 && <strong> {touched} of them touch your picks: they are recorded as changes when you import.</strong>}
      </p>
      <Part heading="Changed" items={diff.changed} picks={diff.picks} keyOf={(c) => c.before.key} line={(c) => `${c.after.title}: ${changeText(c)}`} />
      <Part heading="Removed" items={diff.removed} picks={diff.picks} keyOf={(e) => e.key} line={entryLine} />
      <Part heading="Added" items={diff.added} picks={diff.picks} keyOf={(e) => e.key} line={entryLine} />
    </section>
  );
}
