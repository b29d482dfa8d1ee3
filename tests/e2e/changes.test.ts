import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturesDir } from '../support/dom';
import { schedListPage, type PageSession } from '../support/sched-page';
import { zonedToInstant } from '../../lib/util/time';
import { byRole } from './closed-shadow';
import { launchExtension, type Harness } from './harness';
import { sendFrom } from './plan-data';

const URL_ = 'https://changeconf2026.sched.com/list/descriptions/';
const CONF = 'sched:changeconf2026';
const ZONE = 'Europe/Amsterdam';
const at = (time: string) => zonedToInstant('2026-03-24', time, ZONE)!;
const sessions: PageSession[] = [
  { shortId: 'c01', title: 'GitOps at Scale', start: at('10:00'), end: at('10:40'), room: 'Hall 12', type: 'Platform' },
  { shortId: 'c02', title: 'eBPF for Humans', start: at('11:30'), end: at('12:00'), room: 'Forum', type: 'Observability' },
  { shortId: 'c03', title: 'Zero Trust in Practice', start: at('14:00'), end: at('14:30'), room: 'Elicium 2', type: 'Security' },
  { shortId: 'c04', title: 'Nobody Starred This', start: at('15:00'), end: at('15:30'), room: 'Hall 1', type: 'Platform' },
];
const page = (list: PageSession[]) => schedListPage(list, { name: 'ChangeConf Europe 2026', timeZone: ZONE, view: 'descriptions' });
// Three weeks later: GitOps moved into eBPF's slot, Zero Trust changed room, the unstarred talk moved too.
const changed = sessions.map((s) =>
  s.shortId === 'c01' ? { ...s, start: at('11:15'), end: at('11:55') }
  : s.shortId === 'c03' ? { ...s, room: 'Hall 8' }
  : s.shortId === 'c04' ? { ...s, start: at('16:00'), end: at('16:30') }
  : s,
);
const moved = 'Moved: was Tue 10:00 CET, now Tue 11:15 CET (GitOps at Scale)';

