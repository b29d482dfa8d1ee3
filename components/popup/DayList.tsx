import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { dayOf } from '../../lib/model/display';
import type { ScheduleEntry } from '../../lib/model/schema';
import type { PopupPrefs } from '../../lib/model/popup-prefs';
import { eventZone, groupByDay, openingDay, today, type DayGroup } from '../../lib/plan/days';
import { orderDay } from '../../lib/plan/day-order';
import { drawnCounts, fillOrder } from '../../lib/util/fill-order';
import { shortDay } from '../../lib/util/time';
import { browserZone } from '../../lib/util/zones';
import { dayAnchor, DayGroups } from '../session/DayGroups';
import { useFill } from '../hooks/use-fill';
import { PartRows } from './PartRows';

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

/**
 * The popup's sessions under event-local day headings, with a row of day buttons that jump to each. During the
 * event it opens at today, whose sessions that are over go last ("Earlier today"), so the top is what is on now;
 * before or after it, at the first day. Starred first within each day unless switched to by time.
 * A long list is drawn the day it opens at first and the rest after the first paint; a day jumped to is drawn whole.
 */
export function DayList({ shown, starred, focus, prefs, onPrefs, now, row }: Props) {
  const zone = eventZone(shown) ?? browserZone();
  const day = today(now, zone);
  // Each day is two parts, its sessions ahead and those of today that are over: part 2i and 2i + 1 of day i.
  const { groups, parts } = useMemo(() => {
    const order = { starredFirst: prefs.starredFirst, starred, focus };
    const parts: ScheduleEntry[][] = [];
    const groups = groupByDay(shown, (e) => e).map((g): DayGroup<ScheduleEntry> => {
      const { ahead, earlier } = orderDay(g.items, { ...order, now: g.day === day ? now : undefined });
      parts.push(ahead, earlier);
      return { ...g, items: ahead };
    });
    return { groups, parts };
  }, [shown, prefs.starredFirst, starred, focus, day, now]);
  const days = groups.map((g) => g.day);

  // Where the list opens, decided once it has rows: the page's own session's day, else today during the event.
  const [start, setStart] = useState<{ day: string | undefined }>();
  const openingOf = () => {
    const focused = shown.find((e) => e.key === focus);
    return { day: focused ? dayOf(focused) : openingDay(days, now, zone) };
  };
  const opening = start ?? (groups.length ? openingOf() : undefined);
  const [jumped, setJumped] = useState<ReadonlySet<string | undefined>>(new Set());
  const [jumpTo, setJumpTo] = useState<{ day: string | undefined }>();
  const budget = useFill(shown.length);
  const counts = useMemo(() => {
    const first = days.indexOf(opening?.day);
    const whole = new Set(days.flatMap((d, i) => (jumped.has(d) ? [2 * i, 2 * i + 1] : [])));
    return drawnCounts(parts.map((p) => p.length), fillOrder(parts.length, first < 0 ? [] : [2 * first, 2 * first + 1]), budget, whole);
  }, [parts, opening?.day, jumped, budget]);

  useLayoutEffect(() => {
    if (start || !opening) return;
    setStart(opening);
    if (opening.day !== days[0]) document.getElementById(dayAnchor(opening.day))?.scrollIntoView({ block: 'start' });
  }, [groups.length]);
  // After the day jumped to is drawn: its heading at the top, and focus there, so Tab goes on into its rows.
  useLayoutEffect(() => {
    if (!jumpTo) return;
    const heading = document.getElementById(dayAnchor(jumpTo.day));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [jumpTo]);
  const jump = (d: string | undefined) => {
    setJumped((s) => (s.has(d) ? s : new Set([...s, d])));
    setJumpTo({ day: d });
  };

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
        list={(g) => <PartRows entries={g.items} drawn={counts[2 * groups.indexOf(g)]!} row={row} />}
        after={(g) => {
          const i = 2 * groups.indexOf(g) + 1;
          return (
            parts[i]!.length > 0 && (
              <>
                <h3 class="tm-earlier">Earlier today</h3>
                <PartRows entries={parts[i]!} drawn={counts[i]!} row={row} />
              </>
            )
          );
        }}
      />
      {!groups.length && <p class="tm-muted">{prefs.starredOnly ? 'Nothing starred here yet: switch off Starred only to see every session.' : 'No session matches.'}</p>}
    </>
  );
}
