import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { CONF, launchWithPlan, sendFrom } from './plan-data';
import { unpackShare } from '../../lib/share/pack';
import { sampleShare } from '../support/share';

/** Every table an undo may touch, as the browser stores it: equal text means byte for byte, stamps included. */
async function stored(h: Harness): Promise<string> {
  return JSON.stringify(await Promise.all((['annotations', 'ownItems', 'colleagues'] as const).map((t) => h.readStore(t))));
}

describe('the plan is what you attend, and every side effect can be undone', () => {
  let h: Harness;
  let dashboard: Page;
  const go = (hash: string) => dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html${hash}`);
  const day1 = () => dashboard.getByRole('region', { name: 'Tuesday, 24 March 2026' });
  const day2 = () => dashboard.getByRole('region', { name: 'Wednesday, 25 March 2026' });
  const toast = () => dashboard.locator('.tm-undo-toast');

  /** Does one thing through the page, waits for its Undo message, presses Undo and waits for the stored state of before. */
  async function undoes(action: () => Promise<void>, message: RegExp): Promise<void> {
    const before = await stored(h);
    await action();
    await expect.poll(() => toast().textContent()).toMatch(message);
    expect(await stored(h)).not.toBe(before);
    await toast().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => toast().textContent()).toMatch(/^Undone: /);
    await expect.poll(() => stored(h)).toBe(before);
  }

  beforeAll(async () => {
    ({ h, dashboard } = await launchWithPlan());
  });
  afterAll(async () => h?.close());

  it('undoes a choice exactly, then resolves both clashes: what was set aside folds under the choice', async () => {
    await go('#view=plan');
    await expect.poll(() => day1().getByRole('group', { name: /^Clash/ }).getAttribute('aria-label')).toBe('Clash 10:15–10:40 CET: 2 at once');
    await undoes(() => day1().getByRole('button', { name: 'Choose GitOps at Scale' }).click(), /^Chose “GitOps at Scale”; 1 talk set aside\.Undo$/);
    await expect.poll(() => day1().getByRole('group', { name: /^Clash/ }).count()).toBe(1);

    await day1().getByRole('button', { name: 'Choose GitOps at Scale' }).click();
    await day2().getByRole('button', { name: 'Choose Supply Chain Security' }).click();
    await expect.poll(() => dashboard.getByRole('group', { name: /^Clash/ }).count()).toBe(0);
    const folded = day1().getByRole('button', { name: '1 alternative ▸ to GitOps at Scale' });
    expect(await day1().getByText('Zero Trust in Practice').isVisible()).toBe(false);
    await folded.click();
    await expect.poll(() => day1().getByText('Zero Trust in Practice').isVisible()).toBe(true);
    expect(await day1().getByRole('button', { name: 'Back in the plan: Zero Trust in Practice' }).isVisible()).toBe(true);
  });

  it('opens the form in the free gap with its times, gives the focus back on cancel, and adds lunch from one quick-add line', async () => {
    const gap = day1().locator('.tm-gap').first();
    await gap.getByRole('button', { name: '+ Add your own item 09:30–10:00 CET' }).click();
    // In the gap itself, not below the days.
    const form = gap.getByRole('form', { name: 'Add your own item' });
    expect([await form.getByLabel('From').inputValue(), await form.getByLabel('To').inputValue()]).toEqual(['09:30', '10:00']);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('Title');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.textContent)).toBe('+ Add your own item 09:30–10:00 CET');
    // Enter on the focused "+ Add" opens it again; Cancel closes it the same way.
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('Title');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.textContent)).toBe('+ Add your own item 09:30–10:00 CET');
    const quick = dashboard.getByRole('group', { name: 'Quick add an own item' });
    await quick.getByLabel('Day').selectOption('2026-03-24');
    await quick.getByLabel('Quick add').fill('12:00-13:00 Lunch with Ana @ Cafe');
    await quick.getByLabel('Quick add').press('Enter');
    const lunch = day1().locator('.tm-plan-item.tm-own', { hasText: 'Lunch with Ana' });
    await expect.poll(() => lunch.textContent()).toMatch(/^12:00–13:00 CETLunch with Ana · CafeOwn item/);
    // Edit opens the form at the item itself, filled in; Esc closes it and the focus is back on Edit.
    await lunch.getByRole('button', { name: 'Edit Lunch with Ana' }).click();
    const edit = day1().locator('.tm-axis-row', { hasText: 'Lunch with Ana' }).getByRole('form', { name: 'Edit Lunch with Ana' });
    expect([await edit.getByLabel('Title').inputValue(), await edit.getByLabel('From').inputValue(), await edit.getByLabel('Place').inputValue()]).toEqual(['Lunch with Ana', '12:00', 'Cafe']);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('Title');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Lunch with Ana');
  });

  it('exports the plan: the calendar and highlights leave the alternatives out and take lunch in', async () => {
    await go('');
    await dashboard.getByRole('button', { name: 'Export PlanConf Europe 2026…' }).click();
    const dialog = dashboard.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => dialog.getByRole('region', { name: 'Calendar of my plan' }).textContent()).toContain('5 talks and 1 own item; 2 set aside in clashes left out.');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dialog.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
    const ics = await readFile((await download.path())!, 'utf8');
    const summaries = [...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map((m) => m[1]);
    expect(summaries).toEqual(['Opening Keynote', 'GitOps at Scale', 'eBPF for Humans', 'Lunch with Ana', 'Observability Night', 'Supply Chain Security']);
    expect(ics).not.toContain('TENTATIVE');
    await dialog.getByLabel('Add the alternatives as tentative events').check();
    await expect.poll(() => dialog.getByRole('region', { name: 'Calendar of my plan' }).textContent()).toContain('alternatives (2) marked tentative');

    expect(await dialog.getByLabel('Preset').inputValue()).toBe('highlights');
    const preview = dialog.getByLabel('Markdown preview');
    await expect.poll(() => preview.textContent()).toContain('GitOps at Scale');
    // Rated or noted only: the set-aside Zero Trust (tagged, never rated) and the plain starred talks are no highlights.
    const text = (await preview.textContent())!;
    expect(text).toContain('eBPF for Humans');
    for (const title of ['Zero Trust in Practice', 'Rust in the Kernel', 'Opening Keynote']) expect(text).not.toContain(title);
    await dashboard.keyboard.press('Escape');
  });

  it('shares the alternatives as alternatives', async () => {
    await go('#view=team');
    await dashboard.getByRole('button', { name: /^Share my picks/ }).click();
    const dialog = dashboard.getByRole('dialog', { name: 'Share my picks' });
    await dialog.getByLabel('Your name, as colleagues see it').fill('Sam');
    const link = dialog.locator('.tm-share-link textarea');
    await expect.poll(() => link.inputValue()).toContain('#talkmarks=');
    const token = (await link.inputValue()).split('#talkmarks=')[1]!;
    const read = await unpackShare(token);
    expect(read.ok).toBe(true);
    const picks = read.ok ? read.share.picks : [];
    expect(picks.filter((p) => p.alternative).map((p) => p.id)).toEqual(['p03', 'p07']);
    expect(picks.find((p) => p.id === 'p02')).toMatchObject({ starred: true });
    expect(picks.find((p) => p.id === 'p02')!.alternative).toBeUndefined();
    await dashboard.keyboard.press('Escape');
  });

  it('undoes a deleted own item with its note, a bulk change, a tag merge and a removed colleague layer, byte for byte', async () => {
    await sendFrom(dashboard, { type: 'own/put', item: { id: 'call', conference: CONF, title: 'Call home', start: '2026-03-25T12:00:00.000Z', end: '2026-03-25T12:30:00.000Z', timeZone: 'Europe/Amsterdam', place: '', note: 'Ask about the cat', alternative: false, updatedAt: 0 } });
    await go('#view=plan');
    await undoes(() => day2().getByRole('button', { name: 'Delete Call home' }).click(), /^Deleted “Call home” and its note\./);
    await expect.poll(() => day2().getByText('Call home').count()).toBe(1);

    await go('#q=platform');
    // Select all comes with the first ticked result.
    await dashboard.getByRole('checkbox', { name: /^Select / }).first().check();
    await dashboard.getByRole('button', { name: 'Select all 3' }).click();
    const bulk = dashboard.getByRole('group', { name: 'Change the selected sessions' });
    await undoes(async () => void (await bulk.getByRole('combobox', { name: 'Rate' }).selectOption('2')), /^Rated 2 of 5: 3 of 3 changed\./);

    await go('#view=tags');
    const tags = dashboard.getByRole('region', { name: 'Tags' });
    // Merging sits behind each tag's menu: gitops into ebpf.
    await tags.getByRole('button', { name: 'Rename or merge gitops' }).click();
    await dashboard.getByRole('menuitem', { name: 'Merge into…' }).click();
    const merge = dashboard.getByRole('dialog', { name: 'Merge #gitops into another tag' });
    await merge.getByRole('combobox', { name: 'Merge into' }).selectOption('ebpf');
    await undoes(() => merge.getByRole('button', { name: 'Merge' }).click(), /^gitops → ebpf: \d+ sessions changed\./);

    await sendFrom(dashboard, { type: 'colleagues/accept', source: { share: sampleShare(4, true) } });
    await go('#view=team');
    await undoes(() => dashboard.getByRole('button', { name: "Remove Ana's picks" }).click(), /^Removed Ana's picks\./);
    await expect.poll(() => dashboard.getByRole('button', { name: "Remove Ana's picks" }).count()).toBe(1);
  });
});