describe('schedule changes to the user’s picks (Chromium)', () => {
  let h: Harness;
  let schedule: Page;
  let dashboard: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(URL_, page(sessions));
    schedule = await h.open(URL_);
    await schedule.locator('tm-controls').nth(3).waitFor({ state: 'attached' });
  });
  afterAll(async () => h?.close());

  it('marks a starred talk the same page now shows at another time, and says what changed', async () => {
    for (const title of ['GitOps at Scale', 'eBPF for Humans', 'Zero Trust in Practice']) {
      await schedule.getByRole('button', { name: `Star: ${title}` }).click();
      await expect.poll(() => schedule.getByRole('button', { name: `Unstar: ${title}` }).count()).toBe(1);
    }
    h.serve(URL_, page(changed));
    await schedule.reload();
    await schedule.locator('tm-controls').nth(3).waitFor({ state: 'attached' });
    const mark = await byRole(schedule, 'image', moved);
    expect(await mark.attribute('title')).toBe('Moved: was Tue 10:00 CET, now Tue 11:15 CET');
    expect(await mark.value()).toBe('⚠ Moved');
    await byRole(schedule, 'image', 'Room: was Elicium 2, now Hall 8 (Zero Trust in Practice)');
    // Marks only where something changed, and never on a talk nobody picked.
    expect(await schedule.locator('tm-controls tm-change').count()).toBe(2);
  });

  it('lists the changes at the top of the popup', async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(schedule)}`);
    const list = popup.getByRole('region', { name: 'Schedule changes' });
    await expect.poll(() => list.locator('.tm-change').count()).toBe(2);
    expect(await list.locator('.tm-change').filter({ hasText: 'GitOps at Scale' }).textContent()).toContain('Moved: Tue 10:00 CET → Tue 11:15 CET');
    expect(await list.locator('.tm-change').filter({ hasText: 'Zero Trust in Practice' }).textContent()).toContain('Room: Elicium 2 → Hall 8');
    // At the top: before the page's own sessions.
    expect(
      await popup.evaluate(() => {
        const changes = document.querySelector('.tm-page-changes');
        const first = document.querySelector('.tm-session');
        return !!changes && !!first && (changes.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }),
    ).toBe(true);
    await popup.close();
  });

  it('the Changes view shows old → new, when it was seen and the clash it created; the plan boxes the clash', async () => {
    dashboard = await h.extensionPage('dashboard.html#view=changes');
    const group = dashboard.getByRole('region', { name: 'Changes to ChangeConf Europe 2026' });
    await expect.poll(() => group.locator('.tm-change').count()).toBe(2);
    const gitops = group.locator('.tm-change').filter({ hasText: 'GitOps at Scale' });
    expect(await gitops.getByRole('link', { name: 'GitOps at Scale' }).getAttribute('href')).toMatch(/changeconf2026\.sched\.com\/event\/c01\//);
    expect(await gitops.textContent()).toContain('Now clashes with eBPF for Humans.');
    expect(await gitops.textContent()).toMatch(/Seen .+ on changeconf2026\.sched\.com\/list\/descriptions\//);
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=plan&conf=${CONF}`);
    const clash = dashboard.getByRole('group', { name: /^Clash .*2 at once$/ });
    await expect.poll(() => clash.count()).toBe(1);
    expect(await clash.textContent()).toContain('GitOps at Scale');
    expect(await clash.textContent()).toContain('eBPF for Humans');
  });

  it('Dismiss takes the change off the list and the page; the row editor keeps it in the session’s history', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=changes`);
    await dashboard.getByRole('button', { name: `Dismiss: ${moved}` }).click();
    await expect.poll(() => dashboard.locator('.tm-change').count()).toBe(1);
    await expect.poll(() => schedule.locator('tm-controls tm-change:not([hidden])').count()).toBe(1);
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    const row = dashboard.locator('.tm-session').filter({ hasText: 'GitOps at Scale' });
    await row.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click();
    const history = row.getByRole('region', { name: 'Schedule changes to this session' });
    await expect.poll(() => history.textContent()).toContain('Moved: was Tue 10:00 CET, now Tue 11:15 CET');
    expect(await history.textContent()).toContain('dismissed');
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=changes`);
    await dashboard.getByRole('button', { name: 'Dismiss all' }).click();
    await expect.poll(() => dashboard.getByText('No changes to the sessions you starred').count()).toBe(1);
    await expect.poll(() => schedule.locator('tm-controls tm-change:not([hidden])').count()).toBe(0);
  });

  it('re-importing a changed schedule file shows what it adds, drops and changes before Import, the user’s picks first', async () => {
    const original = readFileSync(resolve(fixturesDir, 'schedules/frab-dst-local.xml'), 'utf8');
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=schedules`);
    const input = dashboard.getByLabel('Schedule file');
    await input.setInputFiles({ name: 'schedule.xml', mimeType: 'application/xml', buffer: Buffer.from(original) });
    await dashboard.getByRole('button', { name: 'Import 4 sessions' }).click();
    await expect.poll(() => dashboard.locator('.tm-import').getByRole('status').count()).toBe(1);
    await sendFrom(dashboard, { type: 'annotation/patch', key: 'frab:dstcon24:00000000-0000-4000-8000-000000000103', patch: { starred: true } });
    const later = original
      .replace('<start>10:00</start><duration>00:45</duration>', '<start>10:30</start><duration>00:45</duration>')
      .replace('<title>After the change</title>', '<title>After the clocks changed</title>')
      .replace(/<event id='201'[\s\S]*?<\/event>/, '');
    await input.setInputFiles({ name: 'schedule (2).xml', mimeType: 'application/xml', buffer: Buffer.from(later) });
    const diff = dashboard.getByRole('region', { name: 'Changes since the last import' });
    await expect.poll(() => diff.locator('p').first().textContent()).toBe(
      'Since the last import: 0 added, 1 removed, 2 changed, 1 unchanged. 1 of them touch your picks: they are recorded as changes when you import.',
    );
    const changedItems = await diff.getByRole('region', { name: 'Changed' }).locator('li').allTextContents();
    expect(changedItems[0]).toBe('Your pick: After the clocks changed: Renamed: was “After the change”, now “After the clocks changed”');
    expect(changedItems[1]).toMatch(/^Saturday morning: Moved: was Sat 10:00 CET, now Sat 10:30 CET/);
    expect(await diff.getByRole('region', { name: 'Removed' }).textContent()).toContain('Sunday morning');
    await dashboard.getByRole('button', { name: 'Import 3 sessions' }).click();
    await expect.poll(() => dashboard.locator('.tm-import').getByRole('status').textContent()).toContain('1 changes to your picks, listed under Changes');
  });
});
