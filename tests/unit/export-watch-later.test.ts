import { describe, expect, it } from 'vitest';
import { watchLaterMarkdown } from '../../lib/export/watch-later';
import type { Conference } from '../../lib/model/schema';
import { talk } from '../support/plan';

/** The watch-later checklist as a reader sees it. */
const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };
const later = (id: string, from: string) => talk(id, AMS, '2026-03-24', from, undefined, { watchLater: true });

describe('the watch-later checklist', () => {
  it('lists a conference’s talks in time order and leaves out a conference with none', () => {
    const other = { ...conference, id: 'sched:other', name: 'Other' };
    const md = watchLaterMarkdown([
      { conference: other, sessions: [talk('x', AMS, '2026-03-24', '09:00', undefined, { watchLater: false })] },
      { conference, sessions: [later('b', '11:00'), later('a', '09:00')] },
    ]);
    expect(md).toBe(
      [
        '# Watch later',
        '',
        '## Demo 2026',
        '',
        '- [ ] Talk a — Tuesday, 24 March 2026, 09:00 CET',
        '- [ ] Talk b — Tuesday, 24 March 2026, 11:00 CET',
        '',
      ].join('\n'),
    );
  });

  it('says when a talk had no time, and escapes link labels', () => {
    const two = later('w', '10:00');
    two.entry.speakers = [{ name: 'Ana' }, { name: 'Bo' }];
    expect(watchLaterMarkdown([{ conference, sessions: [two] }])).toContain('- [ ] Talk w — Ana, Bo · Tuesday');
    const s = later('u', '09:00');
    s.entry.start = undefined;
    s.entry.links = [{ kind: 'recording', label: 'Talk *cut*', url: 'https://v.example/1' }];
    expect(watchLaterMarkdown([{ conference, sessions: [s] }])).toContain('- [ ] Talk u — No time given\n  - Talk \\*cut\\*: <https://v.example/1>\n');
  });
});
