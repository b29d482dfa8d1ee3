import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlyTrustedEvents } from '../../lib/content/trusted';
import { closedShadow } from '../../lib/content/shadow';
import { userClick } from '../support/content';

/** Every event that could act on a control: a click, a key, a text change, a form sent, a drop. */
const ACTING = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'paste', 'cut', 'drop',
];

/** A button inside a closed root guarded by `onlyTrustedEvents`, and every event type its handler heard. */
function guarded(signal?: AbortSignal) {
  const host = document.createElement('tm-editor');
  const root = closedShadow(host);
  const button = document.createElement('button');
  root.append(button);
  document.body.replaceChildren(host);
  onlyTrustedEvents(root, signal);
  const heard: string[] = [];
  for (const type of [...ACTING, 'focus']) button.addEventListener(type, () => heard.push(type));
  return { button, heard };
}

/** An event as a page script makes it (`dispatchEvent`): `isTrusted` is false. */
function forge(target: Element, type: string): Event {
  const event = new Event(type, { bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => document.body.replaceChildren());

describe('our controls act only on the user’s own events', () => {
  it('stop every acting event a page script makes before it reaches a control, and cancel it', () => {
    const { button, heard } = guarded();
    for (const type of ACTING) expect(forge(button, type).defaultPrevented, type).toBe(true);
    button.click();
    expect(heard).toEqual([]);
  });

  it('stop it before any other listener of the root, too', () => {
    const host = document.createElement('div');
    const button = document.createElement('button');
    host.append(button);
    document.body.replaceChildren(host);
    onlyTrustedEvents(host);
    const rootHandler = vi.fn();
    host.addEventListener('click', rootHandler, { capture: true });
    forge(button, 'click');
    expect(rootHandler).not.toHaveBeenCalled();
  });

  it('let the user’s own clicks through', () => {
    const { button, heard } = guarded();
    const click = userClick(button);
    expect(heard).toEqual(['click']);
    expect(click.defaultPrevented).toBe(false);
  });

  it('leave focus alone: the browser fires it itself even for a script’s focus(), and nothing saves on it', () => {
    const { button, heard } = guarded();
    forge(button, 'focus');
    expect(heard).toEqual(['focus']);
  });

  it('stop guarding once the signal aborts (the panel is gone)', () => {
    const controller = new AbortController();
    const { button, heard } = guarded(controller.signal);
    controller.abort();
    forge(button, 'click');
    expect(heard).toEqual(['click']);
  });
});
