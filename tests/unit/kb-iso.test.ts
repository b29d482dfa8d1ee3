import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../lib/export/kb/iso';

/** Times in the notes' front matter: the event's wall clock with its offset, west of Greenwich too. */
describe('a time with its offset', () => {
  it('is behind UTC west of Greenwich, ahead east of it, and +00:00 on UTC', () => {
    expect(isoWithOffset('2026-07-01T16:00:00Z', 'America/New_York')).toBe('2026-07-01T12:00:00-04:00');
    expect(isoWithOffset('2026-07-01T16:00:00Z', 'UTC')).toBe('2026-07-01T16:00:00+00:00');
  });

  it('keeps the minutes of a half-hour zone and the seconds of the instant', () => {
    expect(isoWithOffset('2026-07-01T16:00:30Z', 'Asia/Kolkata')).toBe('2026-07-01T21:30:30+05:30');
    expect(isoWithOffset('2026-07-01T16:00:00Z', 'America/St_Johns')).toBe('2026-07-01T13:30:00-02:30');
  });
});
