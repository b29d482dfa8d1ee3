import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../lib/schedules';
import { importSample, NotASampleError, removeSample, sampleState } from '../../lib/db/sample';
import { patchAnnotation } from '../../lib/db/annotations';
import { putOwnItem } from '../../lib/db/own-items';
import { storeSchedule } from '../../lib/db/schedules';
import { readReal } from '../support/fixtures';
import { freshDb } from '../support/db';

const sampleText = readFileSync('assets/sample/kccnceu2026-all.ics', 'utf8');
const parsed = () => parseSchedule(sampleText, { timeZone: 'Europe/Amsterdam' });
const other = () => parseSchedule(readReal('frab/debconf23-schedule.xml'));

describe('the bundled sample conference', () => {
  it('is byte for byte the real sched all.ics of tests/fixtures/real, so the real-schedule tests cover it', () => {
    expect(sampleText).toBe(readReal('sched/kccnceu2026-all.ics'));
  });

  it('imports as a labelled sample with every session, through the schedule importer', async () => {
    const db = freshDb();
    const result = await importSample(db, parsed(), 'sample');
    expect(result).toMatchObject({ conference: 'sched:kccnceu2026', added: 596 });
    const conference = await db.conferences.get('sched:kccnceu2026');
    expect(conference).toMatchObject({ name: 'KubeCon + CloudNativeCon Europe 2026 (sample)', timeZone: 'Europe/Amsterdam', imported: { sample: true, sessions: 596 } });
    // Importing it again changes nothing and stays a sample.
    expect(await importSample(db, parsed(), 'sample')).toMatchObject({ added: 0, unchanged: 596 });
  });

  it('never takes over a conference the user has for real: removing the sample would take their notes', async () => {
    const db = freshDb();
    await storeSchedule(db, parsed(), { from: 'all.ics' });
    await expect(importSample(db, parsed(), 'sample')).rejects.toBeInstanceOf(NotASampleError);
    expect((await db.conferences.get('sched:kccnceu2026'))?.imported?.sample).toBeUndefined();
    expect(await removeSample(db, 'sched:kccnceu2026')).toBe(false);
    expect(await db.sessions.where('conference').equals('sched:kccnceu2026').count()).toBe(596);
  });

  it('goes with everything annotated in it, and with nothing of another conference', async () => {
    const db = freshDb();
    await importSample(db, parsed(), 'sample');
    await storeSchedule(db, other(), { from: 'debconf23.xml' });
    const [a, b] = parsed().entries;
    const kept = other().entries[0]!;
    await patchAnnotation(db, a!.key, a!.conference, { starred: true, note: 'first' }, a);
    await patchAnnotation(db, b!.key, b!.conference, { rating: 4 }, b);
    await patchAnnotation(db, kept.key, kept.conference, { note: 'keep me' }, kept);
    await putOwnItem(db, { id: 'lunch', conference: 'sched:kccnceu2026', title: 'Lunch', start: a!.start!, end: a!.end!, timeZone: 'Europe/Amsterdam', place: '', note: '', alternative: false, updatedAt: 0 });
    expect(await sampleState(db, 'sched:kccnceu2026')).toEqual({ present: true, sample: true, annotated: 2, notes: 1, ownItems: 1 });

    expect(await removeSample(db, 'sched:kccnceu2026')).toBe(true);
    expect(await db.conferences.get('sched:kccnceu2026')).toBeUndefined();
    expect(await db.sessions.where('conference').equals('sched:kccnceu2026').count()).toBe(0);
    expect(await db.annotations.where('conference').equals('sched:kccnceu2026').count()).toBe(0);
    expect(await db.ownItems.count()).toBe(0);
    expect((await db.annotations.get(kept.key))?.note).toBe('keep me');
    expect(await db.sessions.where('conference').equals(kept.conference).count()).toBe(other().entries.length);
  });
});
