import { sched } from '../../lib/adapters/sched/adapter';
import type { PageEntry } from '../../lib/adapters/types';
import type { ScheduleEntry } from '../../lib/model/schema';
import { htmlDocument, readFixture } from './dom';

/** A fixture page of tests/fixtures/sched read at the URL it stands for, as the content script would. */
export function readSchedFixture(file: string, url: string) {
  const page = new URL(url);
  const doc = htmlDocument(readFixture(`sched/${file}`));
  const found: PageEntry[] = sched.parse(doc, page);
  const entries: ScheduleEntry[] = found.map((f) => f.entry);
  const byId = new Map(entries.map((e) => [e.key.slice(e.key.lastIndexOf(':') + 1), e]));
  return { doc, found, entries, byId, conference: sched.conference(doc, page), focus: sched.focus!(page) };
}
