import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarSection } from '../../components/export/CalendarSection';
import { ExportOptionsForm } from '../../components/export/ExportOptionsForm';
import { planCalendar } from '../../lib/export/ics';
import { presetOf, withPreset, type MarkdownOptions } from '../../lib/export/options';
import { annotated } from '../support/annotated';
import { demo } from '../support/export-fixture';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The form as a user meets it: labelled controls; each change hands back whole, valid options. */
function mount(options: MarkdownOptions, tags: string[] = ['cool-tech', 'security']) {
  root = document.createElement('div');
  document.body.append(root);
  const changes: MarkdownOptions[] = [];
  act(() => render(<ExportOptionsForm options={options} tags={tags} onChange={(o) => changes.push(o)} />, root));
  const control = <T extends HTMLElement>(label: string, within: ParentNode = root) => {
    const found = [...within.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
    if (!found) throw new Error(`no control labelled ${label}`);
    return found.querySelector('input, select') as unknown as T;
  };
  const group = (legend: string) => [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend)!;
  const tick = (label: string, within?: ParentNode) => act(() => control<HTMLInputElement>(label, within).click());
  const choose = (label: string, value: string) =>
    act(() => {
      const select = control<HTMLSelectElement>(label);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return { changes, control, group, tick, choose };
}

describe('export options form', () => {
  it('shows the preset the options are, and switching preset keeps the picked tag sections', () => {
    const form = mount(withPreset('highlights', ['cool-tech']));
    expect(form.control<HTMLSelectElement>('Preset').value).toBe('highlights');
    form.choose('Preset', 'agenda');
    expect(form.changes.at(-1)).toEqual(withPreset('agenda', ['cool-tech']));
  });

  it('offers "Custom" once the options differ from every preset', () => {
    const options = withPreset('notes');
    options.include.abstracts = true;
    const form = mount(options);
    expect(presetOf(options)).toBeUndefined();
    expect(form.control<HTMLSelectElement>('Preset').value).toBe('custom');
  });

  it('changes each kind of option', () => {
    const form = mount(withPreset('highlights'));
    form.tick('Starred');
    expect(form.changes.at(-1)!.select.starred).toBe(true);
    form.choose('Rated', '4');
    expect(form.changes.at(-1)!.select.minRating).toBe(4);
    form.tick('security', form.group('Tagged with any of'));
    expect(form.changes.at(-1)!.select.tags).toEqual(['security']);
    form.choose('Group by', 'track');
    expect(form.changes.at(-1)!.groupBy).toBe('track');
    form.choose('Sort by', 'time');
    expect(form.changes.at(-1)!.sortBy).toBe('time');
    form.choose('Each session as', 'heading');
    expect(form.changes.at(-1)!.style).toBe('heading');
    form.choose('Top heading', '3');
    expect(form.changes.at(-1)!.headingLevel).toBe(3);
    form.tick('Abstracts');
    expect(form.changes.at(-1)!.include.abstracts).toBe(true);
    form.tick('cool-tech', form.group('Closing section per tag'));
    expect(form.changes.at(-1)!.tagSections).toEqual(['cool-tech']);
  });

  it('keeps listing a picked tag no session carries any more, so it can be unticked', () => {
    const form = mount(withPreset('highlights', ['old-tag']), []);
    expect(form.control<HTMLInputElement>('old-tag', form.group('Closing section per tag')).checked).toBe(true);
  });
});

describe('calendar section', () => {
  it('names the starred talks it leaves out for want of a time, as text', () => {
    const calendar = planCalendar([
      {
        conference: demo,
        sessions: [
          annotated(demo, 'a', { title: 'Timed', start: '2026-03-24T09:00:00Z' }, { starred: true }),
          annotated(demo, 'b', { title: '<i>Time TBA</i>' }, { starred: true }),
        ],
      },
    ]);
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CalendarSection calendar={calendar} alternatives="leave-out" onAlternatives={() => undefined} onDownload={() => undefined} />, root));
    expect(root.textContent).toContain('1 talk and 0 own items.');
    expect(root.textContent).toContain('Left out, because the schedule gives no time for it:');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['<i>Time TBA</i>']);
    expect(root.querySelector('i')).toBeNull();
  });
});
