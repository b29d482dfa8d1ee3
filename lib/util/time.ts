/** Time zone arithmetic with Intl only: no tz database is bundled into the extension. */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * Remembers recent answers. Sessions share a few dozen time slots, and formatToParts is slow: a page or an
 * export of thousands of sessions asks about the same instants over and over.
 */
function memo<T>(compute: (epochMs: number, timeZone: string) => T): (epochMs: number, timeZone: string) => T {
  const cache = new Map<string, T>();
  return (epochMs, timeZone) => {
    const key = `${timeZone} ${epochMs}`;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 10_000) cache.clear();
      value = compute(epochMs, timeZone);
      cache.set(key, value);
    }
    return value;
  };
}

/** Wall-clock fields of an instant in a zone. */
export const wallClock = memo((epochMs: number, timeZone: string): WallClock => {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour!,
    minute: fields.minute!,
    second: fields.second!,
  };
});

/** How far a zone's clocks are ahead of UTC at an instant, in minutes (CEST: 120). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  return Math.round(offsetMs(epochMs, timeZone) / 60_000);
}

function offsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which a zone's clocks show `date` (YYYY-MM-DD) and `time` (HH:MM or HH:MM:SS).
 * In a DST gap the clock time does not exist; the result is then shifted forward, as calendars do.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return undefined;
  const guess = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!, +(t[3] ?? 0));
  let instant = guess - offsetMs(guess, timeZone);
  const second = guess - offsetMs(instant, timeZone);
  if (second !== instant) instant = Math.max(instant, second);
  return new Date(instant).toISOString();
}

/** Adds minutes to an instant (an ISO string). */
export function plusMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

/** A talk's end read as a clock time before its start's is on the next day: the talk runs past midnight. */
export function endAfterStart(start: string, end: string): string {
  return end < start ? plusMinutes(end, 24 * 60) : end;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant in a zone: the event-local day. */
export function localDate(instant: string, timeZone: string): string {
  const w = wallClock(Date.parse(instant), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `HH:MM` of an instant in a zone. */
export function localTime(instant: string, timeZone: string): string {
  const w = wallClock(Date.parse(instant), timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one: an export of thousands of sessions reuses them. */
function cached(cache: Map<string, Intl.DateTimeFormat>, key: string, make: () => Intl.DateTimeFormat) {
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** Short zone name (CET, CEST, EDT …) as the zone uses it at that instant. */
export function zoneAbbreviation(instant: string, timeZone: string): string {
  return abbreviationAt(Date.parse(instant), timeZone);
}

const abbreviationAt = memo((epochMs: number, timeZone: string): string => {
  // en-US names American zones (EST), en-GB European ones (CET); elsewhere both say GMT+n.
  let name = timeZone;
  for (const locale of ['en-US', 'en-GB']) {
    const formatter = cached(nameFormatters, `${locale} ${timeZone}`, () =>
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
    );
    name = formatter.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
    if (!/^(GMT|UTC)[+-]/.test(name)) break;
  }
  return name;
});

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const dayStyles = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
} as const;

/** A list of thousands of sessions names a few days: each name is formatted once (a day heading per row was 5 ms a keystroke). */
const dayNames = new Map<string, string>();

function formatDay(date: string, style: keyof typeof dayStyles): string {
  const key = `${style} ${date}`;
  let name = dayNames.get(key);
  if (name === undefined) {
    const formatter = cached(dayFormatters, style, () => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...dayStyles[style] }));
    name = formatter.format(Date.parse(`${date}T12:00:00Z`));
    // Bounded: any text may be asked for, though a profile holds a few hundred days at most.
    if (dayNames.size >= 4096) dayNames.clear();
    dayNames.set(key, name);
  }
  return name;
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** "Tuesday, 24 March 2026" for a `YYYY-MM-DD` day. */
export function longDay(date: string): string {
  return formatDay(date, 'long');
}

/** "Tue 24 Mar" for a `YYYY-MM-DD` day. */
export function shortDay(date: string): string {
  return formatDay(date, 'short');
}

/** `3:00am`, `12:30 PM`, `15:30` → `HH:MM` (24 h), or undefined. */
export function parseClock(text: string): string | undefined {
  const m = /(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])\.?\s*m?\.?(?![a-z])|(\d{1,2})[:.h](\d{2})/i.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined) {
    let hour = Number(m[1]);
    if (hour < 1 || hour > 12) return undefined;
    const pm = m[3]!.toLowerCase() === 'p';
    if (hour === 12) hour = 0;
    if (pm) hour += 12;
    return `${pad(hour)}:${m[2] ?? '00'}`;
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Wednesday March 25, 2026", "25 March 2026", "2026-03-25" → `YYYY-MM-DD`. */
export function parseDate(text: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = /([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(text);
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(text);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [];
  if (!monthName) return undefined;
  const month = months.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${pad(month)}-${pad(Number(day))}`;
}
