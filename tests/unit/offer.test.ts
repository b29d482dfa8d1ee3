import { describe, expect, it } from 'vitest';
import { planItems } from '../../lib/plan/items';
import { offerFor } from '../../lib/plan/offer';
import { zonedToInstant } from '../../lib/util/time';
import { ownItem, talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const at = (time: string) => Date.parse(zonedToInstant('2026-03-24', time, AMS)!);
const plan = planItems(
  [
    talk('maybe', AMS, '2026-03-24', '10:00', '10:40', { priority: 'maybe' }),
    talk('must', AMS, '2026-03-24', '10:15', '10:45', { priority: 'must' }),
    talk('later', AMS, '2026-03-24', '14:00', '14:30'),
  ],
  [ownItem('lunch', AMS, '2026-03-24', '12:00', '13:00')],
);
const page = talk('page', AMS, '2026-03-25', '09:00', '09:30').entry;

describe('what the side panel offers', () => {
  it('the session of the tab’s session page, whatever the plan has on', () => {
    expect(offerFor(page, plan, at('10:20'))).toEqual({ entry: page, why: 'page' });
  });

  it('else the talk on now, a must-see before the others; else the next talk, never an own item', () => {
    expect(offerFor(undefined, plan, at('10:20'))).toMatchObject({ entry: { title: 'Talk must' }, why: 'now' });
    expect(offerFor(undefined, plan, at('10:05'))).toMatchObject({ entry: { title: 'Talk maybe' }, why: 'now' });
    // Lunch (an own item) is next at 11:00, but it has no notes editor: nothing is offered, the page's list shows.
    expect(offerFor(undefined, plan, at('11:00'))).toBeUndefined();
    expect(offerFor(undefined, plan, at('13:10'))).toMatchObject({ entry: { title: 'Talk later' }, why: 'next' });
  });
});
