import { parseFrabJson } from './frab-json';
import { parseFrabXml } from './frab-xml';
import { parseIcs } from './ics';
import { parseIndico } from './indico';
import { readJson } from './json';
import { parsePretalxWidget } from './pretalx-widget';
import { parseSessionize } from './sessionize';
import { ScheduleError, scheduleFormats, type ParsedSchedule, type ScheduleFormat, type ScheduleOptions } from './types';

export { ScheduleError, scheduleFormats, type ParsedSchedule, type ScheduleFormat, type ScheduleOptions } from './types';

/** Bigger than any real schedule (36C3's merged XML is 2.3 MB); a bigger file is refused before it is read. */
export const MAX_SCHEDULE_BYTES = 30 * 1024 * 1024;

const has = (value: unknown, ...keys: string[]) =>
  typeof value === 'object' && value !== null && keys.every((k) => k in (value as Record<string, unknown>));

/** Which format a JSON document is, by its shape (never by its name or address). */
function jsonFormat(json: unknown): ScheduleFormat | undefined {
  if (has(json, 'schedule') && has((json as { schedule: unknown }).schedule, 'conference')) return 'frab-json';
  if (has(json, 'talks', 'rooms')) return 'pretalx-widget';
  if (has(json, 'sessions', 'speakers') && Array.isArray((json as { sessions: unknown }).sessions)) return 'sessionize';
  if (has(json, 'results') && Array.isArray((json as { results: unknown }).results)) return 'indico';
  return undefined;
}

/** Says what a file is, by its content: XML, iCalendar or one of the JSON shapes. */
export function sniffFormat(text: string): 'xml' | 'ics' | 'json' | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  if (start.startsWith('<')) return 'xml';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return undefined;
}

/**
 * Reads a schedule file into a conference and its sessions, all checked against the model. Pure: nothing is stored,
 * so a file that fails anywhere leaves nothing behind. Errors are `ScheduleError`s that say where.
 */
export function parseSchedule(text: string, options: ScheduleOptions = {}): ParsedSchedule {
  if (text.length > MAX_SCHEDULE_BYTES) throw new ScheduleError('', `the file is ${(text.length / 1048576).toFixed(1)} MB; schedules are far smaller`);
  const kind = sniffFormat(text);
  if (kind === 'ics') return parseIcs(text, options);
  if (kind === 'xml') return parseFrabXml(text, options);
  if (kind === 'json') {
    const json = readJson(text);
    const format = jsonFormat(json);
    if (format === 'frab-json') return parseFrabJson(json, options);
    if (format === 'pretalx-widget') return parsePretalxWidget(json, options);
    if (format === 'sessionize') return parseSessionize(json, options);
    if (format === 'indico') return parseIndico(json, options);
    throw new ScheduleError('the top level', `a JSON file, but none of the schedules Talkmarks reads (${Object.values(scheduleFormats).join(', ')})`);
  }
  throw new ScheduleError('line 1', `not a schedule file Talkmarks reads (${Object.values(scheduleFormats).join(', ')})`);
}
