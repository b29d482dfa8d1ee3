import { describe, expect, it } from 'vitest';
import { annotatedSessions, patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { parseSchedule } from '../../lib/schedules';
import { removeScheduleImport, storeSchedule } from '../../lib/db/schedules';
import { readFixture } from '../support/dom';
import { entry, freshDb, reversedKeys } from '../support/db';

const dst = () => parseSchedule(readFixture('schedules/frab-dst-local.xml'));

describe('storing an imported schedule', () => {
  it('stores the conference as imported and every session, in one go', async () => {
    const db = freshDb();
    const result = await storeSchedule(db, dst(), { from: 'frab-dst-local.xml' }, 1000);
    expect(result).toEqual({ conference: 'frab:dstcon24', added: 4, updated: 0, unchanged: 0, changes: 0 });
    expect(await db.sessions.where('conference').equals('frab:dstcon24').count()).toBe(4);
    expect(await db.conferences.get('frab:dstcon24')).toMatchObject({
      name: 'DST Con 2024',
      timeZone: 'Europe/Brussels',
      imported: { from: 'frab-dst-local.xml', at: 1000, format: 'frab-xml', sessions: 4, zoneNote: 'Europe/Brussels, as the file says' },
    });
  });

  it('importing again changes nothing that did not change, and keeps annotations', async () => {
    const db = freshDb();
    await storeSchedule(db, dst(), { from: 'a' }, 1000);
    await patchAnnotation(db, 'frab:dstcon24:00000000-0000-4000-8000-000000000101', 'frab:dstcon24', { starred: true, note: 'go' });
    expect(await storeSchedule(db, dst(), { from: 'a' }, 2000)).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    const [annotated] = await annotatedSessions(db, 'frab:dstcon24');
    expect(annotated).toMatchObject({ entry: { title: 'Saturday morning', start: '2024-03-30T09:00:00.000Z' }, annotation: { starred: true, note: 'go' } });
  });

  it('a stored session whose fields were written in another order counts as unchanged', async () => {
    const db = freshDb();
    await storeSchedule(db, dst(), { from: 'a' }, 1000);
    const rows = await db.sessions.where('conference').equals('frab:dstcon24').toArray();
    await db.sessions.bulkPut(rows.map((r) => ({ ...reversedKeys(r), speakers: r.speakers.map(reversedKeys) })));
    expect(await storeSchedule(db, dst(), { from: 'a' }, 2000)).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
  });

  it('joins what the page recorded: same key, same annotation; a guessed zone gives way to the page’s', async () => {
    const db = freshDb();
    const page = { id: 'sched:demo2026', platform: 'sched' as const, event: 'demo2026', name: 'DemoConf 2026', timeZone: 'Europe/Amsterdam' };
    const long = '0c2c3729721440b841aaaf02e5d99579';
    await recordSeen(db, page, [entry('a1Aa', 'sched:demo2026', { aliases: [`sched:demo2026:${long}`] })]);
    await patchAnnotation(db, `sched:demo2026:${long}`, 'sched:demo2026', { rating: 5 });
    const ics = [
      'BEGIN:VCALENDAR', 'PRODID:-//Sched.com DemoConf 2026//EN', 'X-WR-CALNAME:demo2026', 'X-WR-TIMEZONE:UTC',
      'BEGIN:VEVENT', 'DTSTART:20260324T080000Z', 'DTEND:20260324T083000Z', 'SUMMARY:GitOps at Scale', `UID:${long}`,
      `URL:http://demo2026.sched.com/event/${long}`, 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    await storeSchedule(db, parseSchedule(ics), { from: 'all.ics' });
    expect(await db.conferences.get('sched:demo2026')).toMatchObject({ name: 'DemoConf 2026', timeZone: 'Europe/Amsterdam' });
    expect(await db.sessions.get(`sched:demo2026:${long}`)).toMatchObject({ title: 'GitOps at Scale', timeZone: 'Europe/Amsterdam' });
    const [annotated] = await annotatedSessions(db, 'sched:demo2026');
    expect(annotated).toMatchObject({ entry: { title: 'GitOps at Scale' }, annotation: { rating: 5 } });
  });

  it('a file that fails to parse leaves the database as it was', async () => {
    const db = freshDb();
    const broken = readFixture('schedules/frab-dst-local.xml').replace('<duration>00:30</duration>', '<duration>soon</duration>');
    expect(() => parseSchedule(broken)).toThrow(/duration “soon”/);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.conferences.count()).toBe(0);
  });

  it('removing an import drops its sessions but keeps annotated ones with their notes', async () => {
    const db = freshDb();
    await storeSchedule(db, dst(), { from: 'a' });
    await patchAnnotation(db, 'frab:dstcon24:00000000-0000-4000-8000-000000000201', 'frab:dstcon24', { tags: ['keep'] });
    expect(await removeScheduleImport(db, 'frab:dstcon24')).toBe(3);
    expect((await db.sessions.toArray()).map((s) => s.title)).toEqual(['Sunday morning']);
    expect((await db.conferences.get('frab:dstcon24'))!.imported).toBeUndefined();
  });
});
