import { describe, expect, it } from 'vitest';
import { planBackupImport, type Existing } from '../../lib/merge/backup-plan';
import { emptyFields } from '../../lib/model/fields';
import type { Backup, ConferenceRecord, SessionRecord } from '../../lib/model/backup';
import type { Annotation, OwnItem } from '../../lib/model/schema';
import type { JournalEntry } from '../../lib/model/journal';
import type { NoteNameRecord, TemplateRecord } from '../../lib/model/notes-export';

const conference = 'sched:demo2026';
const k = (id: string) => `${conference}:${id}`;
const annotation = (id: string, fields: Partial<Annotation>, at = 100): Annotation => ({
  key: k(id), conference, ...emptyFields, ...fields, updatedAt: at,
  fieldUpdatedAt: Object.fromEntries(Object.keys(fields).map((f) => [f, at])),
});
const session = (id: string, title: string, seenAt = 100): SessionRecord => ({ key: k(id), conference, aliases: [], title, speakers: [], seenAt });
const conf = (name: string, seenAt = 100): ConferenceRecord => ({ id: conference, platform: 'sched', event: 'demo2026', name, seenAt });
const own = (id: string, title: string, note: string, updatedAt: number): OwnItem => ({
  id, conference, title, start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T10:00:00.000Z', timeZone: 'UTC', place: '', note, alternative: false, updatedAt,
});
const journal = (day: string, note: string, at: number): JournalEntry => ({ id: `${conference}|${day}`, conference, day, note, updatedAt: at, fieldUpdatedAt: { note: at } });

interface Held { conferences?: ConferenceRecord[]; sessions?: SessionRecord[]; annotations?: Annotation[]; ownItems?: OwnItem[]; journals?: JournalEntry[]; templates?: TemplateRecord[]; noteNames?: NoteNameRecord[] }
function existing(held: Held = {}, optional = true): Existing {
  const find = <T>(list: T[] | undefined, id: (r: T) => string) => (wanted: string) => list?.find((r) => id(r) === wanted);
  return {
    conference: find(held.conferences, (c) => c.id),
    session: find(held.sessions, (s) => s.key),
    annotation: find(held.annotations, (a) => a.key),
    ownItem: find(held.ownItems, (o) => o.id),
    ...(optional ? { journal: find(held.journals, (j) => j.id), template: find(held.templates, (t) => t.id), noteName: find(held.noteNames, (n) => n.key) } : {}),
  };
}
const backup = (data: Partial<Backup>): Backup => ({ format: 'talkmarks-backup', version: 4, conferences: [], sessions: [], annotations: [], ownItems: [], ...data });

