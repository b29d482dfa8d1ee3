import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions, type PresetName } from '../../lib/export/options';
import type { OwnItem } from '../../lib/model/schema';
import type { Conference } from '../../lib/model/schema';
import { ownItem } from '../support/plan';

/** An own item (a meeting, a booth duty) in the Markdown export: which facts it shows, and how its page text reads. */
const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };

function render(preset: PresetName, items: OwnItem[], change: (o: MarkdownOptions) => void = () => undefined): string {
  const options = withPreset(preset);
  change(options);
  return renderMarkdown([{ conference, sessions: [], ownItems: items }], options);
}

const lunch = (extra: Partial<OwnItem> = {}) => ownItem('m', AMS, '2026-03-24', '12:00', '12:30', { title: 'Lunch *team*', place: 'Cafe_1', ...extra });

describe('an own item as a section', () => {
  it('says where when rooms are included, its title and place escaped', () => {
    expect(render('notes', [lunch()])).toContain('### Lunch \\*team\\*\n\n- **When:** 12:00–12:30 CET\n- **Where:** Cafe\\_1\n- **Own item**\n');
  });

  it('leaves the place out when rooms are not included', () => {
    const md = render('notes', [lunch()], (o) => (o.include.rooms = false));
    expect(md).toContain('- **When:** 12:00–12:30 CET\n- **Own item**\n');
    expect(md).not.toContain('Cafe');
  });
});

describe('an own item as a list item', () => {
  it('shows the place alone when times are left out', () => {
    expect(render('agenda', [lunch()], (o) => (o.include.times = false))).toContain('- **Lunch \\*team\\*** (own item) — Cafe\\_1\n');
  });

  it('leaves a blank place out, as a talk’s blank room is', () => {
    expect(render('agenda', [lunch({ place: '  ' })])).toContain('- **Lunch \\*team\\*** (own item) — 12:00–12:30 CET\n');
  });
});
