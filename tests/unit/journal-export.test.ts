import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { presets, withPreset, type PresetName } from '../../lib/export/options';
import { journalId, type JournalEntry } from '../../lib/model/journal';
import type { Conference } from '../../lib/model/schema';
import { mergeJournal } from '../../lib/merge/journal';
import { talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };
const journal = (day: string | undefined, note: string, at = 1): JournalEntry => ({
  id: journalId(conference.id, day),
  conference: conference.id,
  ...(day ? { day } : {}),
  note,
  updatedAt: at,
  fieldUpdatedAt: { note: at },
});
const sessions = [
  talk('a', AMS, '2026-03-24', '09:00', '09:30', { rating: 5, note: 'Great start' }),
  talk('b', AMS, '2026-03-25', '10:00', '10:30', { rating: 4 }),
];
const journals = [
  journal(undefined, 'Trends: **platform teams** everywhere.'),
  journal('2026-03-24', 'Day 1: started with the keynote.'),
  journal('2026-03-26', 'Day 3: leftovers from yesterday, no talks starred.'),
  journal('2026-03-25', '   '),
];
const render = (preset: PresetName) => renderMarkdown([{ conference, sessions, journals }], withPreset(preset));

describe('the journal in the exports', () => {
  it('Full notes: the conference journal at the top, each day’s under its heading before the talks', () => {
    const md = render('notes');
    expect(md).toContain('# Demo 2026\n\nTrends: **platform teams** everywhere.\n\n## Tuesday, 24 March 2026\n\nDay 1: started with the keynote.\n\n### Talk a');
    // A day with a journal and no talks still gets its heading; an empty journal adds nothing.
    expect(md).toContain('## Wednesday, 25 March 2026\n\n### Talk b');
    expect(md).toMatch(/## Thursday, 26 March 2026\n\nDay 3: leftovers from yesterday, no talks starred\.\n$/);
  });

  it('Highlights: the same places, with the talks as list items', () => {
    const md = render('highlights');
    expect(md.indexOf('Trends:')).toBeLessThan(md.indexOf('Tuesday, 24 March'));
    expect(md).toMatch(/Tuesday, 24 March 2026\n\nDay 1: started with the keynote\.\n\n- /);
    expect(md).toContain('Day 3: leftovers');
  });

  it('the agenda of starred talks, which leaves notes out, leaves the journal out too', () => {
    expect(Object.keys(presets)).toEqual(['highlights', 'notes', 'agenda']);
    const md = render('agenda');
    expect(md).not.toContain('Trends');
    expect(md).not.toContain('Day 1');
    expect(md).not.toContain('Thursday, 26 March');
  });

  it('merges like a session note: the same text once, two different texts both kept', () => {
    const mine = journal('2026-03-24', 'Day 1: keynote', 10);
    expect(mergeJournal(mine, { ...mine, updatedAt: 5 }, 'x.json').outcome).toBe('unchanged');
    expect(mergeJournal(undefined, mine, 'x.json')).toEqual({ entry: mine, outcome: 'added', conflict: false });
    const merged = mergeJournal(mine, journal('2026-03-24', 'Day 1: hallway track', 20), 'backup.json');
    expect(merged.conflict).toBe(true);
    expect(merged.entry.note).toBe('Day 1: keynote\n\n──── Also kept: the note from backup.json, written 1970-01-01 00:00 UTC ────\n\nDay 1: hallway track');
    expect(merged.entry.fieldUpdatedAt.note).toBe(20);
  });
});
