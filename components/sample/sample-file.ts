import sampleUrl from '../../assets/sample/kccnceu2026-all.ics?url';
import type { ParsedSchedule } from '../../lib/schedules';

/**
 * The bundled sample: KubeCon + CloudNativeCon Europe 2026's own sched.com `all.ics` (596 sessions over five days,
 * with rooms, tracks and speakers), redistributed under the MIT licence of the repository it was saved in (see the
 * README). It ships as a file of the extension and is read only when the user asks for it.
 */
export const SAMPLE_FROM = 'Talkmarks sample: kccnceu2026.sched.com/all.ics, bundled with the extension';

export async function readSample(): Promise<ParsedSchedule> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`the sample file could not be read (${response.status})`);
  // sched's calendar gives UTC only; the event ran in Amsterdam, so its times read as the attendees saw them, just
  // as a user importing this file would choose in the import preview.
  // The parsers (every format, zod schemas, the sched adapter) are fetched on the press: the empty dashboard and the
  // welcome page offer the sample but should not load them to draw the button.
  const { parseSchedule } = await import('../../lib/schedules');
  return parseSchedule(await response.text(), { fileName: 'kccnceu2026-all.ics', timeZone: 'Europe/Amsterdam' });
}
