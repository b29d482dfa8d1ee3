/** A test-side reader of sched's all.ics, only to check the adapter against real session data. */
export interface IcsEvent {
  uid: string;
  summary: string;
  start: string;
  end?: string;
  location?: string;
  categories?: string;
  url?: string;
  description?: string;
}

const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

function instant(v: string | undefined): string | undefined {
  const m = v && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
}

export function readIcs(text: string): IcsEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const events: IcsEvent[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push({
        uid: current.UID!,
        summary: unescape(current.SUMMARY ?? ''),
        start: instant(current.DTSTART)!,
        end: instant(current.DTEND),
        location: current.LOCATION && unescape(current.LOCATION),
        categories: current.CATEGORIES && unescape(current.CATEGORIES),
        url: current.URL,
        description: current.DESCRIPTION && unescape(current.DESCRIPTION),
      });
      current = undefined;
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current[line.slice(0, i).split(';')[0]!] = line.slice(i + 1);
    }
  }
  return events;
}
