import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutDone, shortcutOf } from '../../lib/util/keyboard';

/** Dispatches a key press on `target` and returns what the shortcut reader made of it. */
function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  let seen: ReturnType<typeof shortcutOf> | 'none' = 'none';
  const listener = (e: Event) => (seen = shortcutOf(e as KeyboardEvent));
  document.addEventListener('keydown', listener, { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  return seen;
}

describe('single-key shortcuts', () => {
  document.body.innerHTML = `
    <button id="star">☆</button>
    <input id="text"><input id="box" type="checkbox"><input id="search" type="search">
    <textarea id="area"></textarea><select id="sel"></select>
    <div id="editable" contenteditable="true"></div><div id="combo" role="combobox"></div>
    <tm-host id="host"></tm-host>`;
  const $ = (id: string) => document.getElementById(id)!;

  it('reads s, n, 1–5 and 0 on buttons and links', () => {
    expect(press($('star'), 's')).toEqual({ kind: 'star' });
    expect(press($('star'), 'n')).toEqual({ kind: 'note' });
    expect(press($('star'), '4')).toEqual({ kind: 'rate', rating: 4 });
    expect(press($('star'), '0')).toEqual({ kind: 'rate', rating: null });
    expect(press($('box'), '5')).toEqual({ kind: 'rate', rating: 5 });
  });

  it('ignores other keys, modifiers and keys already handled', () => {
    expect(press($('star'), '6')).toBeUndefined();
    expect(press($('star'), 'x')).toBeUndefined();
    expect(press($('star'), 's', { ctrlKey: true })).toBeUndefined();
    expect(press($('star'), 's', { metaKey: true })).toBeUndefined();
    expect(press($('star'), '1', { altKey: true })).toBeUndefined();
  });

  it('never fires while the user types: inputs, text areas, selects, editable regions, text roles', () => {
    for (const id of ['text', 'search', 'area', 'sel', 'editable', 'combo']) expect(press($(id), 's'), id).toBeUndefined();
    expect(isTypingTarget(new KeyboardEvent('keydown'))).toBe(false);
  });

  it('sees through shadow roots: a field inside one is still a field', () => {
    const root = $('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="inner"><button id="b">★</button>';
    expect(press(root.getElementById('inner')!, 's')).toBeUndefined();
    expect(press(root.getElementById('b')!, 's')).toEqual({ kind: 'star' });
  });

  it('says what happened, for screen readers', () => {
    expect(shortcutDone({ kind: 'star' }, 'GitOps', true)).toBe('Starred: GitOps');
    expect(shortcutDone({ kind: 'rate', rating: 3 }, 'GitOps', true)).toBe('Rated 3 of 5: GitOps');
    expect(shortcutDone({ kind: 'rate', rating: null }, 'GitOps', false)).toBe('Rating cleared: GitOps');
  });
});
