import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { injectionTarget, type FrameTarget } from '../../lib/background/inject-editor';
import { createRouter } from '../../lib/background/router';
import { createDetailEditor } from '../../lib/content/editor/detail-editor';
import type { MountEditor } from '../../lib/content/editor/handoff';
import { type Annotation, type ScheduleEntry } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';
import { emptyFields } from '../../lib/model/fields';
import { closedRootOf } from '../../lib/content/shadow';

const annotation = (extra: Partial<Annotation>): Annotation => ({
  key: 'sched:demo2026:a1', conference: 'sched:demo2026', ...emptyFields, updatedAt: 1, fieldUpdatedAt: {}, ...extra,
});

/** A loader the test resolves when it likes, and a stand-in editor recording what it was shown. */
function lazyEditor() {
  const shown: [ScheduleEntry, Annotation | undefined][] = [];
  const mounted: ShadowRoot[] = [];
  let disposed = 0;
  const mount: MountEditor = (root) => {
    mounted.push(root);
    return { update: (e, a) => void shown.push([e, a]), dispose: () => void disposed++ };
  };
  let arrive!: (m: MountEditor) => void;
  let fail!: (e: Error) => void;
  const loaded = new Promise<MountEditor>((resolve, reject) => ((arrive = resolve), (fail = reject)));
  const editor = createDetailEditor(async () => annotation({}), () => loaded);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { editor, shown, mounted, disposed: () => disposed, arrive: async () => (arrive(mount), settle()), fail: async (e: Error) => (fail(e), settle()) };
}

describe('session page editor, loaded on demand', () => {
  it('has its element at once, and shows the latest session state once its script arrives', async () => {
    const { editor, shown, mounted, arrive } = lazyEditor();
    expect(editor.host.localName).toBe('tm-editor');
    // Closed: the page's scripts get no root to read the note from or to fire events into.
    expect(editor.host.shadowRoot).toBeNull();
    expect(closedRootOf(editor.host)).toBeDefined();
    editor.update(entry('a1'), undefined);
    editor.update(entry('a1'), annotation({ rating: 3 }));
    editor.update(entry('a1', undefined, { title: 'Renamed' }), annotation({ rating: 4 }));
    expect(mounted).toEqual([]);
    await arrive();
    expect(mounted).toEqual([closedRootOf(editor.host)]);
    expect(shown).toEqual([[entry('a1', undefined, { title: 'Renamed' }), annotation({ rating: 4 })]]);
    editor.update(entry('a1'), annotation({ note: 'later' }));
    expect(shown.at(-1)).toEqual([entry('a1'), annotation({ note: 'later' })]);
  });

  it('never mounts once disposed while loading, and unmounts when disposed after', async () => {
    const early = lazyEditor();
    early.editor.update(entry('a1'), undefined);
    early.editor.dispose();
    await early.arrive();
    expect(early.mounted).toEqual([]);

    const late = lazyEditor();
    late.editor.update(entry('a1'), undefined);
    await late.arrive();
    late.editor.dispose();
    late.editor.update(entry('a1'), annotation({ rating: 5 }));
    expect(late.disposed()).toBe(1);
    expect(late.shown).toHaveLength(1);
  });

  it('says so in the page when the editor cannot be loaded', async () => {
    const { editor, fail } = lazyEditor();
    editor.update(entry('a1'), undefined);
    await fail(new Error('Refused: this request must come from a schedule page'));
    expect(closedRootOf(editor.host)!.querySelector('[role="alert"]')!.textContent).toBe(
      'Talkmarks could not load its editor: Refused: this request must come from a schedule page',
    );
  });
});

describe('page/load-editor in the background', () => {
  const ID = 'talkmarks-id';
  const ORIGIN = `chrome-extension://${ID}/`;
  const frame = (url: string, frameId: number | undefined): Runtime.MessageSender => ({
    id: ID, url, frameId, tab: { id: 7, url: 'https://demo2026.sched.com/' } as Runtime.MessageSender['tab'],
  });

  function setup() {
    const injected: FrameTarget[] = [];
    const handlers = createHandlers({
      db: () => freshDb(), extensionOrigin: ORIGIN, push: async () => undefined,
      fetchText: async (a) => { throw new Error(`no network in unit tests: ${a}`); },
      injectEditor: async (target) => void injected.push(target),
    });
    return { injected, route: createRouter(handlers, ID) };
  }

  it('injects the editor into the asking frame of the asking tab, whatever the request says', async () => {
    const { injected, route } = setup();
    const answer = await route({ type: 'page/load-editor', tabId: 1, frameIds: [0] }, frame('https://demo2026.sched.com/event/a1/talk', 3));
    expect(answer).toEqual({ ok: true, value: null });
    expect(injected).toEqual([{ tabId: 7, frameId: 3 }]);
  });

  it('targets the asking document where the browser names it (Chrome), else the frame (Firefox)', async () => {
    const { injected, route } = setup();
    await route({ type: 'page/load-editor' }, { ...frame('https://demo2026.sched.com/event/a1/talk', 3), documentId: 'DOC-1' });
    expect(injected).toEqual([{ tabId: 7, frameId: 3, documentId: 'DOC-1' }]);
    expect(injectionTarget(injected[0]!)).toEqual({ tabId: 7, documentIds: ['DOC-1'] });
    expect(injectionTarget({ tabId: 7, frameId: 3 })).toEqual({ tabId: 7, frameIds: [3] });
  });

  it.each([
    ['an extension page', { id: ID, url: `${ORIGIN}popup.html` }],
    ['a content script on another site', frame('https://evil.example/', 0)],
    ['a frame the browser names no id for', frame('https://demo2026.sched.com/event/a1/talk', undefined)],
    ['a page with no tab', { id: ID, url: 'https://demo2026.sched.com/event/a1/talk', frameId: 0 }],
  ] as [string, Runtime.MessageSender][])('refuses %s', async (_name, sender) => {
    const { injected, route } = setup();
    expect(await route({ type: 'page/load-editor' }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(injected).toEqual([]);
  });
});
