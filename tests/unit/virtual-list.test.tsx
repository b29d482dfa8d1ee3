import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../components/ui/VirtualList';

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

const items = (prefix: string) => Array.from({ length: 500 }, (_, i) => `${prefix} ${i}`);
const drawn = () => [...host.querySelectorAll('li')].map((li) => li.textContent);
const list = (shown: string[]) => (
  <VirtualList items={shown} keyOf={(s) => s} label="Results" renderItem={(s, attrs) => <li {...attrs}>{s}</li>} />
);

describe('a long list, new results', () => {
  // Rows are assumed 56 px until laid out (happy-dom lays nothing out): the screen holds 14 of them.
  const onScreen = Math.ceil(innerHeight / 56);

  it('draws the rows on screen first, and those around them once the page is idle', async () => {
    await act(() => render(list(items('Talk')), host));
    expect(drawn()).toEqual(items('Talk').slice(0, onScreen));
    await vi.waitFor(() => expect(drawn().length).toBeGreaterThan(onScreen + 5));
    expect(drawn().slice(0, onScreen)).toEqual(items('Talk').slice(0, onScreen));

    // The next key typed: a new list, again the screen first.
    await act(() => render(list(items('Keynote')), host));
    expect(drawn()).toEqual(items('Keynote').slice(0, onScreen));
    await vi.waitFor(() => expect(drawn().length).toBeGreaterThan(onScreen + 5));
    expect(host.querySelector('li')!.getAttribute('aria-setsize')).toBe('500');
  });

  it('keeps the rows around the screen when the same list is drawn again', async () => {
    const shown = items('Talk');
    await act(() => render(list(shown), host));
    await vi.waitFor(() => expect(drawn().length).toBeGreaterThan(onScreen + 5));
    const wide = drawn().length;
    await act(() => render(list(shown), host));
    expect(drawn().length).toBe(wide);
  });
});
