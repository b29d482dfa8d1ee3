import { frabSchedule, type FrabConference, type FrabEvent } from './frab';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';

/** Element children by name, read once: events have ~20 children and a big file has thousands of events. */
function childTexts(el: Element): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const child of el.children) if (!map.has(child.localName)) map.set(child.localName, child);
  return map;
}

const textOf = (map: Map<string, Element>, name: string) => map.get(name)?.textContent ?? undefined;

/** DOMParser reports bad XML as a document holding `<parsererror>`, whose text names line and column. */
export function parseXml(text: string): Document {
  // Schedules never declare entities; a file that does may be trying to expand them into gigabytes.
  if (/<!ENTITY/i.test(text)) throw new ScheduleError('', 'the file declares XML entities (<!ENTITY …>), which schedule files never do');
  // The declaration says nothing a decoded string needs, and happy-dom (the DOM of `npm run parse` and the tests)
  // rejects the single-quoted form older frab and pretalx write: `<?xml version='1.0'?>`.
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
    const where = /line (\d+)(?: at)? column (\d+)/i.exec(detail);
    throw new ScheduleError(where ? `line ${where[1]}, column ${where[2]}` : '', `not well-formed XML (${detail.slice(0, 200) || 'parse error'})`);
  }
  return doc;
}

/** frab / Pentabarf / pretalx / wafer `schedule.xml`: `schedule > conference, day > room > event`. */
export function parseFrabXml(text: string, options: ScheduleOptions): ParsedSchedule {
  const doc = parseXml(text);
  const root = doc.documentElement;
  if (root.localName !== 'schedule') throw new ScheduleError('', `not a frab schedule: the root element is <${root.localName}>, not <schedule>`);
  const top = childTexts(root);
  const confEl = top.get('conference');
  if (!confEl) throw new ScheduleError('<schedule>', 'no <conference> element');
  const c = childTexts(confEl);
  const conf: FrabConference = {
    acronym: textOf(c, 'acronym'),
    title: textOf(c, 'title'),
    baseUrl: textOf(c, 'base_url')?.trim(),
    timeZoneName: textOf(c, 'time_zone_name')?.trim(),
    dayChange: textOf(c, 'day_change')?.trim(),
    generator: top.get('generator')?.getAttribute('name') ?? undefined,
  };
  const events: FrabEvent[] = [];
  for (const day of root.getElementsByTagName('day')) {
    const dayDate = day.getAttribute('date') ?? undefined;
    const dayStart = day.getAttribute('start') ?? undefined;
    const dayLabel = `day ${day.getAttribute('index') ?? '?'} (${dayDate ?? 'no date'})`;
    for (const room of day.children) {
      if (room.localName !== 'room') continue;
      for (const event of room.children) {
        if (event.localName !== 'event') continue;
        const e = childTexts(event);
        const id = event.getAttribute('id') ?? undefined;
        events.push({
          where: `${dayLabel}, room “${room.getAttribute('name') ?? ''}”, event ${id ?? event.getAttribute('guid') ?? `#${events.length + 1}`}`,
          id,
          guid: event.getAttribute('guid') ?? undefined,
          date: textOf(e, 'date')?.trim() || undefined,
          dayDate,
          dayStart,
          start: textOf(e, 'start'),
          duration: textOf(e, 'duration'),
          room: textOf(e, 'room') || room.getAttribute('name') || undefined,
          title: textOf(e, 'title'),
          track: textOf(e, 'track'),
          abstract: textOf(e, 'abstract'),
          description: textOf(e, 'description'),
          url: textOf(e, 'url')?.trim(),
          persons: [...(e.get('persons')?.children ?? [])].filter((p) => p.localName === 'person').map((p) => p.textContent ?? ''),
        });
      }
    }
  }
  return frabSchedule('frab-xml', conf, events, options);
}
