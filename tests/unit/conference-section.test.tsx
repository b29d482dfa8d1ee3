import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConferenceSection } from '../../components/dashboard/ConferenceSection';
import type { Conference } from '../../lib/model/schema';
import { annotated } from '../support/annotated';

const conference: Conference = { id: 'sched:big2026', platform: 'sched', event: 'big2026', name: 'Big Conf 2026', timeZone: 'Europe/Amsterdam' };
const sessions = Array.from({ length: 250 }, (_, i) =>
  annotated(conference, `s${i}`, { title: `Talk ${i}`, start: new Date(Date.UTC(2026, 2, 24, 8) + i * 60_000).toISOString() }, { starred: true }),
);

describe('a conference on the dashboard', () => {
  const host = document.createElement('div');
  document.body.append(host);
  afterEach(() => {
    render(null, host);
    vi.restoreAllMocks();
  });
  const rows = () => [...host.querySelectorAll<HTMLElement>('.tm-session')];
  const titles = () => rows().map((r) => r.querySelector('.tm-title a, .tm-title span')!.textContent);

  it('draws the first screen of its sessions in schedule order under their day, each saying its place of all 250', async () => {
    await act(() => render(<ConferenceSection conference={conference} conferences={[conference]} sessions={[...sessions].reverse()} ownItems={[]} suggestions={[]} />, host));
    expect(titles()[0]).toBe('Talk 0');
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(host.querySelector('h3')!.textContent).toBe('Tuesday, 24 March 2026');
    expect(rows().map((r) => `${r.getAttribute('aria-posinset')}/${r.getAttribute('aria-setsize')}`).slice(0, 3)).toEqual(['1/250', '2/250', '3/250']);
    expect([...host.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Show all'))).toBe(false);
  });

  it('draws the rows scrolled to, and keeps the focused row when it scrolls away', async () => {
    await act(() => render(<ConferenceSection conference={conference} conferences={[conference]} sessions={sessions} ownItems={[]} suggestions={[]} />, host));
    rows()[2]!.focus();
    // The list's top 10,000 px above the screen: rows are assumed 56 px until laid out, so row 178 is on screen.
    const top = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect({ y: this.classList.contains('tm-vlist') ? -10_000 : 0, height: 0 });
    });
    await act(() => void dispatchEvent(new Event('scroll')));
    expect(titles()).toContain('Talk 180');
    expect(titles()).not.toContain('Talk 1');
    expect(titles()[0]).toBe('Talk 2');
    expect(document.activeElement).toBe(rows()[0]);
    top.mockRestore();
  });

  it('moves between rows with j/k and the arrows, and to the last with End, drawing it', async () => {
    await act(() => render(<ConferenceSection conference={conference} conferences={[conference]} sessions={sessions} ownItems={[]} suggestions={[]} />, host));
    const press = (key: string) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
    rows()[0]!.focus();
    await press('j');
    await press('ArrowDown');
    await press('k');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2');
    await press('End');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('250');
    expect(document.activeElement?.textContent).toContain('Talk 249');
    // Enter on the row opens its editor.
    await press('Enter');
    expect(document.activeElement?.querySelector('.tm-editor')).not.toBeNull();
  });
});
