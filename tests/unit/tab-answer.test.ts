import { describe, expect, it } from 'vitest';
import type { Conference } from '../../lib/model/schema';
import { answerOfTab, conferenceOfTab } from '../../lib/protocol/tab-answer';
import { storedPage } from '../../components/popup/stored-page';
import { entry, freshDb } from '../support/db';

const TAB = 'https://demo2026.sched.com/list/';
const demo: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf', url: 'https://demo2026.sched.com/' };
const other: Conference = { id: 'sched:other2026', platform: 'sched', event: 'other2026', name: 'Other', url: 'https://other2026.sched.com/' };

describe('the conference a tab shows, before it answers', () => {
  it('comes from the URL the browser reports, and is none for a page no adapter reads', () => {
    expect(conferenceOfTab(TAB)).toBe('sched:demo2026');
    expect(conferenceOfTab('https://evil.example/')).toBeUndefined();
    expect(conferenceOfTab(undefined)).toBeUndefined();
    expect(conferenceOfTab('not a url')).toBeUndefined();
  });
});

describe('a tab’s answer, as the popup believes it', () => {
  it('keeps an answer about the conference the tab’s URL shows', () => {
    const answer = { conference: demo, entries: [entry('a1', 'sched:demo2026', { url: 'https://demo2026.sched.com/event/a1' })], focus: 'sched:demo2026:a1' };
    expect(answerOfTab(answer, TAB)).toEqual(answer);
  });

  it('drops an answer naming another conference than the tab’s URL, and any answer when the URL is unknown', () => {
    expect(answerOfTab({ conference: other, entries: [entry('x1', 'sched:other2026')] }, TAB)).toBeUndefined();
    expect(answerOfTab({ conference: demo, entries: [] }, undefined)).toBeUndefined();
    expect(answerOfTab({ conference: demo, entries: [] }, 'http://demo2026.sched.com/')).toBeUndefined();
    expect(answerOfTab({ conference: demo, entries: [] }, 'https://evil.example/')).toBeUndefined();
  });

  it('takes the conference’s address from the tab, and leaves out entries, aliases and addresses of anywhere else', () => {
    const answer = answerOfTab({
      conference: { ...demo, platform: 'pretalx', event: 'x', url: 'https://evil.example/' },
      entries: [
        entry('a1', 'sched:demo2026', { url: 'https://evil.example/a1' }),
        entry('x1', 'sched:other2026'),
        entry('b2', 'sched:demo2026', { aliases: ['sched:other2026:x1'] }),
        entry('c3', 'sched:demo2026', { url: 'https://demo2026.sched.com/event/c3' }),
      ],
      focus: 'sched:other2026:x1',
    }, TAB)!;
    expect(answer.conference).toEqual(demo);
    expect(answer.entries.map((e) => [e.key, e.url])).toEqual([['sched:demo2026:a1', undefined], ['sched:demo2026:c3', 'https://demo2026.sched.com/event/c3']]);
    expect(answer.focus).toBeUndefined();
  });
});

describe('the popup on a tab whose answer it cannot believe', () => {
  it('shows the conference of the tab’s URL as stored, and nothing for a schedule never seen or an http page', async () => {
    const db = freshDb();
    await db.conferences.put({ ...demo, seenAt: 1 });
    await db.conferences.put({ ...other, seenAt: 1 });
    await db.sessions.bulkPut([{ ...entry('a1'), seenAt: 1 }, { ...entry('x1', 'sched:other2026'), seenAt: 1 }]);
    expect(await storedPage(db, TAB)).toEqual({ conference: demo, entries: [entry('a1')] });
    expect(await storedPage(db, 'https://never2026.sched.com/')).toBeUndefined();
    expect(await storedPage(db, 'http://demo2026.sched.com/')).toBeUndefined();
    expect(await storedPage(db, undefined)).toBeUndefined();
  });
});
