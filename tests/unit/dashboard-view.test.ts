import { describe, expect, it } from 'vitest';
import { defaultView, formatView, isSearching, parseView, type DashboardView } from '../../lib/search/dashboard-view';

describe('dashboard view in the URL', () => {
  it('round-trips every filter through the hash', () => {
    const view: DashboardView = {
      section: 'plan',
      text: 'zero trust & "ebpf"',
      conference: 'sched:kccnceu2026',
      day: '2026-03-24',
      starred: true,
      minRating: 4,
      tag: 'cool-tech',
      track: 'Security + Identity',
      room: 'Hall 12 | Level 1',
    };
    const hash = formatView(view);
    expect(hash).toBe(
      '#view=plan&q=zero+trust+%26+%22ebpf%22&conf=sched%3Akccnceu2026&day=2026-03-24&starred=1&rating=4&tag=cool-tech&track=Security+%2B+Identity&room=Hall+12+%7C+Level+1',
    );
    expect(parseView(hash)).toEqual(view);
  });

  it('leaves defaults out, so the plain dashboard has a plain URL', () => {
    expect(formatView(defaultView)).toBe('');
    expect(parseView('')).toMatchObject(defaultView);
    expect(isSearching(defaultView)).toBe(false);
    expect(isSearching(parseView('#rating=3'))).toBe(true);
    expect(isSearching(parseView('#q=%20%20'))).toBe(false);
  });

  it('drops what a hand-edited URL gets wrong instead of failing', () => {
    expect(parseView('#view=nope&rating=9&day=24.03.2026&conf=<script>&starred=yes&q=ok')).toEqual({
      ...defaultView,
      text: 'ok',
      conference: undefined,
      day: undefined,
      starred: undefined,
      minRating: undefined,
      tag: undefined,
      track: undefined,
      room: undefined,
    });
  });
});
