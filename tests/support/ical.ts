import ICAL from 'ical.js';

/** An exported calendar read back by ical.js, an independent RFC 5545 parser, as plain values. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string | undefined;
  location: string | undefined;
  description: string | undefined;
  url: string | undefined;
  categories: string[];
  sequence: number | undefined;
}

export function parseCalendar(text: string): { name: string | undefined; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? undefined : String(v);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: vevent.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : undefined,
      location: value('location'),
      description: value('description'),
      url: value('url'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      sequence: vevent.hasProperty('sequence') ? Number(value('sequence')) : undefined,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname')?.toString(), events };
}
