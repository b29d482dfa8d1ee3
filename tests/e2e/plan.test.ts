import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { CONF, keyOf, launchWithPlan } from './plan-data';

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.replace(/\+/g, ' '));
const resultTitles = (page: Page) => page.locator('.tm-results .tm-title > a').allTextContents();

describe('planning the conference in the dashboard', () => {
  let h: Harness;
  let dashboard: Page;

  beforeAll(async () => {
    ({ h, dashboard } = await launchWithPlan());
  });
  afterAll(async () => h?.close());

  it('searches every session seen as you type, and keeps the search and filters in the URL', async () => {
    await dashboard.keyboard.press('/');
    await dashboard.keyboard.type('wasi');
    // Merely seen (never starred), found by its abstract.
    await expect.poll(() => resultTitles(dashboard)).toEqual(['WebAssembly Everywhere']);
    // The address follows once typing pauses.
    await expect.poll(() => hashOf(dashboard)).toBe('#q=wasi');
    await dashboard.getByRole('searchbox', { name: 'Search sessions' }).fill('ana souza');
    await expect.poll(() => resultTitles(dashboard)).toEqual(['GitOps at Scale', 'Supply Chain Security']);
    // The filters are folded behind one button.
    await dashboard.getByRole('button', { name: /^Filters/ }).click();
    await dashboard.getByLabel('Tag', { exact: true }).selectOption('cool-tech');
    await expect.poll(() => resultTitles(dashboard)).toEqual(['GitOps at Scale']);
    expect(hashOf(dashboard)).toBe('#q=ana souza&tag=cool-tech');
    await dashboard.reload();
    await expect.poll(() => resultTitles(dashboard)).toEqual(['GitOps at Scale']);
    expect(await dashboard.getByRole('searchbox', { name: 'Search sessions' }).inputValue()).toBe('ana souza');
    expect(await dashboard.getByLabel('Tag', { exact: true }).inputValue()).toBe('cool-tech');
  });

  it('filters by day, room, rating and starred, and Back returns to the previous filter', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#conf=${CONF}&day=2026-03-25`);
    await expect.poll(() => resultTitles(dashboard)).toEqual(['Supply Chain Security', 'Rust in the Kernel', 'WebAssembly Everywhere']);
    await dashboard.getByLabel('Starred only').check();
    await expect.poll(() => resultTitles(dashboard)).toEqual(['Supply Chain Security', 'Rust in the Kernel']);
    await dashboard.getByLabel('Room', { exact: true }).selectOption('Forum');
    await expect.poll(() => resultTitles(dashboard)).toEqual(['Rust in the Kernel']);
    await dashboard.goBack();
    await expect.poll(() => resultTitles(dashboard)).toEqual(['Supply Chain Security', 'Rust in the Kernel']);
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    await dashboard.getByLabel('Rating', { exact: true }).selectOption('4');
    await expect.poll(() => resultTitles(dashboard)).toEqual(['GitOps at Scale', 'eBPF for Humans']);
  });

  it('applies bulk actions to a selection: tag, rate, untag, star', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#q=platform`);
    await expect.poll(() => resultTitles(dashboard)).toEqual(['GitOps at Scale', 'Rust in the Kernel', 'WebAssembly Everywhere']);
    const bulk = dashboard.getByRole('group', { name: 'Change the selected sessions' });
    // Nothing ticked yet (the results above are rendered): no bulk controls to wonder about. They (and Select all)
    // come with the first ticked result.
    expect(await bulk.count()).toBe(0);
    await dashboard.getByRole('checkbox', { name: 'Select GitOps at Scale' }).check();
    await dashboard.getByRole('button', { name: 'Select all 3' }).click();
    await bulk.getByRole('textbox', { name: 'Tag to add to the selected sessions' }).fill('Platform Day');
    await bulk.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => bulk.getByRole('status').textContent()).toBe('Tagged Platform Day: 3 of 3 changed');
    await bulk.getByRole('combobox', { name: 'Rate' }).selectOption('3');
    await expect.poll(() => bulk.getByRole('status').textContent()).toBe('Rated 3 of 5: 3 of 3 changed');
    await dashboard.getByRole('checkbox', { name: 'Select Rust in the Kernel' }).uncheck();
    await bulk.getByRole('combobox', { name: 'Tag to remove from the selected sessions' }).selectOption('platform-day');
    await bulk.getByRole('button', { name: 'Remove tag' }).click();
    await expect.poll(() => bulk.getByRole('status').textContent()).toBe('Removed tag platform-day: 2 of 2 changed');
    await bulk.getByRole('button', { name: 'Star', exact: true }).click();
    await expect.poll(() => bulk.getByRole('status').textContent()).toBe('Starred: 1 of 2 changed');
    // The rows follow the database through a live query: they may show the change a moment after the status.
    const summaries = async () =>
      (
        await dashboard.locator('.tm-results .tm-session').evaluateAll((rows) =>
          rows.map((r) => `${r.getAttribute('data-key')} ${r.querySelector('.tm-star')!.getAttribute('aria-pressed')} ${r.querySelector('.tm-summary')?.textContent ?? ''}`),
        )
      ).sort();
    await expect.poll(summaries).toEqual([
      `${keyOf('p02')} true 3★ #gitops #cool-tech ✎`,
      `${keyOf('p07')} true 3★ #platform-day`,
      `${keyOf('p08')} true 3★`,
    ]);
  });

  it('renames and merges tags across all sessions, with counts', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=tags`);
    const counts = () => dashboard.locator('.tm-tag-list > li').evaluateAll((rows) => rows.map((r) => `${r.querySelector('a')!.textContent}:${r.querySelector('.tm-tag-count')!.textContent}`));
    await expect.poll(counts).toEqual(['#cool-tech:2', '#ebpf:1', '#gitops:1', '#platform-day:1', '#security:1']);
    await dashboard.getByRole('button', { name: 'Rename or merge ebpf' }).click();
    await dashboard.getByRole('menuitem', { name: 'Rename…' }).click();
    await dashboard.getByRole('dialog', { name: 'Rename #ebpf' }).getByRole('combobox').fill('BPF');
    await dashboard.getByRole('dialog', { name: 'Rename #ebpf' }).getByRole('combobox').press('Enter');
    await expect.poll(counts).toEqual(['#cool-tech:2', '#bpf:1', '#gitops:1', '#platform-day:1', '#security:1']);
    // Renaming to a tag in use merges the two.
    await dashboard.getByRole('button', { name: 'Rename or merge gitops' }).click();
    await dashboard.getByRole('menuitem', { name: 'Rename…' }).click();
    await dashboard.getByRole('dialog', { name: 'Rename #gitops' }).getByRole('combobox').fill('platform-day');
    await dashboard.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(counts).toEqual(['#cool-tech:2', '#platform-day:2', '#bpf:1', '#security:1']);
    await expect.poll(() => dashboard.locator('.tm-tag-manager [role=status]').textContent()).toBe('gitops → platform-day: 1 sessions changed');
  });

  it('shows clashes and gaps per day, and resolves one: the other stays starred as an alternative, on watch later', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=plan`);
    const day1 = dashboard.getByRole('region', { name: 'Tuesday, 24 March 2026' });
    await expect.poll(() => day1.getByRole('group', { name: /^Clash/ }).getAttribute('aria-label')).toBe('Clash 10:15–10:40 CET: 2 at once');
    expect(await day1.locator('.tm-gap').first().textContent()).toMatch(/^Free 09:30–10:00 CET \(30 min\) \+ Add/);
    expect(await day1.locator('.tm-clash-head').textContent()).toContain('Your priorities suggest “GitOps at Scale”');
    await day1.getByRole('button', { name: 'Choose GitOps at Scale' }).click();
    await expect.poll(() => day1.getByRole('group', { name: /^Clash/ }).count()).toBe(0);
    const zeroTrust = day1.locator('.tm-plan-item', { hasText: 'Zero Trust in Practice' });
    expect(await zeroTrust.locator('.tm-badge-alternative').textContent()).toBe('Alternative');
    await dashboard.getByRole('link', { name: 'Watch later' }).click();
    await expect.poll(() => dashboard.locator('.tm-watch-later .tm-title > a').allTextContents()).toEqual(['Zero Trust in Practice']);
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export watch later (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('talkmarks-watch-later.md');
    expect(await readFile((await download.path())!, 'utf8')).toContain(
      '- [ ] [Zero Trust in Practice](<https://planconf2026.sched.com/event/p03/zero-trust-in-practice>) — Jürgen Müller · Tuesday, 24 March 2026, 10:15–10:45 CET',
    );
  });

  it('resolves by unstarring when the user says so', async () => {
    await dashboard.getByRole('link', { name: 'Plan' }).click();
    const day2 = dashboard.getByRole('region', { name: 'Wednesday, 25 March 2026' });
    const clash = day2.getByRole('group', { name: /^Clash/ });
    await clash.getByRole('radio', { name: /are unstarred/ }).check();
    await clash.getByRole('checkbox', { name: /add them to Watch later/ }).uncheck();
    await clash.getByRole('button', { name: 'Choose Rust in the Kernel' }).click();
    await expect.poll(() => day2.locator('.tm-plan-item .tm-what > a').allTextContents()).toEqual(['Rust in the Kernel', 'WebAssembly Everywhere']);
  });

  it('adds an own item across midnight that clashes with a late talk, and exports it', async () => {
    const day1 = dashboard.getByRole('region', { name: 'Tuesday, 24 March 2026' });
    // No form until asked for: "+ Add" on the day opens it there, with the cursor in the title.
    expect(await dashboard.getByRole('form', { name: 'Add your own item' }).count()).toBe(0);
    await day1.getByRole('button', { name: '+ Add your own item on Tuesday, 24 March 2026' }).click();
    const form = day1.getByRole('form', { name: 'Add your own item' });
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('Title');
    await form.getByLabel('Title').fill('After-party');
    await form.getByLabel('Day').selectOption('2026-03-24');
    await form.getByLabel('From').fill('23:00');
    await form.getByLabel('To').fill('23:00');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Not saved: .*must end after it starts/);
    await form.getByLabel('To').fill('01:00');
    await form.getByLabel('Place').fill('Canal boat');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await expect.poll(() => day1.getByRole('group', { name: /^Clash/ }).getAttribute('aria-label')).toBe('Clash 23:30–00:30 CET: 2 at once');
    // Saved: the form closes and the focus is back on the day's "+ Add".
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.id)).toBe('tm-add-2026-03-24');
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('### After-party\n\n- **When:** 23:00–01:00 CET\n- **Where:** Canal boat\n- **Own item**');
    expect(markdown.indexOf('After-party')).toBeLessThan(markdown.indexOf('Observability Night'));
  });

  it('offers a priority and watch later on every session row', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#q=ebpf`);
    await dashboard.getByRole('button', { name: 'Edit notes for eBPF for Humans' }).click();
    await dashboard.getByRole('combobox', { name: 'Priority of eBPF for Humans' }).selectOption('must');
    await dashboard.getByRole('button', { name: 'Watch later: eBPF for Humans' }).click();
    const row = dashboard.locator(`[data-key="${keyOf('p04')}"]`);
    await expect.poll(() => row.locator('.tm-plan-badges').textContent()).toBe('Must-seeWatch later');
  });
});
