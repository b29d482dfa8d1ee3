import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { dayOf } from '../../lib/model/display';
import type { ScheduleEntry } from '../../lib/model/schema';
import type { PopupPrefs } from '../../lib/model/popup-prefs';
import { daysOf, eventZone, groupByDay, openingDay, today } from '../../lib/plan/days';
import { orderDay } from '../../lib/plan/day-order';
import { shortDay } from '../../lib/util/time';
import { browserZone } from '../../lib/util/zones';
import { DayGroups } from '../session/DayGroups';

interface Props {
  /** Every session of the page, in any order. */
  entries: readonly ScheduleEntry[];
  /** The sessions to list (filtered), a subset of `entries`. */
  shown: readonly ScheduleEntry[];
  /** A filter is typed: its matches on every day, under day headings. */
  searching: boolean;
  starred: (key: string) => boolean;
  /** The session the page is about, or whose note was asked for: its day opens, it comes first. */
  focus?: string;
  prefs: PopupPrefs;
  onPrefs: (prefs: PopupPrefs) => void;
  /** The time now (ms): the day the list opens at, and what of today is over. */
  now: number;
  row: (entry: ScheduleEntry) => ComponentChildren;
}

const tabLabel = (day: string | undefined) => (day ? shortDay(day) : 'No time');

/**
 * The popup's sessions: day tabs (opening at today during the event, else the first day), starred first within the
 * day unless switched to by time, and today's sessions that are over last, so the list opens at now.
 */
export function DayList({ entries, shown, searching, starred, focus, prefs, onPrefs, now, row }: Props) {
  const days = useMemo(() => daysOf(entries), [entries]);
  const zone = eventZone(entries) ?? browserZone();
  const [day, setDay] = useState(() => {
    const focused = entries.find((e) => e.key === focus);
    return focused ? dayOf(focused) : openingDay(days, now, zone);
  });
  const order = { starredFirst: prefs.starredFirst, starred, focus };
  const switches = (
    <div class="tm-list-switches">
      <label>
        <input type="checkbox" checked={prefs.starredOnly} onChange={(e) => onPrefs({ ...prefs, starredOnly: e.currentTarget.checked })} />
        Starred only
      </label>
      <label>
        <input type="checkbox" checked={!prefs.starredFirst} onChange={(e) => onPrefs({ ...prefs, starredFirst: !e.currentTarget.checked })} />
        By time (starred not first)
      </label>
    </div>
  );
  if (searching) {
    return (
      <>
        {switches}
        <DayGroups groups={groupByDay(orderDay(shown, order).ahead, (e) => e)} row={row} />
        {!shown.length && <p class="tm-muted">No session of this page matches.</p>}
      </>
    );
  }
  const isToday = day !== undefined && day === today(now, zone);
  const { ahead, earlier } = orderDay(
    shown.filter((e) => dayOf(e) === day),
    { ...order, now: isToday ? now : undefined },
  );
  return (
    <>
      {days.length > 1 && (
        <div class="tm-day-tabs" role="group" aria-label="Days">
          {days.map((d) => (
            <button key={d ?? 'none'} type="button" aria-pressed={d === day} onClick={() => setDay(d)}>
              {tabLabel(d)}
            </button>
          ))}
        </div>
      )}
      {switches}
      <section aria-label={`Sessions of ${tabLabel(day)}`}>
        <ul class="tm-sessions">{ahead.map(row)}</ul>
        {earlier.length > 0 && (
          <>
            <h2 class="tm-earlier">Earlier today</h2>
            <ul class="tm-sessions">{earlier.map(row)}</ul>
          </>
        )}
        {!ahead.length && !earlier.length && <p class="tm-muted">{prefs.starredOnly ? 'Nothing starred on this day.' : 'No sessions on this day.'}</p>}
      </section>
    </>
  );
}
