import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConferenceSelect } from '../../components/ui/ConferenceSelect';

afterEach(() => render(null, document.body));

const conferences = [
  { id: 'sched:a', name: 'Alpha Conf' },
  { id: 'sched:b', name: 'Beta Conf' },
];

describe('the conference select', () => {
  it('is labelled “Conference”, lists the conferences by name in order, the chosen one selected, and tells a change', () => {
    const onChange = vi.fn();
    render(<ConferenceSelect conferences={conferences} value="sched:b" onChange={onChange} />, document.body);
    const label = document.body.querySelector('label')!;
    expect(label.className).toBe('tm-field');
    expect(label.querySelector('span')!.textContent).toBe('Conference');
    const select = label.querySelector('select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['sched:a', 'Alpha Conf'],
      ['sched:b', 'Beta Conf'],
    ]);
    expect(select.value).toBe('sched:b');
    select.value = 'sched:a';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith('sched:a');
  });

  it('takes the class of where it stands', () => {
    render(<ConferenceSelect class="tm-filter" conferences={conferences} value="sched:a" onChange={() => undefined} />, document.body);
    expect(document.body.querySelector('label')!.className).toBe('tm-filter');
  });
});
