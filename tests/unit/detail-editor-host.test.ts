import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDetailEditor } from '../../lib/content/editor/detail-editor';
import { offerEditor, takeEditor, type MountEditor } from '../../lib/content/editor/handoff';
import { closedRootOf } from '../../lib/content/shadow';
import { type Annotation, type ScheduleEntry } from '../../lib/model/schema';
import { entry } from '../support/db';

// The `<tm-editor>` element of a session page as the page and the user meet it: the page's handlers never hear the
// user typing into it, it shows nothing made up before the first real update, and a late failure leaves no trace.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function recorder() {
  const shown: [ScheduleEntry, Annotation | undefined][] = [];
  const mount: MountEditor = () => ({ update: (e, a) => void shown.push([e, a]), dispose: () => undefined });
  return { shown, mount };
}

afterEach(() => {
  document.body.innerHTML = '';
  performance.clearMeasures();
});

describe('the session page editor in the page', () => {
  it.each(['keydown', 'keyup', 'keypress', 'input', 'click'])('keeps a %s in it from the page’s own handlers', (type) => {
    const editor = createDetailEditor(async () => { throw new Error('not saved in this test'); }, () => new Promise(() => undefined));
    document.body.append(editor.host);
    const page = vi.fn();
    document.addEventListener(type, page);
    editor.host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    document.removeEventListener(type, page);
    expect(page).not.toHaveBeenCalled();
  });

  it('shows nothing until the first update when its script arrives before one', async () => {
    const { shown, mount } = recorder();
    const editor = createDetailEditor(async () => { throw new Error('not saved in this test'); }, async () => mount);
    await settle();
    expect(shown).toEqual([]);
    editor.update(entry('a1'), undefined);
    expect(shown).toEqual([[entry('a1'), undefined]]);
  });

  it('measures how long the page waited for it (talkmarks:editor), once it shows a session', async () => {
    const { mount } = recorder();
    await settle();
    const before = performance.now();
    const editor = createDetailEditor(async () => { throw new Error('not saved in this test'); }, async () => mount);
    editor.update(entry('a1'), undefined);
    await settle();
    const measured = performance.getEntriesByName('talkmarks:editor');
    expect(measured).toHaveLength(1);
    // From the element's creation, not from the page's start.
    expect(measured[0]!.startTime).toBeGreaterThanOrEqual(before);
  });

  it('says nothing of a failed load once it is gone from the page', async () => {
    let fail!: (error: Error) => void;
    const editor = createDetailEditor(async () => { throw new Error('not saved in this test'); }, () => new Promise((_, reject) => (fail = reject)));
    editor.dispose();
    fail(new Error('the tab closed'));
    await settle();
    expect(closedRootOf(editor.host)!.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('the editor script’s hand-off', () => {
  it('gives the content script the mount function the editor script offered, and nothing before', () => {
    expect(takeEditor()).toBeUndefined();
    const { mount } = recorder();
    offerEditor(mount);
    expect(takeEditor()).toBe(mount);
  });
});
