/** One own item typed on one line: `12:00-13:00 Lunch with Ana @ Cafe`. Times are event-local, 24-hour. */
export interface QuickItem {
  /** `HH:MM`. */
  from: string;
  to: string;
  title: string;
  place: string;
}

/** Minutes an item lasts when the line gives only its start: the common slot length. */
export const QUICK_MINUTES = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** `9`, `09`, `9:30`, `9.30`, `9h30`, `0930` → `HH:MM` on a 24-hour clock, or undefined. */
export function clockOf(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/i.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

function plus(clock: string, minutes: number): string {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

const TIME = String.raw`\d{1,2}(?:[:.h]?\d{2})?`;
const LINE = new RegExp(String.raw`^\s*(${TIME})(?:\s*(?:-|–|—|to)\s*(${TIME}))?\s+(.+)$`, 'i');

/**
 * Reads a quick-add line, or says what is missing. The time comes first (a range, or a start that lasts
 * {@link QUICK_MINUTES} minutes), then the title; ` @ ` starts the place (the last one, so a title may hold an @).
 * Never a 12-hour clock: "1-2 Coffee" is 01:00–02:00, as the rest of the plan reads.
 */
export function parseQuickAdd(line: string): QuickItem | { error: string } {
  const m = LINE.exec(line);
  if (!m) return { error: 'Start with a time, then the title: “12:00-13:00 Lunch with Ana @ Cafe”.' };
  const from = clockOf(m[1]!);
  const to = m[2] === undefined ? from && plus(from, QUICK_MINUTES) : clockOf(m[2]);
  if (!from || !to) return { error: `“${m[2] === undefined || !from ? m[1] : m[2]}” is not a time on a 24-hour clock (like 09:30 or 14:00).` };
  // A leading space, so a line with no title ("12:00 @ Cafe") still finds its place.
  const rest = ` ${m[3]!}`;
  const at = rest.lastIndexOf(' @ ');
  const title = (at < 0 ? rest : rest.slice(0, at)).trim();
  const place = at < 0 ? '' : rest.slice(at + 3).trim();
  if (!title) return { error: 'Give the item a title after the time.' };
  return { from, to, title, place };
}
