import { z } from 'zod';
import { send } from '../../lib/protocol/send';
import { OwnItem } from '../../lib/model/schema';
import { clockOf } from '../../lib/plan/quick-add';
import { nextDay, zonedToInstant } from '../../lib/util/time';
import { errorMessage } from '../../lib/util/errors';

export interface OwnItemFields {
  conference: string;
  zone: string;
  /** Event-local `YYYY-MM-DD`. */
  day: string;
  title: string;
  /** As typed: 24-hour text. */
  from: string;
  to: string;
  place: string;
  note: string;
  /** The item edited; otherwise a new one. */
  editing?: OwnItem;
}

/** The instants of an event-local day and times; an end before the start is the next day (a party till 01:00). */
function instants(day: string, from: string, to: string, zone: string): { start?: string; end?: string } {
  const start = zonedToInstant(day, from, zone);
  let end = zonedToInstant(day, to, zone);
  if (start && end && end < start) end = zonedToInstant(nextDay(day), to, zone);
  return { start, end };
}

/** Stores an own item typed in the form or the quick-add line; resolves to what is wrong, or undefined once saved. */
export async function saveOwnItem(f: OwnItemFields): Promise<string | undefined> {
  const fromClock = clockOf(f.from);
  const toClock = clockOf(f.to);
  if (!fromClock || !toClock) return `“${fromClock ? f.to : f.from}” is not a time on a 24-hour clock (like 09:30 or 14:00).`;
  const { start, end } = instants(f.day, fromClock, toClock, f.zone);
  const parsed = OwnItem.safeParse({
    id: f.editing?.id ?? crypto.randomUUID(),
    conference: f.conference,
    title: f.title,
    start,
    end,
    timeZone: f.zone,
    place: f.place,
    note: f.note,
    alternative: f.editing?.alternative ?? false,
    updatedAt: 0,
  });
  if (!parsed.success) return z.prettifyError(parsed.error);
  try {
    await send({ type: 'own/put', item: parsed.data });
    return undefined;
  } catch (e) {
    return errorMessage(e);
  }
}
