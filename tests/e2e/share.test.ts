import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_FORMAT, type SharedPicks } from '../../lib/model/shared-picks';
import { packShare } from '../../lib/share/pack';
import { initials } from '../../lib/share/words';
import { all, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';
import { schedListPage, type PageSession } from '../support/sched-page';
import { axeCheck } from './axe';
import { byRole, countByRole, firstByRole, focusedLabel } from './closed-shadow';
import { inContentScript } from './isolated-world';
import { launchExtension, type Harness } from './harness';

const sessions: PageSession[] = [
  { shortId: 'k1Kk', longId: '1'.repeat(32), title: 'eBPF for Everyone', start: '2026-05-04T08:00:00Z', end: '2026-05-04T08:30:00Z', room: 'Hall A' },
  { shortId: 'k2Kk', longId: '2'.repeat(32), title: 'GitOps <b>Live</b>', start: '2026-05-04T09:00:00Z', room: 'Hall B' },
  { shortId: 'k3Kk', longId: '3'.repeat(32), title: 'Nobody Goes Here', start: '2026-05-05T09:00:00Z', room: 'Hall C' },
];
const ROOT = 'https://teamconf2026.sched.com/';
const NAME = 'TeamConf 2026';
const NOTE = 'Ana’s take: the eBPF demo was the best of the day.\n\n- try Tetragon';
const JOURNAL = 'Trends: everyone runs eBPF now.\n<img src=x onerror=alert(1)>';
const page = () => schedListPage(sessions, { name: NAME, timeZone: 'Europe/Amsterdam', view: 'descriptions', clock: '24h' });
const pwned = (p: Page) => p.evaluate(() => (window as { __tmPwned?: unknown }).__tmPwned ?? null);
const WAIT = { timeout: 10_000 };

/** Opens a share link in a tab of `h`: the schedule page, and the window in which Talkmarks asks about it. */
async function openLink(h: Harness, url: string): Promise<{ schedule: Page; ask: Page }> {
  const asked = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/receive.html?offer='), ...WAIT });
  const schedule = await h.open(url);
  const ask = await asked;
  await ask.waitForLoadState();
  return { schedule, ask };
}

describe('sharing picks between two browser profiles in Chromium', () => {
  let a: Harness;
  let b: Harness;
  let link = '';
  let schedule: Page;
  /** A's picks as the downloaded file holds them: the base of a newer link from A. */
  let file: { sharer: string; sharedAt: number; picks: { id: string }[] } & Record<string, unknown>;
  let filePath = '';

  beforeAll(async () => {
    a = await launchExtension();
    b = await launchExtension();
    a.serve(ROOT, page());
    b.serve(ROOT, page());
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('user A stars and notes on the schedule, then shares a link with notes', async () => {
    const list = await a.open(ROOT);
    for (const title of ['eBPF for Everyone', 'GitOps <b>Live</b>']) {
      await list.getByRole('button', { name: `Star: ${title}`, exact: true }).click();
      await expect.poll(() => list.getByRole('button', { name: `Unstar: ${title}`, exact: true }).count()).toBe(1);
    }
    const popup = await a.extensionPage(`popup.html?tabId=${await a.tabIdOf(list)}`);
    await popup.getByRole('button', { name: 'Edit notes for eBPF for Everyone' }).click();
    await popup.getByRole('group', { name: 'Rating for eBPF for Everyone' }).getByRole('button', { name: 'Rate 4 of 5' }).click();
    await popup.getByRole('textbox', { name: 'Notes on eBPF for Everyone' }).fill(NOTE);
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe('Saved');

    // A's journal of the day and of the whole conference, written in the plan, goes along with the notes.
    const plan = await a.extensionPage('dashboard.html#view=plan&conf=sched:teamconf2026');
    await plan.getByRole('textbox', { name: `Notes on the journal of ${NAME}` }).fill(JOURNAL);
    await plan.getByRole('textbox', { name: 'Notes on the journal of Monday, 4 May 2026' }).fill('Day 1: <b>eBPF</b> day.');

    await popup.getByRole('button', { name: `Share my picks for ${NAME}…` }).click();
    const dialog = popup.getByRole('dialog', { name: 'Share my picks' });
    // Notes stay out unless ticked.
    expect(await dialog.getByLabel(/^Notes/).isChecked()).toBe(false);
    await dialog.getByLabel(/^Notes/).check();
    await dialog.getByLabel('Your name, as colleagues see it').fill('Ana');
    await expect.poll(() => dialog.getByTestId('tm-share-summary').textContent()).toContain(
      '2 picks of TeamConf 2026, with stars, ratings, tags and notes and your journal (the whole conference and 1 day)',
    );
    const box = dialog.getByRole('textbox', { name: /^Link/ });
    await expect.poll(() => box.inputValue()).toMatch(/^https:\/\/teamconf2026\.sched\.com\/#talkmarks=1\.[A-Za-z0-9_-]+$/);
    link = await box.inputValue();
    // The file is the same picks, with titles, for links too long for chat.
    const [download] = await Promise.all([popup.waitForEvent('download'), dialog.getByRole('button', { name: 'Download .talkmarks.json' }).click()]);
    expect(download.suggestedFilename()).toBe('talkmarks-picks-teamconf2026-ana.talkmarks.json');
    filePath = (await download.path())!;
    file = JSON.parse(await readFile(filePath, 'utf8'));
    await plan.close();
    expect(file).toMatchObject({ format: SHARE_FORMAT, version: 1, from: 'Ana', picks: [{ id: 'k1Kk', rating: 4, note: NOTE, title: 'eBPF for Everyone' }, { id: 'k2Kk' }] });
    expect(file.journal).toEqual([{ note: JOURNAL }, { day: '2026-05-04', note: 'Day 1: <b>eBPF</b> day.' }]);
    const { serious } = await axeCheck(popup);
    expect(serious).toEqual([]);
    // Two profiles, the schedule, the popup and the plan on a shared 2-core machine: more than the default minute.
  }, 120_000);

  it('a second profile opening the link is asked in Talkmarks’ window, not in the page; the fragment leaves the address bar', async () => {
    const opened = await openLink(b, link);
    schedule = opened.schedule;
    const ask = opened.ask;
    const question = ask.getByRole('main', { name: `Show Ana's 2 picks for ${NAME} on its schedule?` });
    await expect.poll(() => question.isVisible(), WAIT).toBe(true);
    await expect.poll(() => schedule.evaluate(() => location.hash), WAIT).toBe('');
    expect(schedule.url()).toBe(ROOT);
    // Nothing of it is in the page: no prompt for the page's scripts to hide, restyle or answer.
    expect(await schedule.locator('tm-share-prompt').count()).toBe(0);
    expect(await schedule.getByRole('button', { name: 'Show picks' }).count()).toBe(0);
    // Nothing in the window has focus: a key pressed as it appears accepts nothing.
    expect(await ask.evaluate(() => document.activeElement === document.body)).toBe(true);
    await ask.keyboard.press('Enter');
    await ask.keyboard.press('Space');
    expect(await b.readStore('colleagues')).toEqual([]);
    expect((await axeCheck(ask)).serious).toEqual([]);
    await ask.getByRole('button', { name: 'Show picks' }).click();
    await expect.poll(() => ask.getByRole('status').textContent(), WAIT).toBe(`Showing 2 picks on the ${NAME} schedule.`);
  });

  it('accepting shows A’s markers beside A’s picks, with rating and note on focus, and changes none of B’s own notes', async () => {
    // The markers are in closed shadow roots: found as assistive technology finds them, out of the page's reach.
    const marker = await byRole(schedule, 'button', "AN: Ana's pick of eBPF for Everyone");
    await expect.poll(() => marker.value(), WAIT).toBe('AN');
    expect(await countByRole(schedule, 'button', "AN: Ana's pick of GitOps <b>Live</b>")).toBe(1);
    expect(await countByRole(schedule, 'button', "AN: Ana's pick of Nobody Goes Here")).toBe(0);
    // The page's own scripts can read none of it: no root, no text, no label of a colleague's pick.
    expect(await schedule.evaluate(() => [...document.querySelectorAll('tm-colleagues')].map((m) => m.shadowRoot === null && m.textContent === ''))).toEqual([true, true]);
    await marker.focus();
    const pick = await firstByRole(schedule, 'group', "Ana's pick");
    expect(await pick.value()).toContain('Ana: starred, rated 4 of 5');
    expect(await pick.value()).toContain('the eBPF demo was the best of the day.');
    expect(await b.readStore('annotations')).toEqual([]);
    const { serious, passed } = await axeCheck(schedule, (target) => target.includes('tm-'));
    expect(serious).toEqual([]);
    expect(passed).toBeGreaterThan(0);
    // Keyboard: Tab from the marker reaches its copy button, still shown.
    await schedule.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(schedule)).toBe("Copy to my notes: Ana's pick of eBPF for Everyone");
  });

  it('B’s dashboard filters by who picked a session, and keeps the filter in the URL', async () => {
    const dashboard = await b.extensionPage('dashboard.html');
    // The filters are folded behind one button.
    await dashboard.getByRole('button', { name: /^Filters/ }).click();
    await dashboard.getByLabel('Picked by').selectOption({ label: 'Picked by Ana' });
    const results = dashboard.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator('.tm-title a').allTextContents()).toEqual(['eBPF for Everyone', 'GitOps <b>Live</b>']);
    expect(dashboard.url()).toMatch(/#who=[A-Za-z0-9_-]{8,32}$/);
    await dashboard.getByLabel('Picked by').selectOption({ label: 'Nobody of us is going' });
    await expect.poll(() => results.locator('.tm-title a').allTextContents()).toEqual(['Nobody Goes Here']);
    await dashboard.getByLabel('Picked by').selectOption({ label: 'Picked by anyone' });
    await expect.poll(() => results.locator('.tm-title a').count()).toBe(2);
    await dashboard.getByRole('button', { name: 'Ana 4★ ✎ — pick of eBPF for Everyone' }).click();
    expect(await dashboard.getByRole('group', { name: "Ana's pick" }).textContent()).toContain('the eBPF demo was the best of the day.');
    expect((await axeCheck(dashboard)).serious).toEqual([]);
    // Ana's journal came with her notes: in the Colleagues view, as text.
    await dashboard.goto(dashboard.url().replace(/#.*$/, '#view=team'));
    await dashboard.getByText("Ana's journal").click();
    const journal = dashboard.getByRole('region', { name: "Ana's journal: the whole conference" });
    await expect.poll(() => journal.textContent()).toBe(`The whole conference${JOURNAL}`);
    expect(await dashboard.getByRole('region', { name: "Ana's journal: Monday, 4 May 2026" }).textContent()).toContain('Day 1: <b>eBPF</b> day.');
    expect(await dashboard.locator('.tm-colleague-journal img, .tm-colleague-journal b').count()).toBe(0);
    await dashboard.close();
  });

  it('B’s popup offers the same filter for the schedule of its tab', async () => {
    const popup = await b.extensionPage(`popup.html?tabId=${await b.tabIdOf(schedule)}`);
    const rows = popup.locator('.tm-session .tm-title a');
    await expect.poll(() => rows.count()).toBe(3);
    await popup.getByLabel('Picked by').selectOption({ label: 'Nobody of us is going' });
    await expect.poll(() => rows.allTextContents()).toEqual(['Nobody Goes Here']);
    await popup.getByLabel('Picked by').selectOption({ label: 'Picked by Ana' });
    await expect.poll(() => rows.allTextContents()).toEqual(['eBPF for Everyone', 'GitOps <b>Live</b>']);
    await popup.close();
  });

  it('B exports a team report in which A’s note is attributed to A', async () => {
    const dashboard = await b.extensionPage('dashboard.html#view=team');
    await dashboard.getByRole('button', { name: 'Team report…' }).click();
    const dialog = dashboard.getByRole('dialog', { name: 'Team report' });
    await expect.poll(() => dialog.getByLabel('Team report preview').textContent()).toContain('**Ana**');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dialog.getByRole('button', { name: 'Download team report' }).click()]);
    expect(download.suggestedFilename()).toBe('talkmarks-team-teamconf2026.md');
    const text = await readFile((await download.path())!, 'utf8');
    const tree = parseMarkdown(text);
    expect(all(tree, 'html')).toEqual([]);
    const items = all(tree, 'listItem');
    const ana = items.find((i) => textOf(i.children[0]!) === 'Ana — ★★★★☆')!;
    expect(ana.children.map(textOf).join('\n')).toContain('Ana’s take: the eBPF demo was the best of the day.');
    expect(itemDepths(tree).map((i) => i.text)).toContain('try Tetragon');
    expect(text).toContain('### [eBPF for Everyone](<https://teamconf2026.sched.com/event/k1Kk/ebpf-for-everyone>)');
  });

  it('copies A’s pick into B’s own notes with one click on the schedule', async () => {
    await (await byRole(schedule, 'button', "AN: Ana's pick of eBPF for Everyone")).focus();
    await (await byRole(schedule, 'button', "Copy to my notes: Ana's pick of eBPF for Everyone")).click();
    await expect.poll(() => schedule.getByRole('button', { name: 'Unstar: eBPF for Everyone', exact: true }).count()).toBe(1);
    const [own] = (await b.readStore('annotations')) as { starred: boolean; rating: number; note: string }[];
    expect(own).toMatchObject({ starred: true, rating: 4, note: NOTE });
  });

  it('a newer link from A replaces A’s layer after asking; hiding and removing it on the dashboard clears the markers', async () => {
    const newer = await packShare({ ...file, sharedAt: file.sharedAt + 60_000, picks: [file.picks[1]!] } as unknown as SharedPicks);
    const { schedule: again, ask } = await openLink(b, `${ROOT}#talkmarks=${newer}`);
    const question = ask.getByRole('main', { name: /^Replace Ana's 2 picks \(shared .*\) with the 1 pick shared now\?$/ });
    await expect.poll(() => question.isVisible(), WAIT).toBe(true);
    await ask.getByRole('button', { name: 'Replace' }).click();
    // Every tab of the schedule follows: the older tab too.
    for (const tab of [again, schedule]) {
      await expect.poll(() => tab.locator('tm-colleagues').count()).toBe(1);
      await expect.poll(() => countByRole(tab, 'button', "AN: Ana's pick of GitOps <b>Live</b>")).toBe(1);
    }
    const dashboard = await b.extensionPage('dashboard.html#view=team');
    await dashboard.getByRole('button', { name: "Hide Ana's picks" }).click();
    await expect.poll(() => again.locator('tm-colleagues').count()).toBe(0);
    await dashboard.getByRole('button', { name: "Show Ana's picks" }).click();
    await expect.poll(() => again.locator('tm-colleagues').count()).toBe(1);
    await dashboard.getByRole('button', { name: "Remove Ana's picks" }).click();
    await expect.poll(() => again.locator('tm-colleagues').count()).toBe(0);
    expect(await b.readStore('colleagues')).toEqual([]);
    // B's own copy of A's pick stays: removing a layer never touches the user's notes.
    expect(await b.readStore('annotations')).toHaveLength(1);
    await dashboard.close();
    await again.close();
  });

  it('opens A’s .talkmarks.json file on B’s dashboard with the same question, and refuses a file that is not one', async () => {
    const dashboard = await b.extensionPage('dashboard.html#view=team');
    const open = async (path: string) => {
      const [chooser] = await Promise.all([dashboard.waitForEvent('filechooser'), dashboard.getByRole('button', { name: 'Open a shared picks file…' }).click()]);
      await chooser.setFiles(path);
    };
    const junk = join(tmpdir(), `talkmarks-junk-${process.pid}.json`);
    await writeFile(junk, '<html>not picks</html>');
    await open(junk);
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(/^Could not open the shared picksNothing was changed: talkmarks-junk-\d+\.json is not JSON/);
    await dashboard.getByRole('button', { name: 'Close' }).click();
    await rm(junk);

    await open(filePath);
    const ask = dashboard.getByRole('dialog', { name: `Show Ana's 2 picks for ${NAME} on your schedule?` });
    await expect.poll(() => ask.isVisible()).toBe(true);
    // Focus stays where the dialog put it while reading the file: on "Not now", never on the button that accepts.
    expect(await dashboard.evaluate(() => document.activeElement?.textContent)).toBe('Not now');
    await ask.getByRole('button', { name: 'Show picks' }).click();
    await expect.poll(() => dashboard.getByRole('status').filter({ hasText: 'Showing 2 picks' }).count()).toBe(1);
    await expect.poll(() => schedule.locator('tm-colleagues').count()).toBe(2);
    await dashboard.close();
  });

  it('refuses hostile links with a clear message, and shows markup in names as text', async () => {
    const before = await b.readStore('colleagues');
    const bad = await openLink(b, `${ROOT}#talkmarks=1.%%%not-base64`);
    const alert = bad.ask.getByRole('alert');
    await expect.poll(() => alert.textContent(), WAIT).toContain('Talkmarks could not show the picks shared in this link');
    expect(await alert.textContent()).toContain('which a Talkmarks link never holds');
    await expect.poll(() => bad.schedule.url(), WAIT).toBe(ROOT);

    const hostileName = '<img src=x onerror="window.__tmPwned=1">';
    const token = await packShare({
      format: SHARE_FORMAT,
      version: 1,
      conference: 'sched:teamconf2026',
      from: hostileName,
      sharer: 'evilEvilEvil',
      sharedAt: Date.UTC(2026, 4, 1),
      include: { stars: true, ratings: false, tags: false, notes: true },
      picks: [{ id: 'k3Kk', starred: true, note: '<script>window.__tmPwned=2</script>' }],
    });
    const { schedule: hostile, ask } = await openLink(b, `${ROOT}#talkmarks=${token}`);
    await expect.poll(() => ask.getByRole('main', { name: `Show ${hostileName}'s 1 pick for ${NAME} on its schedule?` }).isVisible(), WAIT).toBe(true);
    expect(await ask.locator('img').count()).toBe(0);
    expect(await b.readStore('colleagues')).toEqual(before);
    await ask.getByRole('button', { name: 'Show picks' }).click();
    const markerName = `${initials(hostileName)}: ${hostileName}'s pick of Nobody Goes Here`;
    await expect.poll(() => countByRole(hostile, 'button', markerName)).toBe(1);
    await (await byRole(hostile, 'button', markerName)).focus();
    expect(await (await byRole(hostile, 'group', `${hostileName}'s pick`)).value()).toContain('<script>window.__tmPwned=2</script>');
    expect(await pwned(hostile)).toBeNull();
  });
});
