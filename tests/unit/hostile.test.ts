import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { conferenceMarkdown } from '../../lib/export/markdown';
import { backupJson } from '../../lib/backup/write';
import { readBackup } from '../../lib/backup/read';
import { Conference, OwnItem, ScheduleEntry } from '../../lib/model/schema';
import { htmlDocument } from '../support/dom';
import { HOSTILE_URL, hostilePage, hostileTitles } from '../support/hostile';
import { emptyFields } from '../../lib/model/fields';

const url = new URL(HOSTILE_URL);
const doc = htmlDocument(hostilePage());
const found = sched.parse(doc, url).map((p) => p.entry);

describe('a hostile schedule page', () => {
  it('is read as text: every entry valid, titles as written, long text clipped', () => {
    expect(found).toHaveLength(5);
    for (const entry of found) expect(ScheduleEntry.safeParse(entry).success).toBe(true);
    expect(found.slice(0, 4).map((e) => e.title).sort()).toEqual([...hostileTitles].sort());
    const long = found.find((e) => e.key.endsWith(':h5Lg'))!;
    expect(long.title).toHaveLength(2000);
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.abstract!.length).toBeLessThanOrEqual(100_000);
    expect(Conference.safeParse(sched.conference(doc, url)).success).toBe(true);
  });

  it('keeps only http(s) links: a javascript: or data: speaker link loses its link, not its name', () => {
    const speakers = found.find((e) => e.key.endsWith(':h1Im'))!.speakers;
    expect(speakers.map((s) => s.name)).toEqual(["<svg onload=\"window.__tmPwned='speaker'\">Mallory", 'Eve Scriptlink', 'Trudy Datalink']);
    expect(speakers.map((s) => s.url)).toEqual(['https://hostile2026.sched.com/speaker/mallory', undefined, undefined]);
    for (const entry of found) expect(entry.url).toMatch(/^https:\/\/hostile2026\.sched\.com\/event\//);
  });

  it('stays text in the Markdown export: no raw markup, no link but the sessions’ own', () => {
    const conference = sched.conference(doc, url);
    const md = conferenceMarkdown(
      conference,
      found.map((entry) => ({ entry, annotation: { key: entry.key, conference: entry.conference, ...emptyFields, starred: true, updatedAt: 1, fieldUpdatedAt: {} } })),
    );
    expect(md).not.toMatch(/(?<!\\)<(img|svg|script|iframe)/i);
    expect(md).not.toMatch(/(?<!\\)\]\((?!<https:\/\/hostile2026\.sched\.com\/event\/)/);
    expect(md).toContain('\\<img src=x onerror="window.\\_\\_tmPwned=\'title\';alert(\'title\')"\\> Markup in a title');
    expect(md).toContain("\\](javascript:alert('md')) \\[click\\](javascript:alert(1)) \\`code\\` \\<!-- \\*\\*bold\\*\\* \\# heading | table |");
  });

  it('survives a backup byte for byte, direction overrides and all, also as the titles and notes of own items', () => {
    const conference = { ...sched.conference(doc, url), seenAt: 1 };
    // The page's hostile titles pasted into the plan: own items are free text the user typed, or copied.
    const ownItems = found.map((e, i) =>
      OwnItem.parse({
        id: `own-${i}`, conference: conference.id, title: e.title.slice(0, 500), start: '2026-03-24T10:00:00.000Z', end: '2026-03-24T11:00:00.000Z',
        timeZone: 'Europe/Amsterdam', place: e.room ?? '', note: e.abstract ?? '', updatedAt: i,
      }),
    );
    const file = backupJson({ conferences: [conference], sessions: found.map((e) => ({ ...e, seenAt: 1 })), annotations: [], ownItems });
    const read = readBackup(file);
    if (!read.ok) throw new Error('unreadable');
    expect(read.backup.sessions.map((s) => s.title).sort()).toEqual(found.map((e) => e.title).sort());
    expect(read.backup.ownItems).toEqual(ownItems);
    expect(backupJson(read.backup)).toBe(file);
  });
});
