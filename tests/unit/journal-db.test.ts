import { describe, expect, it } from 'vitest';
import { journalsOf, saveJournal } from '../../lib/db/journal';
import { freshDb } from '../support/db';

const CONF = 'sched:demo2026';

describe('the journal in the database', () => {
  it('keeps one entry per day and one for the conference, each stamped when written', async () => {
    const db = freshDb();
    await saveJournal(db, CONF, '2026-03-24', 'Day 1', '', 100);
    await saveJournal(db, CONF, undefined, 'Trends', '', 200);
    await saveJournal(db, 'sched:other2026', '2026-03-24', 'Elsewhere', '', 300);
    expect(await journalsOf(db, CONF)).toEqual([
      { id: 'sched:demo2026|2026-03-24', conference: CONF, day: '2026-03-24', note: 'Day 1', updatedAt: 100, fieldUpdatedAt: { note: 100 } },
      { id: 'sched:demo2026|conference', conference: CONF, note: 'Trends', updatedAt: 200, fieldUpdatedAt: { note: 200 } },
    ]);
  });

  it('a note changed in another window since this one read it keeps both texts', async () => {
    const db = freshDb();
    await saveJournal(db, CONF, '2026-03-24', 'Keynote', '', 100);
    // The side panel saved on top of what it read; the dashboard still has the empty note it read before.
    await saveJournal(db, CONF, '2026-03-24', 'Hallway track', '', 200);
    const [entry] = await journalsOf(db, CONF);
    expect(entry!.note).toMatch(/^Keynote\n\n──── Also kept: the note from another window, written .* ────\n\nHallway track$/);
  });
});
