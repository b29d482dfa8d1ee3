import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayList } from '../../components/popup/DayList';
import { FIRST_ROWS } from '../../components/hooks/use-fill';
import { defaultPopupPrefs } from '../../lib/model/popup-prefs';
import type { ScheduleEntry } from '../../lib/model/schema';
import { zonedToInstant } from '../../lib/util/time';
import { entry } from '../support/db';

const ZONE = 'Europe/Amsterdam';
const DAYS = ['2026-03-23', '2026-03-24', '2026-03-25'];
const PER_DAY = 200;
/** 600 sessions, 200 a day from 08:00 in three-minute steps; the clock is Tuesday 07:00, before its first session. */
const sessions: ScheduleEntry[] = DAYS.flatMap((day, d) =>
  Array.from({ length: PER_DAY }, (_, i) => {
    const minutes = 8 * 60 + i * 3;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return entry(`d${d}s${i}`, 'sched:big2026', { title: `Day ${d + 1} talk ${i}`, start: zonedToInstant(day, time, ZONE)!, timeZone: ZONE });
  }),
);
sessions.push({ ...sessions[PER_DAY - 1]!, key: 'sched:big2026:needle', title: 'Needle in the first day' });
const NOW = Date.parse(zonedToInstant('2026-03-24', '07:00', ZONE)!);

const roots = new Set<HTMLElement>();

function show(shown: readonly ScheduleEntry[], root = document.body.appendChild(document.createElement('div'))) {
  roots.add(root);
  act(() =>
    render(
      <DayList shown={shown} starred={() => false} prefs={defaultPopupPrefs} onPrefs={() => undefined} now={NOW} row={(e) => <li key={e.key} class="tm-session">{e.title}</li>} />,
      root,
    ),
  );
  return root;
}
const titles = (root: Element, day: string) => [...root.querySelectorAll(`section[aria-labelledby="tm-day-${day}"] .tm-session`)].map((li) => li.textContent);

afterEach(() => {
  // Unmounted, so no list goes on filling after its test.
  roots.forEach((root) => act(() => render(null, root)));
  roots.clear();
  document.body.innerHTML = '';
});

describe('the popup’s day list on a long page', () => {
  it('draws the day it opens at first, with every day’s heading and button, and the rest after the first paint', async () => {
    const root = show(sessions);
    expect(titles(root, '2026-03-24')).toEqual(Array.from({ length: FIRST_ROWS }, (_, i) => `Day 2 talk ${i}`));
    expect(titles(root, '2026-03-23')).toEqual([]);
    expect(titles(root, '2026-03-25')).toEqual([]);
    expect([...root.querySelectorAll('.tm-day-heading')].map((h) => h.textContent)).toEqual(['Monday, 23 March 2026', 'Tuesday, 24 March 2026', 'Wednesday, 25 March 2026']);
    expect([...root.querySelectorAll('nav button')].map((b) => b.textContent)).toEqual(['Mon 23 Mar', 'Tue 24 Mar', 'Wed 25 Mar']);
    // A list still filling says so to screen readers, and stops saying it once every row is there.
    expect(root.querySelector('section[aria-labelledby="tm-day-2026-03-23"] ul')!.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect(root.querySelectorAll('.tm-session')).toHaveLength(sessions.length), { timeout: 20_000 });
    expect(titles(root, '2026-03-23')).toHaveLength(PER_DAY + 1);
    expect(root.querySelectorAll('[aria-busy]')).toHaveLength(0);
    expect(root.querySelectorAll('.tm-pending')).toHaveLength(0);
  });

  it('draws a day not drawn yet whole when its button is pressed, and moves focus to its heading', () => {
    const root = show(sessions);
    expect(titles(root, '2026-03-25')).toEqual([]);
    const wednesday = [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent === 'Wed 25 Mar')!;
    act(() => wednesday.click());
    expect(titles(root, '2026-03-25')).toEqual(Array.from({ length: PER_DAY }, (_, i) => `Day 3 talk ${i}`));
    expect(document.activeElement?.id).toBe('tm-day-2026-03-25');
  });

  it('a filter finds a session on a day not drawn yet', () => {
    const root = show(sessions);
    expect(titles(root, '2026-03-23')).toEqual([]);
    show(sessions.filter((e) => e.title.toLowerCase().includes('needle')), root);
    expect(titles(root, '2026-03-23')).toEqual(['Needle in the first day']);
    expect(root.querySelectorAll('.tm-day-heading')).toHaveLength(1);
  });
});
