import { describe, expect, it } from 'vitest';
import { diffSchedules, entryChanges } from '../../lib/merge/schedule-diff';
import type { ScheduleEntry } from '../../lib/model/schema';

const C = 'sched:demo2026';
const talk = (id: string, extra: Partial<ScheduleEntry> = {}): ScheduleEntry => ({
  key: `${C}:${id}`, conference: C, aliases: [], title: `Talk ${id}`, speakers: [],
  start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T09:30:00.000Z', room: 'Hall A', ...extra,
});
const UID = '3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';

describe('what the schedule changed in one session (entryChanges)', () => {
  it('a moved start is one time change, old and new as start/end', () => {
    expect(entryChanges(talk('a'), talk('a', { start: '2026-03-24T10:00:00.000Z', end: '2026-03-24T10:30:00.000Z' }))).toEqual([
      { field: 'time', old: '2026-03-24T09:00:00.000Z/2026-03-24T09:30:00.000Z', new: '2026-03-24T10:00:00.000Z/2026-03-24T10:30:00.000Z' },
    ]);
  });

  it('an end moved under the same start is a time change; an end one view lacks is not', () => {
    expect(entryChanges(talk('a'), talk('a', { end: '2026-03-24T09:45:00.000Z' })).map((c) => c.field)).toEqual(['time']);
    expect(entryChanges(talk('a', { end: undefined }), talk('a'))).toEqual([]);
    expect(entryChanges(talk('a'), talk('a', { end: undefined }))).toEqual([]);
    expect(entryChanges(talk('a', { start: undefined, end: undefined }), talk('a'))).toEqual([]);
    expect(entryChanges(talk('a'), talk('a', { start: undefined, end: undefined }))).toEqual([]);
  });

  it('room and title changes count; spacing alone, or a field one view lacks, does not', () => {
    expect(entryChanges(talk('a'), talk('a', { room: ' Hall   A ', title: 'Talk  a ' }))).toEqual([]);
    expect(entryChanges(talk('a', { room: ' Hall  A', title: ' Talk\ta' }), talk('a'))).toEqual([]);
    expect(entryChanges(talk('a'), talk('a', { room: undefined }))).toEqual([]);
    expect(entryChanges(talk('a', { room: undefined }), talk('a'))).toEqual([]);
    expect(entryChanges(talk('a'), talk('a', { room: 'Hall B', title: 'Better title', start: '2026-03-24T11:00:00.000Z' }))).toEqual([
      { field: 'time', old: '2026-03-24T09:00:00.000Z/2026-03-24T09:30:00.000Z', new: '2026-03-24T11:00:00.000Z/2026-03-24T09:30:00.000Z' },
      { field: 'room', old: 'Hall A', new: 'Hall B' },
      { field: 'title', old: 'Talk a', new: 'Better title' },
    ]);
  });

  it('a title the schedule never gave (Session <id>) is no rename, on either side', () => {
    expect(entryChanges(talk('a', { title: 'Session a' }), talk('a'))).toEqual([]);
    expect(entryChanges(talk('a'), talk('a', { title: 'Session a' }))).toEqual([]);
  });
});

describe('two full schedules (diffSchedules)', () => {
  it('a session listed twice in the newer schedule counts once', () => {
    expect(diffSchedules([talk('a')], [talk('a'), talk('a')])).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
    expect(diffSchedules([], [talk('b'), talk('b')]).added).toHaveLength(1);
  });

  it('a session stored under its other id is the same session: changed or unchanged, never added and removed', () => {
    const stored = talk(UID);
    const shown = talk('2EsAI', { aliases: [`${C}:${UID}`], title: `Talk ${UID}`, room: 'Hall B' });
    const diff = diffSchedules([stored], [shown]);
    expect([diff.added, diff.removed, diff.unchanged]).toEqual([[], [], 0]);
    expect(diff.changed).toEqual([{ before: stored, after: shown, changes: [{ field: 'room', old: 'Hall A', new: 'Hall B' }] }]);
  });

  it('an older entry that named the newer one’s key as its other id is not removed', () => {
    const older = talk(UID, { aliases: [`${C}:2EsAI`] });
    const newer = talk('2EsAI', { title: `Talk ${UID}` });
    expect(diffSchedules([older, talk('gone')], [newer]).removed.map((e) => e.key)).toEqual([`${C}:gone`]);
  });
});
