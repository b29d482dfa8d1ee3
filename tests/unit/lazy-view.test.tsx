import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyView } from '../../components/ui/lazy-view';

afterEach(() => render(null, document.body));

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

describe('a view loaded when first shown', () => {
  it('says it is loading, then shows the view with its props; shown again, it is there at once', async () => {
    let loads = 0;
    const View = lazyView(async () => (loads++, Hello), 'greetings');
    await act(() => render(<View name="Ana" />, document.body));
    expect(document.body.textContent).toBe('Loading greetings…');
    await settle();
    expect(document.body.textContent).toBe('Hello Ana');
    render(null, document.body);
    await act(() => render(<View name="Sam" />, document.body));
    expect(document.body.textContent).toBe('Hello Sam');
    expect(loads).toBe(1);
  });

  it('says in words when its code could not be fetched, and fetches it again the next time it is shown', async () => {
    let fail = true;
    const View = lazyView(async () => {
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return Hello;
    }, 'greetings');
    await act(() => render(<View name="Ana" />, document.body));
    await settle();
    expect(document.body.querySelector('[role=alert]')!.textContent).toBe(
      'Could not load greetings: Failed to fetch dynamically imported module. Reload the page to try again.',
    );
    render(null, document.body);
    fail = false;
    await act(() => render(<View name="Ana" />, document.body));
    await settle();
    expect(document.body.textContent).toBe('Hello Ana');
  });
});
