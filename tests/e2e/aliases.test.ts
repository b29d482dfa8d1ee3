import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';
import { inContentScript } from './isolated-world';

const C = 'sched:demo2026';
const UID_X = '3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
const UID_W = '9c0d1e2f3a4b3f2a9c1e0b7d4e5f8a6b';
const options = { name: 'DemoConf', timeZone: 'Europe/Amsterdam' } as const;
const at = (hour: number) => `2026-03-24T${String(hour).padStart(2, '0')}:00:00Z`;
/** The first page shows two sessions by their 32-hex ids only (as `all.ics` links and the mobile site do). */
const BY_UID = 'https://demo2026.sched.com/';
const byUid: PageSession[] = [
  { shortId: UID_X, title: 'GitOps at Scale', start: at(8), room: 'Hall 12' },
  { shortId: UID_W, title: 'eBPF for Humans', start: at(9), room: 'Forum' },
];
/**
 * The list view shows short ids with the 32-hex one as the link's `id`. Its markup lies about one session: the
 * link of "Zero Trust in Practice" carries X's 32-hex id. "eBPF for Humans" is a real pair, as sched gives it.
 */
const LIST = 'https://demo2026.sched.com/list/simple';
const list: PageSession[] = [
  { shortId: 'b2Bb', longId: UID_X, title: 'Zero Trust in Practice', start: at(10), room: 'Forum' },
  { shortId: 'c3Cc', longId: UID_W, title: 'eBPF for Humans', start: at(9), room: 'Forum' },
  { shortId: 'd4Dd', title: 'Observability Night', start: at(11), room: 'G104' },
  { shortId: 'e5Ee', title: 'Rust in the Kernel', start: at(12), room: 'G104' },
];
const poll = { timeout: 10_000 };

/** beforeAll has no expect.poll: the same generous deadline by hand. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (const end = Date.now() + poll.timeout; Date.now() < end; ) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${poll.timeout} ms: ${what}`);
}

type Row = { key: string; starred?: boolean; note?: string; aliases?: string[]; title?: string };

describe('aliases in Chromium: what a page may merge', () => {
  let h: Harness;
  let listPage: Page;
  const rows = async (store: 'sessions' | 'annotations') => new Map(((await h.readStore(store)) as Row[]).map((r) => [r.key, r]));

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(BY_UID, schedListPage(byUid, { ...options, view: 'default' }));
    h.serve(LIST, schedListPage(list, { ...options, view: 'simple' }));
    const first = await h.open(BY_UID);
    // The user stars both sessions where the page shows them, and writes a note on GitOps.
    for (const title of ['GitOps at Scale', 'eBPF for Humans']) await first.getByRole('button', { name: `Star: ${title}`, exact: true }).click();
    await h.sendFromExtension({ type: 'annotation/patch', key: `${C}:${UID_X}`, patch: { note: 'ask about drift' } });
    await until(async () => [...(await rows('annotations')).values()].filter((a) => a.starred && (a.key !== `${C}:${UID_X}` || a.note)).length === 2, 'both stars and the note stored');
    await first.close();
    listPage = await h.open(LIST);
    await until(async () => (await rows('sessions')).has(`${C}:e5Ee`), 'the list page seen');
  });
  afterAll(async () => h?.close());

  it('keeps a note where it is when a list link carries another session’s 32-hex id', async () => {
    const annotations = await rows('annotations');
    expect(annotations.get(`${C}:${UID_X}`)).toMatchObject({ starred: true, note: 'ask about drift' });
    expect(annotations.has(`${C}:b2Bb`)).toBe(false);
    const sessions = await rows('sessions');
    expect(sessions.get(`${C}:${UID_X}`)).toMatchObject({ title: 'GitOps at Scale' });
    expect(sessions.get(`${C}:b2Bb`)).toMatchObject({ title: 'Zero Trust in Practice', aliases: [] });
    expect(await listPage.getByRole('button', { name: 'Star: Zero Trust in Practice', exact: true }).getAttribute('aria-pressed')).toBe('false');
  });

  it('merges nothing on a forged page/seen from the content script naming other sessions as aliases', async () => {
    const conference = ((await h.readStore('conferences')) as { id: string; seenAt?: number }[]).find((c) => c.id === C)!;
    const { seenAt: _seenAt, ...plain } = conference;
    const forged = (aliases: string[]) => ({
      type: 'page/seen',
      conference: plain,
      entries: [{ key: `${C}:e5Ee`, conference: C, title: 'Rust in the Kernel', aliases, speakers: [] }],
    });
    // The user stars Observability Night; then a session nobody annotated claims its key, X's 32-hex id and W's.
    const night = listPage.getByRole('button', { name: 'Star: Observability Night', exact: true });
    await night.click();
    await expect.poll(async () => (await rows('annotations')).get(`${C}:d4Dd`)?.starred, poll).toBe(true);
    for (const aliases of [[`${C}:d4Dd`], [`${C}:${UID_X}`], [`${C}:${UID_W}`]]) {
      const answer = await inContentScript(listPage, `chrome.runtime.sendMessage(${JSON.stringify(forged(aliases))})`);
      expect(answer).toMatchObject({ ok: true, value: { renamed: {} } });
    }
    const annotations = await rows('annotations');
    expect(annotations.get(`${C}:d4Dd`)).toMatchObject({ starred: true });
    expect(annotations.has(`${C}:e5Ee`)).toBe(false);
    const sessions = await rows('sessions');
    expect(sessions.get(`${C}:d4Dd`)).toMatchObject({ title: 'Observability Night' });
    expect(sessions.get(`${C}:e5Ee`)?.aliases).toEqual([]);
  });

  it('merges a real pair of ids, and the dashboard undoes it, both records as they were', async () => {
    // The merge happened when the list page was seen: W's star moved to its short id.
    const annotations = await rows('annotations');
    expect(annotations.get(`${C}:c3Cc`)).toMatchObject({ starred: true });
    expect(annotations.has(`${C}:${UID_W}`)).toBe(false);
    expect((await rows('sessions')).get(`${C}:c3Cc`)).toMatchObject({ aliases: [`${C}:${UID_W}`] });
    await expect.poll(() => listPage.getByRole('button', { name: 'Unstar: eBPF for Humans', exact: true }).getAttribute('aria-pressed'), poll).toBe('true');

    const dashboard = await h.extensionPage('dashboard.html');
    const merges = dashboard.getByRole('region', { name: 'Merged sessions' });
    await expect.poll(() => merges.getByRole('listitem').count(), poll).toBe(1);
    expect(await merges.getByRole('listitem').textContent()).toContain(LIST);
    await merges.getByRole('button', { name: /^Undo merge of “eBPF for Humans”/ }).click();
    await expect.poll(() => merges.getByRole('status').textContent(), poll).toMatch(/^Undone/);
    await expect.poll(() => merges.getByRole('button').count(), poll).toBe(0);

    const after = await rows('annotations');
    expect(after.get(`${C}:${UID_W}`)).toMatchObject({ starred: true });
    expect(after.get(`${C}:c3Cc`)?.starred ?? false).toBe(false);
    const sessions = await rows('sessions');
    expect(sessions.get(`${C}:${UID_W}`)).toMatchObject({ title: 'eBPF for Humans', aliases: [] });
    // The short id's record did not exist before the merge, so it is gone again.
    expect(sessions.has(`${C}:c3Cc`)).toBe(false);
    await dashboard.close();
  });
});
