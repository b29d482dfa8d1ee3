import { PrecedingLookup } from '../../util/dom-context';
import { endAfterStart, parseClock, parseDate, zonedToInstant } from '../../util/time';
import { fold } from '../../util/text';
import { zoneFromLabel } from '../../util/zones';
import type { GridFacts } from './grid';
import { schedSelectors as s } from './selectors';

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
const meridiem = /[ap]\.?m/i;

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

function dayAttribute(el: Element): string | undefined {
  const value = el.getAttribute('data-date') ?? el.id;
  return value && isoDay.test(value) ? value : undefined;
}

function readDay(el: Element): string | undefined {
  const marker = lastMatch(el, s.dayMarker);
  return marker && dayAttribute(marker);
}

/** `11:00 - 11:30`, `3:00 - 3:30pm`, `10:00am–12:00pm`: start and end as `HH:MM`. */
export function clockRange(text: string): { from?: string; to?: string } {
  const [fromText = '', toText = ''] = text.split(/\s[-–—]\s|–|—|\sto\s/);
  const from = parseClock(fromText);
  if (!from) return {};
  const to = parseClock(toText);
  // "3:00 - 3:30pm": a first time without am/pm is in the afternoon when the second one is.
  if (to && !meridiem.test(fromText) && meridiem.test(toText)) {
    const shifted = `${String(Number(from.slice(0, 2)) + 12).padStart(2, '0')}${from.slice(2)}`;
    if (shifted < '24:00' && shifted <= to) return { from: shifted, to };
  }
  return { from, to };
}

const known = new Map<string, string | undefined>();

/** Zone math through Intl costs microseconds per call; a schedule has few distinct day/time pairs. */
function instantOf(day: string, time: string, timeZone: string): string | undefined {
  const id = `${day} ${time} ${timeZone}`;
  if (!known.has(id)) {
    if (known.size > 5000) known.clear();
    known.set(id, zonedToInstant(day, time, timeZone));
  }
  return known.get(id);
}

function instants(day: string, from: string, to: string | undefined, timeZone: string): When {
  const start = instantOf(day, from, timeZone);
  if (!start) return {};
  const end = to ? instantOf(day, to, timeZone) : undefined;
  return { start, end: end && endAfterStart(start, end), timeZone };
}

/** `Wednesday March 25, 2026 11:00 - 11:30 <span class=tz>CET</span>` (24-hour or am/pm). */
export function parseDateLine(line: Element, fallbackZone: string): When {
  const text = fold(line.textContent);
  const day = parseDate(text);
  if (!day) return {};
  const timeZone = zoneFromLabel(line.querySelector(s.zone)?.textContent) ?? fallbackZone;
  const { from, to } = clockRange(text.slice(text.search(/\d{4}/) + 4));
  return from ? instants(day, from, to, timeZone) : {};
}

/** An ISO date-time with an offset is an instant; without one it is wall-clock time in `zone`. */
function isoInstant(value: string | null, zone: string): string | undefined {
  const m = value && /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  if (!m[3]) return instantOf(m[1]!, m[2]!, zone);
  const ms = Date.parse(value!.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** `<time datetime>` pairs, or `data-start`/`data-end`: what client-rendered views tend to carry. */
function machineWhen(scope: Element, zone: string): When {
  const holder = scope.matches('[data-start]') ? scope : scope.querySelector('[data-start]');
  if (holder) {
    const start = isoInstant(holder.getAttribute('data-start'), zone);
    if (start) return { start, end: isoInstant(holder.getAttribute('data-end'), zone), timeZone: zone };
  }
  const times = scope.querySelectorAll('time[datetime]');
  const start = isoInstant(times[0]?.getAttribute('datetime') ?? null, zone);
  return start ? { start, end: isoInstant(times[1]?.getAttribute('datetime') ?? null, zone), timeZone: zone } : {};
}

function cardClock(scope: Element): { from?: string; to?: string; zone?: string } {
  const label = scope.querySelector(s.cardTime);
  if (!label) return {};
  return { ...clockRange(fold(label.textContent)), zone: zoneFromLabel(label.querySelector(s.zone)?.textContent) };
}

/** Day and slot lookups for one parse: list views give both in markers before the entries. */
export function createWhenContext(fallbackZone: string, dayInPath: string | undefined, gridOf: (entry: Element) => GridFacts | undefined) {
  const slots = new PrecedingLookup<Slot>({ read: readSlot });
  const days = new PrecedingLookup<string>({ read: readDay });
  const dayOf = (el: Element) => days.find(el) ?? (el.closest('[data-date]') && dayAttribute(el.closest('[data-date]')!)) ?? dayInPath;

  return function whenOf(entry: Element): When {
    const line = entry.querySelector(s.dateLine) ?? (entry.matches(s.dateLine) ? entry : null);
    if (line) {
      const fromLine = parseDateLine(line, fallbackZone);
      if (fromLine.start) return fromLine;
    }
    const machine = machineWhen(entry, fallbackZone);
    if (machine.start) return machine;

    const grid = gridOf(entry);
    if (grid?.from) {
      const day = grid.day ?? dayOf(entry);
      return day ? instants(day, grid.from, grid.to, grid.zone ?? fallbackZone) : {};
    }
    const slot = slots.find(entry);
    if (slot) {
      const day = dayOf(entry);
      const card = cardClock(entry);
      const zone = slot.zone ?? fallbackZone;
      return day ? instants(day, slot.time, card.from === slot.time ? card.to : undefined, zone) : {};
    }
    const card = cardClock(entry);
    const day = card.from && dayOf(entry);
    return day ? instants(day, card.from!, card.to, card.zone ?? fallbackZone) : {};
  };
}
