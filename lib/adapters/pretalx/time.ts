import { PrecedingLookup } from '../../util/dom-context';
import { fold } from '../../util/text';
import { endAfterStart, parseClock, plusMinutes, zonedToInstant } from '../../util/time';
import { zoneFromLabel } from '../../util/zones';
import { pretalxSelectors as s } from './selectors';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function readDay(el: Element): string | undefined {
  const tab = el.matches(s.dayTab) ? el : [...el.querySelectorAll(s.dayTab)].pop();
  return tab && isoDay.test(tab.id) ? tab.id : undefined;
}

/** nojs: the day of an entry is the id of the day tab before its list. */
export function createDayLookup(): (el: Element) => string | undefined {
  const days = new PrecedingLookup<string>({ read: readDay });
  return (el) => days.find(el);
}

/** nojs list block: `.start` `01:50` and `.duration` `90min` on the day of its tab, in the event's zone. */
export function slotOf(card: Element, day: string | undefined, timeZone: string) {
  const clock = parseClock(fold(card.querySelector(s.start)?.textContent));
  const start = day && clock ? zonedToInstant(day, clock, timeZone) : undefined;
  if (!start) return {};
  const minutes = /(\d+)\s*min/i.exec(card.querySelector(s.duration)?.textContent ?? '')?.[1];
  return { start, ...(minutes ? { end: plusMinutes(start, Number(minutes)) } : {}), timeZone };
}

/**
 * Talk page: `09-06, 12:30–13:00 (Europe/Berlin), Pale Golden Rod Room`. The year is not there; the page's keywords
 * carry the event's (`DemoCon, democon, 2022, …`). The zone in brackets is an IANA name.
 */
export function readTalkWhen(text: string, keywords: string | null | undefined, knownZone?: string) {
  const m = /(?:(\d{4})-)?(\d{1,2})-(\d{1,2}),\s*(\d{1,2}:\d{2})\s*[–—-]\s*(\d{1,2}:\d{2})(?:\s*\(([^)]+)\))?(?:,\s*(.+))?/.exec(text);
  if (!m) return {};
  const [, y, mo, d, from, to, zoneLabel, room] = m;
  const year = y ?? /\b(?:19|20)\d{2}\b/.exec(keywords ?? '')?.[0];
  const timeZone = zoneFromLabel(zoneLabel) ?? knownZone;
  const roomText = room ? fold(room) : undefined;
  if (!year || !timeZone) return roomText ? { room: roomText } : {};
  const day = `${year}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const start = zonedToInstant(day, from!, timeZone);
  let end = zonedToInstant(day, to!, timeZone);
  if (start && end) end = endAfterStart(start, end);
  return { ...(start ? { start, timeZone } : {}), ...(end ? { end } : {}), ...(roomText ? { room: roomText } : {}) };
}
