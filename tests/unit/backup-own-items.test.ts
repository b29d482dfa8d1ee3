import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { backupData, importBackup, type BackupImportResult } from '../../lib/db/backup';
import type { Backup } from '../../lib/model/backup';
import type { TalkmarksDb } from '../../lib/db/database';
import { backupJson } from '../../lib/backup/write';
import { problemText, readBackup, type ReadResult } from '../../lib/backup/read';
import type { OwnItem } from '../../lib/model/schema';
import { putOwnItem } from '../../lib/db/own-items';
import { loadPlan } from '../../lib/db/plan';
import { entry, freshDb } from '../support/db';
import { readFixture } from '../support/dom';
import { ownItem } from '../support/plan';
import { conferences } from '../support/profile';

const C = 'sched:demo2026';
const demo = { id: C, platform: 'sched' as const, event: 'demo2026', name: 'Demo Conf 2026', timeZone: 'UTC', seenAt: 1 };
const lunch = ownItem('lunch', 'UTC', '2026-03-24', '12:00', '13:00', { title: 'Lunch with Ann', note: '', updatedAt: 100 });
const v2 = (fields: Partial<Record<keyof Backup, unknown>>) =>
  JSON.stringify({ format: 'talkmarks-backup', version: 2, conferences: [demo], sessions: [], annotations: [], ownItems: [lunch], ...fields });

function read(text: string): Backup {
  const result = readBackup(text);
  if (!result.ok) throw new Error(result.problems.map(problemText).join('\n'));
  return result.backup;
}

function problems(result: ReadResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(problemText);
}

async function importText(db: TalkmarksDb, text: string, source = 'theirs.json'): Promise<BackupImportResult> {
  return importBackup(db, read(text), source);
}

