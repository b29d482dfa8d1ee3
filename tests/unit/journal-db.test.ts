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

describe('the journal in the backup', () => {
  it('goes into the file (since version 3) and back, merged into a profile like a session note', async () => {
    const { backupData, importBackup } = await import('../../lib/db/backup');
    const { backupJson } = await import('../../lib/backup/write');
    const { readBackup } = await import('../../lib/backup/read');
    const mine = freshDb();
    await saveJournal(mine, CONF, '2026-03-24', 'Day 1: keynote', '', 100);
    await saveJournal(mine, CONF, undefined, 'Trends', '', 100);
    const file = backupJson(await backupData(mine));
    expect(file).toContain('"version": 4');
    // The journal names a conference this profile never recorded: the file brings it along, so it reads back.
    expect(file).toContain('"journals": [\n    {"conference":"sched:demo2026","day":"2026-03-24"');
    const read = readBackup(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));

    const other = freshDb();
    await saveJournal(other, CONF, '2026-03-24', 'Day 1: hallway track', '', 50);
    const result = await importBackup(other, read.backup, 'talkmarks-backup.json');
    expect(result.journals).toEqual({ added: 1, updated: 1, unchanged: 0, conflicts: ['sched:demo2026|2026-03-24'] });
    const notes = (await journalsOf(other, CONF)).map((j) => j.note);
    expect(notes).toEqual([expect.stringMatching(/^Day 1: hallway track\n\n──── Also kept: the note from talkmarks-backup\.json.*\n\nDay 1: keynote$/), 'Trends']);
    expect((await importBackup(other, read.backup, 'talkmarks-backup.json')).journals).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('a version 2 file (before journals) still imports, with none; a journal filed under another conference is refused', async () => {
    const { readBackup } = await import('../../lib/backup/read');
    const v2 = { format: 'talkmarks-backup', version: 2, conferences: [], sessions: [], annotations: [], ownItems: [] };
    expect(readBackup(JSON.stringify(v2))).toMatchObject({ ok: true, backup: { journals: [] } });
    const conference = { id: CONF, platform: 'sched', event: 'demo2026', name: 'Demo', seenAt: 1 };
    const forged = { id: 'sched:other2026|2026-03-24', conference: CONF, day: '2026-03-24', note: 'x', updatedAt: 1, fieldUpdatedAt: {} };
    const result = readBackup(JSON.stringify({ ...v2, version: 3, conferences: [conference], journals: [forged] }));
    expect(result).toMatchObject({ ok: false, problems: [{ where: 'journals[0] "sched:other2026|2026-03-24".id', message: 'must be sched:demo2026|2026-03-24, its conference and day' }] });
  });
});
