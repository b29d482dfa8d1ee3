import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../components/ui/Dialog';

afterEach(() => render(null, document.body));

const show = async (ui: preact.JSX.Element) => {
  await act(() => render(ui, document.body));
  return document.body.querySelector('dialog')!;
};
const buttons = (root: Element) => [...root.querySelectorAll('button')].map((b) => b.textContent);

describe('the one dialog', () => {
  it('opens modal, named by its title, with the actions and then Close in its footer, and a status line after', async () => {
    const d = await show(
      <Dialog class="tm-dialog tm-share" titleId="t" title="Share my picks" status="" actions={<button type="button">Copy link</button>} onClose={() => undefined}>
        <p>body</p>
      </Dialog>,
    );
    expect(d.open).toBe(true);
    expect(d.className).toBe('tm-dialog tm-share');
    expect(d.getAttribute('aria-labelledby')).toBe('t');
    expect(d.querySelector('h2#t')!.textContent).toBe('Share my picks');
    expect(buttons(d.querySelector('.tm-actions')!)).toEqual(['Copy link', 'Close']);
    expect([...d.children].map((e) => e.tagName.toLowerCase())).toEqual(['h2', 'p', 'div', 'p']);
    expect(d.lastElementChild!.getAttribute('role')).toBe('status');
  });

  it('puts Close beside the title in a header when asked, and leaves the title to the body when it has none', async () => {
    let d = await show(<Dialog class="tm-export" titleId="h" title="Export" header="tm-export-head" onClose={() => undefined} />);
    expect(d.firstElementChild!.outerHTML).toBe('<header class="tm-export-head"><h2 id="h">Export</h2><button type="button">Close</button></header>');
    expect(d.querySelector('.tm-actions')).toBeNull();
    d = await show(
      <Dialog class="tm-dialog" titleId="r" closeLabel="Not now" onClose={() => undefined}>
        <p id="r">Reading…</p>
      </Dialog>,
    );
    expect(d.querySelector('h2')).toBeNull();
    expect(buttons(d)).toEqual(['Not now']);
  });

  it('Close closes it and tells; while busy, Close is disabled and Escape does nothing', async () => {
    const onClose = vi.fn();
    let d = await show(<Dialog class="tm-dialog" titleId="t" title="Importing" busy onClose={onClose} />);
    const cancel = new Event('cancel', { cancelable: true });
    d.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(d.querySelector('button')!.disabled).toBe(true);
    d = await show(<Dialog class="tm-dialog" titleId="t" title="Imported" onClose={onClose} />);
    const again = new Event('cancel', { cancelable: true });
    d.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
    d.querySelector('button')!.click();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(d.open).toBe(false);
  });
});