describe('a version-1 backup (before own items and the planning fields)', () => {
  const v1 = readFixture('backup/v1.json');

  it('imports into an empty profile with the planning fields at their defaults and no own items', async () => {
    const db = freshDb();
    const result = await importText(db, v1);
    expect(result).toMatchObject({ added: 2, updated: 0, total: 2, ownItems: { added: 0, updated: 0, unchanged: 0, conflicts: [] }, ownItemsTotal: 0 });
    expect(await db.annotations.get('sched:kccnceu2026:2EsAI')).toMatchObject({
      starred: true, rating: 5, tags: ['gitops', 'security'], priority: null, alternative: false, watchLater: false,
      fieldUpdatedAt: { note: 1773918000000, rating: 1773918000000, starred: 1773914460000 },
    });
    // Exported again it is a version-2 file: the defaults written out, an empty own items list; and that one is stable.
    const again = backupJson(await backupData(db));
    expect(again).toMatch(/^\{\n {2}"format": "talkmarks-backup",\n {2}"version": 4,\n/);
    expect(again).toContain('"alternative":false,"conference":"sched:kccnceu2026","fieldUpdatedAt":{"note":1773918000000');
    expect(again).toContain('"priority":null,"rating":5,"starred":true,"tags":["gitops","security"],"updatedAt":1773918000000,"watchLater":false}');
    expect(again.endsWith('\n  ],\n  "ownItems": [],\n  "journals": [],\n  "templates": [],\n  "noteNames": []\n}\n')).toBe(true);
    const fresh = freshDb();
    await importText(fresh, again);
    expect(backupJson(await backupData(fresh))).toBe(again);
  });

  it('does not reset a priority, alternative or watch later set since, nor own items', async () => {
    const db = freshDb();
    const key = 'sched:kccnceu2026:2EsAI';
    const talk = entry('2EsAI', 'sched:kccnceu2026');
    await patchAnnotation(db, key, 'sched:kccnceu2026', { starred: true, priority: 'must', watchLater: true }, talk, 1773910000000);
    await patchAnnotation(db, key, 'sched:kccnceu2026', { alternative: true }, talk, 1773911000000);
    const booth = await putOwnItem(db, { ...lunch, id: 'booth', conference: 'sched:kccnceu2026' }, 1773912000000);
    const result = await importText(db, v1, 'old.json');
    expect(result.updated).toBe(1);
    expect(await db.annotations.get(key)).toMatchObject({ rating: 5, priority: 'must', alternative: true, watchLater: true });
    expect(await db.ownItems.toArray()).toEqual([booth]);
  });

  it('reads an own items list if a version-1 file has one, and requires it from version 2 on', () => {
    const withOwn = { ...JSON.parse(v1), ownItems: [{ ...lunch, conference: 'sched:kccnceu2026' }] };
    expect(readBackup(JSON.stringify(withOwn))).toMatchObject({ ok: true, backup: { version: 4, ownItems: [{ id: 'lunch' }] } });
    const { ownItems: _, ...without } = JSON.parse(v2({}));
    expect(problems(readBackup(JSON.stringify(without)))).toEqual(['ownItems: is missing (expected a list)']);
  });
});

describe('the planning fields in a backup', () => {
  it('round-trip, and merge field by field: the side set later wins', async () => {
    const db = freshDb();
    const key = `${C}:p1`;
    await patchAnnotation(db, key, C, { starred: true, priority: 'maybe', alternative: true, watchLater: true }, entry('p1'), 1000);
    const file = backupJson(await backupData(db));
    const target = freshDb();
    await importText(target, file);
    expect(await target.annotations.get(key)).toEqual(await db.annotations.get(key));
    expect(backupJson(await backupData(target))).toBe(file);

    await patchAnnotation(target, key, C, { priority: 'must' }, undefined, 2000);
    await patchAnnotation(db, key, C, { watchLater: false }, undefined, 3000);
    await importText(target, backupJson(await backupData(db)));
    expect(await target.annotations.get(key)).toMatchObject({ priority: 'must', alternative: true, watchLater: false, fieldUpdatedAt: { priority: 2000, watchLater: 3000 } });
  });
});

describe('own items refused with what and where', () => {
  const cases: [string, string, string[]][] = [
    [
      'an own item of a conference the file does not hold',
      v2({ ownItems: [lunch, { ...lunch, id: 'booth', conference: 'sched:nowhere2026' }] }),
      ['ownItems[1] "booth".conference: is "sched:nowhere2026", a conference this file does not hold'],
    ],
    ['an own item of a conference that is no conference id', v2({ ownItems: [{ ...lunch, conference: '../etc' }] }), ['ownItems[0] "lunch".conference: must look like platform:event']],
    ['two own items with one id', v2({ ownItems: [lunch, { ...lunch, title: 'Other' }] }), ['ownItems[1] "lunch": has the same id as ownItems[0]']],
    ['an own item ending before it starts', v2({ ownItems: [{ ...lunch, end: lunch.start }] }), ['ownItems[0] "lunch".end: must end after it starts']],
    ['an own item without a title', v2({ ownItems: [{ ...lunch, title: '  ' }] }), ['ownItems[0] "lunch".title: needs a title']],
    ['an RTL override in an own item id', v2({ ownItems: [{ ...lunch, id: 'lunch\u202Eexe.txt' }] }), ['ownItems[0] "lunch\\u202eexe.txt".id: must be a short id']],
    ['an own item time that is no instant', v2({ ownItems: [{ ...lunch, start: '<script>' }] }), [expect.stringMatching(/^ownItems\[0\] "lunch"\.start: /) as unknown as string]],
    ['a 200 KB own item note', v2({ ownItems: [{ ...lunch, note: 'x'.repeat(200_000) }] }), [expect.stringMatching(/^ownItems\[0\] "lunch"\.note: Too big/) as unknown as string]],
    ['own items that are not a list', v2({ ownItems: { lunch } }), ['ownItems: must be a list']],
  ];

  it.each(cases)('refuses %s', async (_name, text, expected) => {
    expect(problems(readBackup(text))).toEqual(expected);
  });

  it('keeps the profile as it was when one own item of the file is refused', async () => {
    const db = freshDb();
    const mine = await putOwnItem(db, lunch, 50);
    const file = v2({ ownItems: [{ ...lunch, title: 'Changed', updatedAt: 999 }, { ...lunch, id: 'x', conference: 'sched:nowhere2026' }] });
    expect(readBackup(file).ok).toBe(false);
    expect(await db.ownItems.toArray()).toEqual([mine]);
  });
});

describe('own items merged into a profile that has some', () => {
  it('adds those only in the file, keeps those only here, and the item changed later wins whole', async () => {
    const db = freshDb();
    await db.conferences.put(demo);
    const here = await putOwnItem(db, { ...lunch, id: 'here-only' }, 100);
    await putOwnItem(db, { ...lunch, id: 'older-here', title: 'Booth duty', place: 'Booth 7' }, 100);
    await putOwnItem(db, { ...lunch, id: 'newer-here', title: 'Hallway chat' }, 900);
    const theirs = [
      { ...lunch, id: 'file-only', updatedAt: 500 },
      { ...lunch, id: 'older-here', title: 'Booth duty (moved)', place: 'Booth 12', alternative: true, updatedAt: 500 },
      { ...lunch, id: 'newer-here', title: 'Hallway chat (old title)', updatedAt: 500 },
    ];
    const result = await importText(db, v2({ ownItems: theirs }));
    expect(result.ownItems).toEqual({ added: 1, updated: 1, unchanged: 1, conflicts: [] });
    expect(result.ownItemsTotal).toBe(4);
    expect(await db.ownItems.get('here-only')).toEqual(here);
    expect(await db.ownItems.get('file-only')).toEqual(theirs[0]);
    expect(await db.ownItems.get('older-here')).toEqual(theirs[1]);
    expect(await db.ownItems.get('newer-here')).toMatchObject({ title: 'Hallway chat', updatedAt: 900 });
    // What the plan then lists: every own item of the conference.
    expect((await loadPlan(db, C)).filter((i) => i.own).map((i) => i.title).sort()).toEqual(['Booth duty (moved)', 'Hallway chat', 'Lunch with Ann', 'Lunch with Ann']);
  });

  it('keeps both notes when both sides wrote a different one, marked as annotation notes are, and names the item', async () => {
    const db = freshDb();
    await putOwnItem(db, { ...lunch, note: 'Bring the badge.' }, Date.UTC(2026, 2, 24, 9));
    const theirs = { ...lunch, title: 'Lunch with Ann and Bo', note: 'Ask about the roadmap.', updatedAt: Date.UTC(2026, 2, 24, 10, 30) };
    const file = v2({ ownItems: [theirs] });
    const result = await importText(db, file, 'bo-backup.json');
    expect(result.ownItems).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: [{ id: 'lunch', title: 'Lunch with Ann and Bo' }] });
    expect(await db.ownItems.get('lunch')).toEqual({
      ...theirs,
      note: 'Bring the badge.\n\n──── Also kept: the note from bo-backup.json, written 2026-03-24 10:30 UTC ────\n\nAsk about the roadmap.',
    });
    // The same file again: nothing new.
    expect((await importText(db, file, 'bo-backup.json')).ownItems).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: [] });
  });

  it('takes the fuller note when one holds the other, whichever side is newer', async () => {
    const db = freshDb();
    await putOwnItem(db, { ...lunch, note: 'Bring the badge. And the charger.' }, 100);
    const result = await importText(db, v2({ ownItems: [{ ...lunch, place: 'Café', note: 'Bring the badge.', updatedAt: 200 }] }));
    expect(result.ownItems).toMatchObject({ updated: 1, conflicts: [] });
    expect(await db.ownItems.get('lunch')).toMatchObject({ place: 'Café', note: 'Bring the badge. And the charger.', updatedAt: 200 });
  });
});

