import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { dayOf } from '../../lib/model/display';
import type { ScheduleEntry } from '../../lib/model/schema';
import type { PopupPrefs } from '../../lib/model/popup-prefs';
import { eventZone, groupByDay, openingDay, today, type DayGroup } from '../../lib/plan/days';
import { orderDay } from '../../lib/plan/day-order';
import { shortDay } from '../../lib/util/time';
import { browserZone } from '../../lib/util/zones';
import { dayAnchor, DayGroups } from '../session/DayGroups';

interface Props {
  /** The sessions to list (filtered). */
  shown: readonly ScheduleEntry[];
  starred: (key: string) => boolean;
  /** The session the page is about, or whose note was asked for: first in its day, and its day is where the list opens. */
  focus?: string;
  prefs: PopupPrefs;
  onPrefs: (prefs: PopupPrefs) => void;
  /** The time now (ms): today's sessions that are over go last, and the list opens at today during the event. */
  now: number;
  row: (entry: ScheduleEntry) => ComponentChildren;
}

const tabLabel = (day: string | undefined) => (day ? shortDay(day) : 'No time');

function jump(day: string | undefined) {
  const heading = document.getElementById(dayAnchor(day));
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * The popup's sessions under event-local day headings, with a row of day buttons that jump to each. During the
 * event it opens at today, whose sessions that are over go last ("Earlier today"), so the top is what is on now;
 * before or after it, at the first day. Starred first within each day unless switched to by time.
 */
export function DayList({ shown, starred, focus, prefs, onPrefs, now, row }: Props) {
  const zone = eventZone(shown) ?? browserZone();
  const day = today(now, zone);
  const { groups, earlier } = useMemo(() => {
    const order = { starredFirst: prefs.starredFirst, starred, focus };
    const earlier = new Map<string | undefined, ScheduleEntry[]>();
    const groups = groupByDay(shown, (e) => e).map((g): DayGroup<ScheduleEntry> => {
      const parts = orderDay(g.items, { ...order, now: g.day === day ? now : undefined });
      if (parts.earlier.length) earlier.set(g.day, parts.earlier);
      return { ...g, items: parts.ahead };
    });
    return { groups, earlier };
  }, [shown, prefs.starredFirst, starred, focus, day, now]);
  const days = groups.map((g) => g.day);

  // Once, when the list first has rows: open at the page's own session's day, else at today during the event.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || !groups.length) return;
    opened.current = true;
    const focused = shown.find((e) => e.key === focus);
    const start = focused ? dayOf(focused) : openingDay(days, now, zone);
    if (start !== days[0]) document.getElementById(dayAnchor(start))?.scrollIntoView({ block: 'start' });
  }, [groups.length]);

  return (
    <>
      {days.length > 1 && (
        <nav class="tm-day-tabs" aria-label="Days">
          {days.map((d) => (
            <button key={d ?? 'none'} type="button" aria-current={d === day ? 'date' : undefined} onClick={() => jump(d)}>
              {tabLabel(d)}
            </button>
          ))}
        </nav>
      )}
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
      <DayGroups
        groups={groups}
        row={row}
        after={(g) =>
          earlier.has(g.day) && (
            <>
              <h3 class="tm-earlier">Earlier today</h3>
              <ul class="tm-sessions">{earlier.get(g.day)!.map(row)}</ul>
            </>
          )
        }
      />
      {!groups.length && <p class="tm-muted">{prefs.starredOnly ? 'Nothing starred here yet: switch off Starred only to see every session.' : 'No session matches.'}</p>}
    </>
  );
}
