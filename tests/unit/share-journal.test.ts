import { describe, expect, it } from 'vitest';
import { shownLayers } from '../../lib/background/push-layers';
import { colleagueLayers, storeLayer } from '../../lib/db/colleagues';
import { layerOf } from '../../lib/model/colleague';
import { journalId, type JournalEntry } from '../../lib/model/journal';
import type { Conference } from '../../lib/model/schema';
import { buildShare } from '../../lib/share/build';
import { packShare, unpackShare } from '../../lib/share/pack';
import { readShare } from '../../lib/share/read';
import { journalText } from '../../lib/share/words';
import { annotated } from '../support/annotated';
import { freshDb } from '../support/db';

const conf: Conference = { id: 'sched:team2026', platform: 'sched', event: 'team2026', name: 'Team Conf 2026', url: 'https://team2026.sched.com/', timeZone: 'UTC' };
const entry = (note: string, day?: string, conference = conf.id): JournalEntry => ({
  id: journalId(conference, day),
  conference,
  ...(day ? { day } : {}),
  note,
  updatedAt: 1,
  fieldUpdatedAt: { note: 1 },
});
const journals = [
  entry('Day 2: hallway track. <img src=x onerror=alert(1)>', '2026-05-05'),
  entry('  Trends: eBPF everywhere.  '),
  entry('Day 1: keynote.', '2026-05-04'),
  entry('   ', '2026-05-06'),
  entry('Another conference', '2026-05-04', 'sched:other2026'),
];
const sessions = [annotated(conf, 'a', { title: 'Alpha' }, { starred: true, note: 'secret' })];
const choice = { conference: conf.id, from: 'Ana', sharer: 'Ab3dEf6hIj9k', now: 5, titles: false, journals };
const notes = { stars: true, ratings: true, tags: true, notes: true };

describe('the journal in shared picks', () => {
  it('goes along when notes are shared: the conference’s first, then its days in order, blank ones and other conferences left out', () => {
    const share = buildShare(sessions, { ...choice, include: notes });
    expect(share.journal).toEqual([
      { note: 'Trends: eBPF everywhere.' },
      { day: '2026-05-04', note: 'Day 1: keynote.' },
      { day: '2026-05-05', note: 'Day 2: hallway track. <img src=x onerror=alert(1)>' },
    ]);
    expect(journalText(share.journal!)).toBe('the whole conference and 2 days');
    // Not when notes stay private, and a share with a journal but without notes is refused.
    const without = buildShare(sessions, { ...choice, include: { ...notes, notes: false } });
    expect(without).not.toHaveProperty('journal');
    expect(readShare({ ...without, journal: share.journal })).toMatchObject({ ok: false, error: expect.stringContaining('journal: is given, but the share says notes are not included') });
  });

  it('travels in the link and is stored in the colleague’s layer; old links without a journal read as before', async () => {
    const share = buildShare(sessions, { ...choice, include: notes });
    const read = await unpackShare(await packShare(share));
    if (!read.ok) throw new Error(read.error);
    expect(read.share.journal).toEqual(share.journal);
    expect(layerOf(read.share, 9).journal).toEqual(share.journal);

    const old = buildShare(sessions, { ...choice, journals: [], include: notes });
    const oldRead = await unpackShare(await packShare(old));
    expect(oldRead).toMatchObject({ ok: true });
    expect(oldRead.ok && layerOf(oldRead.share, 9)).not.toHaveProperty('journal');
  });

  it('refuses a day twice or a day that is no date', () => {
    const share = buildShare(sessions, { ...choice, include: notes });
    const twice = { ...share, journal: [...share.journal!, { day: '2026-05-04', note: 'again' }] };
    expect(readShare(twice)).toMatchObject({ ok: false, error: expect.stringContaining('journal[3].day: appears twice (2026-05-04)') });
    expect(readShare({ ...share, journal: [{ day: 'tomorrow', note: 'x' }] })).toMatchObject({ ok: false, error: expect.stringContaining('journal[0].day') });
  });

  it('is kept in the database with the layer, and never sent to the schedule page', async () => {
    const db = freshDb();
    const layer = layerOf(buildShare(sessions, { ...choice, include: notes }), 9);
    await storeLayer(db, layer);
    const [stored] = await colleagueLayers(db, conf.id);
    expect(stored!.journal).toHaveLength(3);
    const [forTab] = await shownLayers(db, conf.id);
    expect(forTab).not.toHaveProperty('journal');
    expect(forTab!.picks).toEqual(layer.picks);
  });
});