describe('an own item whose conference was never recorded', () => {
  it('is backed up with that conference named by its id, restored exactly, and the real conference wins later', async () => {
    const db = freshDb();
    // `own/put` takes any conference: this one's schedule was never opened here.
    const item: OwnItem = await putOwnItem(db, { ...lunch, conference: 'sched:unseen2026' }, 100);
    const file = backupJson(await backupData(db));
    expect(file).toContain('\n    {"event":"unseen2026","id":"sched:unseen2026","name":"unseen2026","platform":"sched","seenAt":0}\n');

    const target = freshDb();
    const result = await importText(target, file);
    expect(result).toMatchObject({ ownItems: { added: 1 }, conferences: { added: 1 } });
    expect(await target.ownItems.toArray()).toEqual([item]);
    expect((await loadPlan(target, 'sched:unseen2026')).map((i) => i.title)).toEqual(['Lunch with Ann']);
    expect(backupJson(await backupData(target))).toBe(file);

    const seen = freshDb();
    const real = { ...conferences[0]!, id: 'sched:unseen2026', event: 'unseen2026', name: 'Unseen Conf', seenAt: 5 };
    await seen.conferences.put(real);
    expect((await importText(seen, file)).conferences).toEqual({ added: 0, updated: 0 });
    expect(await seen.conferences.get('sched:unseen2026')).toEqual(real);
  });
});
