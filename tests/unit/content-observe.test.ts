import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observePage, type PageChanges } from '../../lib/content/observe';
import { nextFrame, talkHtml } from '../support/content';

let controller: AbortController;
let onFrame: ReturnType<typeof vi.fn<(added: Element[], removed: Node[]) => void>>;
let changes: PageChanges;

const li = (i: number) => {
  const template = document.createElement('template');
  template.innerHTML = talkHtml(i);
  return template.content.firstElementChild!;
};
const list = () => document.querySelector('ul')!;

beforeEach(() => {
  document.body.innerHTML = '<ul></ul>';
  controller = new AbortController();
  onFrame = vi.fn();
  changes = observePage(onFrame, controller.signal);
});
afterEach(() => controller.abort());

describe('the page observer', () => {
  it('hands several changes made in one frame on once, as one batch', async () => {
    const added = [li(1), li(2), li(3)];
    // Each in its own microtask: the observer hears of them separately, the page gets them together.
    for (const node of added) {
      list().append(node);
      await Promise.resolve();
    }
    await nextFrame();
    expect(onFrame).toHaveBeenCalledTimes(1);
    expect(onFrame).toHaveBeenCalledWith(added, []);
    await nextFrame();
    expect(onFrame).toHaveBeenCalledTimes(1);
  });

  it('hands on only the outermost added subtrees, and none the page took out again', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    section.append(li(1));
    section.append(li(2));
    const gone = li(3);
    list().append(gone);
    gone.remove();
    await nextFrame();
    expect(onFrame).toHaveBeenCalledTimes(1);
    const [added, removed] = onFrame.mock.calls[0]!;
    expect(added).toEqual([section]);
    expect(removed).toEqual([gone]);
  });

  it('takes no notice of our own tm- elements', async () => {
    for (const tag of ['tm-controls', 'tm-colleagues', 'tm-editor', 'tm-panel']) list().append(document.createElement(tag));
    await nextFrame();
    expect(onFrame).not.toHaveBeenCalled();
    const entry = li(1);
    list().append(document.createElement('tm-controls'), entry);
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([entry], []);
  });

  it('tells of removed subtrees, so their controls can be forgotten', async () => {
    const entry = li(1);
    list().append(entry);
    await nextFrame();
    entry.remove();
    await nextFrame();
    expect(onFrame).toHaveBeenLastCalledWith([], [entry]);
  });

  it('does not see our own writes, and sees the page’s again after them', async () => {
    const ours = changes.quiet(() => {
      const entry = li(1);
      list().append(entry);
      return entry;
    });
    expect(ours.isConnected).toBe(true);
    await nextFrame();
    expect(onFrame).not.toHaveBeenCalled();
    const theirs = li(2);
    list().append(theirs);
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([theirs], []);
  });

  it('keeps a page change made just before our write', async () => {
    const theirs = li(1);
    list().append(theirs);
    changes.quiet(() => list().append(li(2)));
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([theirs], []);
  });

  it('watches a shadow root it is handed', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    await nextFrame();
    onFrame.mockClear();
    const root = host.attachShadow({ mode: 'open' });
    changes.observe(root);
    const entry = li(1);
    root.append(entry);
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([entry], []);
  });

  it('stops when the script stops, the frame it had asked for included', async () => {
    list().append(li(1));
    await Promise.resolve();
    controller.abort();
    list().append(li(2));
    await nextFrame();
    await nextFrame();
    expect(onFrame).not.toHaveBeenCalled();
  });

  it('watches deep inside a shadow root it is handed, where components nest their lists', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('ul');
    root.append(inner);
    changes.observe(root);
    await nextFrame();
    onFrame.mockClear();
    const entry = li(1);
    inner.append(entry);
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([entry], []);
  });

  it('takes text the page adds or removes in its stride, and hands on only elements', async () => {
    const text = document.createTextNode('Loading…');
    list().append(text);
    const entry = li(1);
    list().append(entry);
    text.remove();
    await nextFrame();
    expect(onFrame).toHaveBeenCalledWith([entry], []);
  });

  it('stays stopped after the script stops, even when a last write of ours runs after that', async () => {
    controller.abort();
    changes.quiet(() => list().append(document.createElement('tm-controls')));
    list().append(li(1));
    await nextFrame();
    await nextFrame();
    expect(onFrame).not.toHaveBeenCalled();
  });
});
