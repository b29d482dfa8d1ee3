import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useView, type SetView } from '../../components/dashboard/use-view';

let setView: SetView;
function Shown() {
  const [view, set] = useView();
  setView = set;
  return <p>{view.text}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/dashboard.html');
  act(() => render(<Shown />, document.body));
});
afterEach(() => {
  act(() => render(null, document.body));
  vi.useRealTimers();
});

describe('the dashboard view in the address', () => {
  it('shows each key typed at once, and writes the address once typing pauses, in the same history entry', () => {
    const entries = history.length;
    for (const text of ['k', 'ku', 'kube']) act(() => setView({ text }, { typing: true }));
    expect(document.body.textContent).toBe('kube');
    expect(location.hash).toBe('');
    act(() => void vi.advanceTimersByTime(300));
    expect(location.hash).toBe('#q=kube');
    expect(history.length).toBe(entries);
  });

  it('keeps what was typed in its own entry when a filter is chosen right after, so Back returns to it', () => {
    act(() => setView({ text: 'rust' }, { typing: true }));
    act(() => setView({ starred: true }));
    expect(location.hash).toBe('#q=rust&starred=1');
    history.back();
    // happy-dom moves through history at once; the entry left behind holds the typed text, not the empty search.
    expect(location.hash).toBe('#q=rust');
  });

  it('lets a link followed while typing keep its address', async () => {
    act(() => setView({ text: 'rust' }, { typing: true }));
    // happy-dom sends `hashchange` on its own clock, which fake timers do not move.
    const followed = new Promise<void>((resolve) => addEventListener('hashchange', () => resolve(), { once: true }));
    location.hash = '#view=tags';
    await act(() => followed);
    act(() => void vi.advanceTimersByTime(300));
    expect(location.hash).toBe('#view=tags');
  });

  it('writes what was typed when the page is left before the pause', () => {
    act(() => setView({ text: 'ebpf' }, { typing: true }));
    dispatchEvent(new Event('pagehide'));
    expect(location.hash).toBe('#q=ebpf');
  });
});
