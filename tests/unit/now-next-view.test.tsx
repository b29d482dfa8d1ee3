import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NowNext } from '../../components/plan/NowNext';
import { planItems } from '../../lib/plan/items';
import { zonedToInstant } from '../../lib/util/time';
import { ownItem, talk } from '../support/plan';

const LA = 'America/Los_Angeles';
const items = planItems(
  [talk('keynote', LA, '2026-04-07', '09:00', '10:00'), talk('late', LA, '2026-04-07', '17:30', '18:15')],
  [ownItem('booth', LA, '2026-04-07', '10:30', '12:00', { title: 'Booth duty', place: 'Booth 7' })],
);
const fixed = (time: string) => () => Date.parse(zonedToInstant('2026-04-07', time, LA)!);

function show(clock: () => number) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<NowNext items={items} clock={clock} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('now and next, rendered at a fixed time', () => {
  it('names what is on now and what is next, in event-local time with room and how soon', () => {
    const root = show(fixed('09:40'));
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Now', 'Next, in 50 min']);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '09:00–10:00 PDT Talk keynote · Room keynote',
      '10:30–12:00 PDT Booth duty · Booth 7',
    ]);
    expect(root.querySelector('section')!.getAttribute('aria-label')).toBe('Now and next');
  });

  it('says how long until an evening talk, and shows nothing long after the event', () => {
    expect(show(fixed('12:30')).querySelector('h2')!.textContent).toBe('Next, in 5 h 00 min');
    expect(show(() => Date.parse('2026-05-01T00:00:00Z')).innerHTML).toBe('');
  });
});
