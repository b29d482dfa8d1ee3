import { PrecedingLookup } from '../dom-context';
import { parseClock, parseDate, zonedToInstant } from '../time';
import { fold } from '../text';
import { zoneFromLabel } from '../zones';
import { schedSelectors as s } from './sched-selectors';

export interface When {
  start?: string;
  end?: string;
  timeZone?: string;
}

interface Slot {
  time: string;
  zone?: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function lastMatch(el: Element, selector: string): Element | undefined {
  if (el.matches(selector)) return el;
  const all = el.querySelectorAll(selector);
  return all[all.length - 1];
}

function readSlot(el: Element): Slot | undefined {
  const heading = lastMatch(el, s.slotHeading);
  if (!heading) return undefined;
  const time = parseClock(fold(heading.textContent));
  return time ? { time, zone: zoneFromLabel(heading.querySelector(s.zone)?.textContent) } : undefined;
}

function readDay(el: Element): string | undefined {
  const marker = lastMatch(el, s.dayMarker);
  return marker && isoDay.test(marker.id) ? marker.id : undefined;
}

/** Day and slot lookups for one parse: list views give both in markers before the entries. */
export function createWhenContext(pageUrl: URL, fallbackZone: string) {
  const slots = new PrecedingLookup<Slot>({ read: readSlot });
  const days = new PrecedingLookup<string>({ read: readDay });
  const dayInPath = /\/(\d{4}-\d{2}-\d{2})(?:\/|$)/.exec(pageUrl.pathname)?.[1];

  return function whenOf(entry: Element): When {
    const line = entry.querySelector(s.dateLine);
    if (line) {
      const fromLine = parseDateLine(line, fallbackZone);
      if (fromLine.start) return fromLine;
    }
    const slot = slots.find(entry);
    const day = days.find(entry) ?? dayInPath;
    if (!slot || !day) return {};
    const timeZone = slot.zone ?? fallbackZone;
    return { start: zonedToInstant(day, slot.time, timeZone), timeZone };
  };
}

/** `Wednesday March 25, 2026 11:00 - 11:30 <span class=tz>CET</span>` (24-hour or am/pm). */
export function parseDateLine(line: Element, fallbackZone: string): When {
  const text = fold(line.textContent);
  const day = parseDate(text);
  if (!day) return {};
  const timeZone = zoneFromLabel(line.querySelector(s.zone)?.textContent) ?? fallbackZone;
  const afterYear = text.slice(text.search(/\d{4}/) + 4);
  const [fromText = '', toText = ''] = afterYear.split(/\s[-–—]\s|–|—/);
  const from = parseClock(fromText);
  if (!from) return {};
  const to = parseClock(toText);
  let fromFixed = from;
  // "3:00 - 3:30pm": a first time without am/pm is in the afternoon when the second one is.
  const meridiem = /[ap]\.?m/i;
  if (to && !meridiem.test(fromText) && meridiem.test(toText)) {
    const shifted = `${String(Number(from.slice(0, 2)) + 12).padStart(2, '0')}${from.slice(2)}`;
    if (shifted < '24:00' && shifted <= to) fromFixed = shifted;
  }
  const start = zonedToInstant(day, fromFixed, timeZone);
  let end = to ? zonedToInstant(day, to, timeZone) : undefined;
  if (start && end && end < start) end = new Date(Date.parse(end) + 86_400_000).toISOString();
  return { start, end, timeZone };
}
