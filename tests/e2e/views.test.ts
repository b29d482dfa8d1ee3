import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFixture } from '../support/dom';
import { launchExtension, type Harness } from './harness';
import { byRole, countByRole, shadowText } from './closed-shadow';

const GRID = 'https://demo2026.sched.com/grid/';
const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';
const LIST = 'https://demo2026.sched.com/';
const MOBILE = 'https://demo2026.sched.com/mobile/';
const KEYNOTE = 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme';
const ZERO_TRUST = 'Zero Trust in Practice: eBPF & SPIFFE';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const star = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${escapeRe(title)}$`) });

describe('sched views in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GRID, readFixture('sched/grid-table.html'));
    h.serve(SESSION, readFixture('sched/session.html'));
    h.serve(LIST, readFixture('sched/list-default.html'));
    h.serve(MOBILE, readFixture('sched/mobile.html'));
  });
  afterAll(async () => h?.close());

  it('grid: one star per session, in every cell, and the popup knows each session’s rooms and times', async () => {
    const grid = await h.open(GRID);
    await expect.poll(() => grid.locator('tm-controls').count()).toBe(4);
    await star(grid, 'Hands-on: Cilium').click();
    await expect.poll(() => star(grid, 'Hands-on: Cilium').getAttribute('aria-pressed')).toBe('true');
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(grid)}`);
    const keynote = popup.locator('.tm-session[data-key="sched:demo2026:2EsAI"] .tm-facts');
    await expect.poll(() => keynote.textContent()).toMatch(/^09:00–09:30 CET · Hall 12, Elicium 2, Auditorium/);
    // Starred first, once the popup has read the annotations.
    await expect.poll(() => popup.locator('.tm-session').first().getAttribute('data-key')).toBe('sched:demo2026:5Qrst');
    await popup.close();
    await grid.close();
  });

  it('session page: rating, tags and note inline, kept across a reload, and shown on the star’s badge', async () => {
    const page = await h.open(SESSION);
    // The editor and the badge are in closed shadow roots: found by role and name, used with real clicks and keys.
    const rate4 = await byRole(page, 'button', 'Rate 4 of 5');
    await rate4.click();
    await expect.poll(() => rate4.attribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await (await byRole(page, 'combobox', `Add a tag to ${KEYNOTE}`)).fill('keynotes');
    await page.keyboard.press('Enter');
    await (await byRole(page, 'textbox', `Notes on ${KEYNOTE}`)).fill('Opening: *three* announcements');
    await expect.poll(() => shadowText(page, 'tm-editor'), { timeout: 10_000 }).toContain('Saved');
    await expect.poll(() => countByRole(page, 'image', `Your notes on ${KEYNOTE}: rated 4 of 5, has a note, tagged keynotes`), { timeout: 10_000 }).toBe(1);
    await page.reload();
    await expect.poll(async () => (await byRole(page, 'textbox', `Notes on ${KEYNOTE}`)).value(), { timeout: 10_000 }).toBe('Opening: *three* announcements');
    expect(await (await byRole(page, 'list', `Tags of ${KEYNOTE}`)).value()).toContain('keynotes');
    // The sidebar's other session has a plain star, and no editor of its own.
    expect(await star(page, ZERO_TRUST).count()).toBe(1);
    expect(await page.locator('tm-editor').count()).toBe(1);
    await page.close();
  });

  it('session page: the popup opens straight on that session', async () => {
    const page = await h.open(SESSION);
    await expect.poll(() => page.locator('tm-controls').count()).toBe(2);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    const first = popup.locator('.tm-session').first();
    await expect.poll(() => first.getAttribute('data-key')).toBe('sched:demo2026:2EsAI');
    expect(await popup.getByRole('button', { name: `Close notes for ${KEYNOTE}` }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => popup.getByRole('textbox', { name: `Notes on ${KEYNOTE}` }).inputValue()).toBe('Opening: *three* announcements');
    await popup.close();
    await page.close();
  });

  it('one annotation whichever id a view shows: a star on the mobile site shows in the list view', async () => {
    const list = await h.open(LIST);
    await expect.poll(() => list.locator('tm-controls').count()).toBe(5);
    const mobile = await h.open(MOBILE);
    await expect.poll(() => mobile.locator('tm-controls').count()).toBe(2);
    await star(mobile, ZERO_TRUST).click();
    await expect.poll(() => star(mobile, ZERO_TRUST).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => star(list, ZERO_TRUST).getAttribute('aria-pressed')).toBe('true');
    // The keynote, rated on its session page, shows its badge on the mobile site too.
    await expect.poll(() => countByRole(mobile, 'image', `Your notes on ${KEYNOTE}: rated 4 of 5, has a note, tagged keynotes`), { timeout: 10_000 }).toBe(1);
    const dashboard = await h.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('.tm-session[data-key="sched:demo2026:27FVb"]').count()).toBe(1);
    expect(await dashboard.locator('.tm-session').count()).toBe(3);
    await Promise.all([dashboard.close(), mobile.close(), list.close()]);
  });
});
