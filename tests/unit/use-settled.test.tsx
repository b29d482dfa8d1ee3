import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '../../components/hooks/use-settled';

const drawn: string[] = [];
function Results({ text, now }: { text: string; now: boolean }) {
  const shown = useSettled(text, now);
  drawn.push(shown);
  return <p>{shown}</p>;
}
const show = (text: string, now: boolean) => act(() => render(<Results text={text} now={now} />, document.body));

beforeEach(() => {
  vi.useFakeTimers();
  drawn.length = 0;
});
afterEach(() => {
  act(() => render(null, document.body));
  vi.useRealTimers();
});

describe('results that follow the search box', () => {
  it('follow each key at once while searching is quick', () => {
    for (const text of ['k', 'ku', 'kub']) {
      show(text, true);
      expect(document.body.textContent).toBe(text);
    }
  });

  it('after a slow search, follow a task later with only the last text typed', () => {
    show('k', true);
    show('ku', false);
    show('kub', false);
    expect(document.body.textContent).toBe('k');
    act(() => void vi.advanceTimersByTime(0));
    expect(document.body.textContent).toBe('kub');
    expect(drawn).not.toContain('ku');
  });

  it('catch up at once when searching is quick again, and the late update changes nothing after', () => {
    show('k', true);
    show('ku', false);
    show('kub', true);
    expect(document.body.textContent).toBe('kub');
    act(() => void vi.advanceTimersByTime(0));
    expect(document.body.textContent).toBe('kub');
    expect(drawn).not.toContain('ku');
  });
});