describe('planning a backup import (planBackupImport)', () => {
  it('counts sessions as the dashboard lists them: added, updated, unchanged; a merge that shows nothing is written, not counted', () => {
    const mine = [annotation('a1', { starred: true }), annotation('a2', { rating: 3 }), annotation('a3', { starred: true })];
    const file = backup({
      annotations: [
        annotation('a1', { starred: true }), // the same: unchanged
        annotation('a2', { rating: 5 }, 200), // later: updated
        annotation('a3', { starred: false }, 200), // unstarred later: still counted, it was listed
        annotation('a4', { tags: ['ebpf'] }), // new: added
        annotation('a5', { priority: 'must' }), // new but not listed (a priority alone)
      ],
    });
    const plan = planBackupImport(existing({ annotations: mine }), file, 'b.json');
    expect(plan.report).toMatchObject({ added: 1, updated: 2, unchanged: 1, conflicts: [] });
    expect(plan.annotations.map((a) => a.key)).toEqual([k('a2'), k('a3'), k('a4'), k('a5')]);
  });

  it('names each note kept from both sides by the file’s title, else this profile’s, else its key', () => {
    const mine = ['a1', 'a2', 'a3'].map((id) => annotation(id, { note: `Mine ${id}.` }));
    const file = backup({
      sessions: [session('a1', 'From the file')],
      annotations: ['a1', 'a2', 'a3'].map((id) => annotation(id, { note: `Theirs ${id}.` }, 200)),
    });
    const plan = planBackupImport(existing({ annotations: mine, sessions: [session('a1', 'Here'), session('a2', 'Known here')] }), file, 'b.json');
    expect(plan.report.conflicts).toEqual([{ key: k('a1'), title: 'From the file' }, { key: k('a2'), title: 'Known here' }, { key: k('a3'), title: k('a3') }]);
  });

  it('session and conference snapshots: new ones added, ones seen later updated, older ones left out', () => {
    const held = { sessions: [session('a1', 'Old', 100), session('a2', 'Kept', 300)], conferences: [conf('Demo', 100)] };
    const file = backup({ sessions: [session('a1', 'New', 200), session('a2', 'Older', 200), session('a3', 'Added')], conferences: [conf('Demo 2026', 200)] });
    const plan = planBackupImport(existing(held), file, 'b.json');
    expect(plan.sessions.map((s) => s.title)).toEqual(['New', 'Added']);
    expect(plan.conferences.map((c) => c.name)).toEqual(['Demo 2026']);
    expect([plan.report.sessions, plan.report.conferences]).toEqual([{ added: 1, updated: 1 }, { added: 0, updated: 1 }]);
  });

  it('own items: counted added, updated or unchanged; both notes kept are a conflict named by the item’s title', () => {
    const held = { ownItems: [own('o1', 'Dinner', 'Mine.', 100), own('o2', 'Lunch', '', 100), own('o3', 'Booth', '', 100)] };
    const file = backup({ ownItems: [own('o1', 'Dinner at 8', 'Theirs.', 200), own('o2', 'Lunch', '', 100), own('o3', 'Booth duty', '', 200), own('o4', 'Talk prep', '', 100)] });
    const plan = planBackupImport(existing(held), file, 'b.json');
    expect(plan.report.ownItems).toEqual({ added: 1, updated: 2, unchanged: 1, conflicts: [{ id: 'o1', title: 'Dinner at 8' }] });
    expect(plan.ownItems.map((o) => o.id)).toEqual(['o1', 'o3', 'o4']);
  });

  it('journals: counted, conflicts by id, reported only when the file has some', () => {
    const held = { journals: [journal('2026-03-24', 'Mine.', 100), journal('2026-03-25', 'Same.', 100)] };
    const file = backup({ journals: [journal('2026-03-24', 'Theirs.', 200), journal('2026-03-25', 'Same.', 100), journal('2026-03-26', 'New.', 100)] });
    const plan = planBackupImport(existing(held), file, 'b.json');
    expect(plan.report.journals).toEqual({ added: 1, updated: 1, unchanged: 1, conflicts: [`${conference}|2026-03-24`] });
    expect(plan.journals.map((j) => j.id)).toEqual([`${conference}|2026-03-24`, `${conference}|2026-03-26`]);
    expect(planBackupImport(existing(held), backup({ journals: [] }), 'b.json').report.journals).toBeUndefined();
    // A profile store that cannot read journals takes the file's as new.
    expect(planBackupImport(existing(held, false), file, 'b.json').report.journals).toMatchObject({ added: 3 });
  });

  it('templates and file names fill in, reported only when the file has some', () => {
    const held = { templates: [{ id: 'obsidian/talk', text: 'Mine' }], noteNames: [{ key: k('a1'), name: 'Mine' }] };
    const file = backup({ templates: [{ id: 'obsidian/talk', text: 'Theirs' }, { id: 'plain/day', text: 'Theirs' }], noteNames: [{ key: k('a1'), name: 'Mine' }, { key: k('a2'), name: 'Theirs' }] });
    const plan = planBackupImport(existing(held), file, 'b.json');
    expect(plan.templates).toEqual([{ id: 'plain/day', text: 'Theirs' }]);
    expect(plan.noteNames).toEqual([{ key: k('a2'), name: 'Theirs' }]);
    expect(plan.report.templates).toEqual({ added: 1, unchanged: 0, kept: ['obsidian/talk'] });
    expect(plan.report.noteNames).toEqual({ added: 1, unchanged: 1, kept: [] });
    const none = planBackupImport(existing(held), backup({ templates: [], noteNames: [] }), 'b.json').report;
    expect([none.templates, none.noteNames]).toEqual([undefined, undefined]);
    expect(planBackupImport(existing(held, false), file, 'b.json').templates).toHaveLength(2);
  });

  it('a file from before journals, templates and file names travelled plans none of them', () => {
    const plan = planBackupImport(existing(), backup({ annotations: [annotation('a1', { starred: true })] }), 'old.json');
    expect([plan.journals, plan.templates, plan.noteNames]).toEqual([[], [], []]);
  });
});
