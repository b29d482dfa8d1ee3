import { type Annotation, type OwnItem, type ScheduleEntry } from '../../lib/model/schema';
import { zonedToInstant } from '../../lib/util/time';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { emptyFields } from '../../lib/model/fields';

/** A starred session at event-local times (`HH:MM` on `YYYY-MM-DD`; an end before the start is the next day). */
export function talk(
  id: string,
  zone: string,
  date: string,
  from: string,
  to?: string,
  fields: Partial<Annotation> = {},
  conference = 'sched:demo2026',
): AnnotatedSession {
  const start = zonedToInstant(date, from, zone)!;
  let end = to ? zonedToInstant(date, to, zone) : undefined;
  if (end && end <= start) end = new Date(Date.parse(zonedToInstant(date, to!, zone)!) + 86_400_000).toISOString();
  const entry: ScheduleEntry = { key: `${conference}:${id}`, conference, aliases: [], title: `Talk ${id}`, speakers: [], start, end, timeZone: zone, room: `Room ${id}` };
  const annotation: Annotation = { key: entry.key, conference, ...emptyFields, starred: true, updatedAt: 1, fieldUpdatedAt: {}, ...fields };
  return { entry, annotation };
}

export function ownItem(id: string, zone: string, date: string, from: string, to: string, extra: Partial<OwnItem> = {}): OwnItem {
  return {
    id,
    conference: 'sched:demo2026',
    title: `Meeting ${id}`,
    start: zonedToInstant(date, from, zone)!,
    end: zonedToInstant(date, to, zone)!,
    timeZone: zone,
    place: 'Booth 7',
    note: '',
    alternative: false,
    updatedAt: 1,
    ...extra,
  };
}
