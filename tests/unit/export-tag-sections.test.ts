import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions } from '../../lib/export/options';
import type { Conference } from '../../lib/model/schema';
import { talk } from '../support/plan';

/** The closing tag sections of a write-up: which talks, which lines under them. */
const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };
const sessions = [
  talk('a', AMS, '2026-03-24', '09:00', '09:30', { tags: ['ops'], note: '\n\nFirst thought\nmore' }),
  talk('b', AMS, '2026-03-24', '10:00', '10:30', { note: 'plain line\n- #ops marked one\n- #opsy not this' }),
  talk('c', AMS, '2026-03-24', '11:00', '11:30', { tags: ['ops'] }),
];
sessions[0]!.entry.speakers = [{ name: 'Ana' }];

function section(change: (o: MarkdownOptions) => void = () => undefined, tags = ['ops']): string {
  const options = withPreset('notes', tags);
  options.include.links = false;
  change(options);
  const md = renderMarkdown([{ conference, sessions }], options);
  return md.slice(md.indexOf('\n## Ops') + 1);
}

describe('a tag section', () => {
  it('lists tagged talks with their note’s first line and other talks with the lines marked #tag', () => {
    expect(section()).toBe(['## Ops', '', '- Talk a — Ana', '  - First thought', '- Talk b', '  - marked one', '- Talk c', ''].join('\n'));
  });

  it('names no speakers and quotes no lines when those are not included', () => {
    expect(section((o) => ((o.include.speakers = false), (o.include.notes = false)))).toBe(['## Ops', '', '- Talk a', '- Talk b', '- Talk c', ''].join('\n'));
  });

  it('comes one level below the conference, one per picked tag in the order picked', () => {
    const options = withPreset('notes', ['zz', 'ops']);
    options.headingLevel = 2;
    const full = renderMarkdown([{ conference, sessions }], options);
    expect(full.indexOf('\n### Zz\n')).toBeGreaterThan(0);
    expect(full.indexOf('\n### Zz\n')).toBeLessThan(full.indexOf('\n### Ops\n'));
  });
});
