import { describe, expect, it } from 'vitest';
import { patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { planCalendar } from '../../lib/export/ics';
import { loadExportSources } from '../../lib/db/export-sources';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset } from '../../lib/export/options';
import { annotateSample, kubecon, kubeconEntries } from '../support/annotated';
import { entry, freshDb } from '../support/db';
import { parseCalendar } from '../support/ical';
import { all, headings, parseMarkdown } from '../support/markdown-tree';
import { readReal } from '../support/fixtures';

describe('export sources from the database', () => {
  it('gives each conference its annotated sessions and every day its schedule shows', async () => {
    const db = freshDb();
    const conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo', timeZone: 'UTC' } as const;
    await recordSeen(db, conference, [
      entry('a', conference.id, { start: '2026-03-24T09:00:00Z', timeZone: 'UTC' }),
      entry('b', conference.id, { start: '2026-03-26T09:00:00Z', timeZone: 'UTC' }),
    ]);
    await patchAnnotation(db, 'sched:demo2026:a', conference.id, { starred: true });
    await patchAnnotation(db, 'sched:gone2025:x', 'sched:gone2025', { rating: 2 });
    const [demo, gone] = await loadExportSources(db, ['sched:demo2026', 'sched:gone2025']);
    expect(demo!.conference).toEqual(conference);
    expect(demo!.sessions.map((s) => s.entry.key)).toEqual(['sched:demo2026:a']);
    expect(demo!.days).toEqual(['2026-03-24', '2026-03-26']);
    // Annotations that outlived their conference's record are still exported, named by the event id.
    expect(gone!.conference.name).toBe('gone2025');
    expect(gone!.sessions).toHaveLength(1);
  });
});

describe('exports of the real KubeCon EU 2026 schedule (all.ics) with made-up notes', () => {
  const entries = kubeconEntries(readReal('sched/kccnceu2026-all.ics'));
  const sessions = annotateSample(entries);
  const source = { conference: kubecon, sessions, days: ['2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'] };

  it('the highlights write-up is clean CommonMark: its days, every talk linked once per day section, no HTML', () => {
    const md = renderMarkdown([source], withPreset('highlights', ['cool-tech']));
    const tree = parseMarkdown(md);
    expect(all(tree, 'html')).toEqual([]);
    expect(headings(tree).filter(([d]) => d === 2).map(([, t]) => t)).toEqual([
      'Monday, 23 March 2026',
      'Tuesday, 24 March 2026',
      'Wednesday, 25 March 2026',
      'Thursday, 26 March 2026',
      'Cool tech',
    ]);
    const links = all(tree, 'link').map((l) => l.url);
    for (const s of sessions) expect(links).toContain(s.entry.url);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('the calendar holds every starred talk at the instant sched published', () => {
    const calendar = planCalendar([source], Date.UTC(2026, 2, 27));
    const starred = sessions.filter((s) => s.annotation.starred);
    expect(calendar.skipped).toEqual([]);
    const events = parseCalendar(calendar.text).events;
    expect(events).toHaveLength(starred.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const s of starred) {
      const event = byUid.get(`${s.entry.key}@talkmarks`)!;
      expect(event.summary).toBe(s.entry.title);
      expect(event.start).toBe(s.entry.start);
      expect(event.end).toBe(s.entry.end);
    }
  });
});
