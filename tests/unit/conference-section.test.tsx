import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
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
  afterEach(() => render(null, host));

  it('draws the first 200 sessions at once and the rest on request, in schedule order', async () => {
    await act(() => render(<ConferenceSection conference={conference} conferences={[conference]} sessions={[...sessions].reverse()} ownItems={[]} suggestions={[]} />, host));
    const rows = () => [...host.querySelectorAll('.tm-session .tm-title a, .tm-session .tm-title span')].map((el) => el.textContent);
    expect(rows()).toHaveLength(200);
    expect(rows()[0]).toBe('Talk 0');
    const more = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 250 sessions of Big Conf 2026')!;
    await act(() => more.click());
    expect(rows()).toHaveLength(250);
    expect(rows()[249]).toBe('Talk 249');
    expect([...host.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Show all'))).toBe(false);
  });
});
