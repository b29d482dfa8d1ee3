import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import type { PageEntry } from '../../lib/adapters/types';
import { createDetailEditor, EDITOR_TAG, type DetailEditor } from '../../lib/content/editor/detail-editor';
import { mountDetailEditor } from '../../components/session/DetailPanel';
import { ControlRegistry } from '../../lib/content/registry';
import { type Annotation, type AnnotationPatch } from '../../lib/model/schema';
import { readFixture } from '../support/dom';
import { emptyFields } from '../../lib/model/fields';
import { closedRootOf } from '../../lib/content/shadow';
import { annotation as noted, entryOf, keyOf, starOf, talks, talksHtml, titleOf } from '../support/content';

const URL_ = new URL('https://demo2026.sched.com/');

function setup(html = readFixture('sched/list-default.html'), url = URL_) {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html>|<\/html>[\s\S]*$/g, '');
  const saved: AnnotationPatch[] = [];
  const registry: ControlRegistry = new ControlRegistry({
    createDetail: () =>
      createDetailEditor(async (patch) => {
        saved.push(patch);
        return annotation('sched:demo2026:2EsAI', { ...patch });
      }, async () => mountDetailEditor),
  });
  const scan = (root: ParentNode = document) => registry.attach(sched.parse(root, url));
  return { registry, scan, saved, url };
}

const stars = () => [...document.querySelectorAll('tm-controls > button')].map((b) => b.getAttribute('aria-label'));
const annotation = (key: string, extra: Partial<Annotation> = {}): Annotation => ({
  key, conference: 'sched:demo2026', ...emptyFields, starred: true, updatedAt: 1, fieldUpdatedAt: {}, ...extra,
});

describe('in-page controls', () => {
  it('never lets a late push show an older state than the page has, nor undo its own change on the way', async () => {
    const { registry, scan } = setup();
    scan();
    const key = 'sched:demo2026:2EsAI';
    const pressed = () => document.querySelector('tm-controls > button')!.getAttribute('aria-pressed');
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 20 })]);
    registry.annotations.apply([annotation(key, { starred: false, updatedAt: 10 })]);
    expect(pressed()).toBe('true');
    let answer!: (a: Annotation) => void;
    const saving = registry.annotations.whileSaving(key, () => new Promise<Annotation>((resolve) => (answer = resolve)));
    registry.annotations.show(annotation(key, { starred: false, updatedAt: 20 }));
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 25 })]);
    expect(pressed()).toBe('false');
    answer(annotation(key, { starred: false, updatedAt: 30 }));
    registry.annotations.apply([await saving]);
    expect(pressed()).toBe('false');
    registry.annotations.apply([annotation(key, { starred: true, updatedAt: 40 })]);
    expect(pressed()).toBe('true');
  });

  it('puts one star before each entry’s link, named by its title, without reading the rest of the entry', () => {
    const { registry } = setup();
    let reads = 0;
    const found = sched.parse(document, URL_).map((f): PageEntry => ({ key: f.key, title: f.title, element: f.element, anchor: f.anchor, get entry() { reads++; return f.entry; } }));
    registry.attach(found);
    expect(reads).toBe(0);
    expect(stars()).toHaveLength(5);
    expect(stars()[0]).toBe('Star: Keynote: Welcome + Opening Remarks - Jane Doe, Acme');
    expect(document.querySelector('a.name')!.previousElementSibling!.localName).toBe('tm-controls');
    // Nothing of ours in the entry's text: glyphs and badge text are generated content.
    expect(document.querySelector('span.event')!.textContent).not.toMatch(/[☆★]/);
    expect(registry.entries()).toHaveLength(5);
    expect(reads).toBe(5);
  });

  it('never doubles controls when the page re-renders an entry, whichever way it does', () => {
    const { scan } = setup();
    scan();
    scan();
    expect(stars()).toHaveLength(5);
    // The link replaced inside the same entry.
    const entry = document.querySelector('span.event')!;
    entry.querySelector('a')!.replaceWith(entry.querySelector('a')!.cloneNode(true));
    scan(entry);
    // The entry re-serialised with our markup in it: a dead copy, replaced by live controls.
    const copy = entry.cloneNode(true) as Element;
    entry.replaceWith(copy);
    scan(copy);
    expect(stars()).toHaveLength(5);
    expect(copy.querySelectorAll('tm-controls')).toHaveLength(1);
  });

  it('keeps one control for a bare link the page replaces beside it: the same star, focus and all', () => {
    const { scan } = setup('<html><body><p><a href="event/aa1/x">Bare</a> <a href="event/aa2/y">Other</a></p></body></html>');
    scan();
    const star = document.querySelector<HTMLButtonElement>('tm-controls > button')!;
    star.focus();
    const link = document.querySelector('a')!;
    const again = link.cloneNode(true) as Element;
    link.replaceWith(again);
    scan(again);
    expect(stars()).toEqual(['Star: Bare', 'Star: Other']);
    expect(document.querySelector('tm-controls > button')).toBe(star);
    expect(document.activeElement).toBe(star);
  });

  it('forgets the entries the page removes, and keeps no reference to them', () => {
    const { registry, scan } = setup();
    scan();
    const gone = document.querySelectorAll('.sched-container')[1]!;
    gone.remove();
    registry.forget([gone]);
    expect(registry.controlsOf('sched:demo2026:27FVb').size).toBe(0);
    expect(registry.entries().map((e) => e.key)).toEqual(['sched:demo2026:2EsAI', 'sched:demo2026:iE5o', 'sched:demo2026:3Abcd']);
    expect(registry.size).toBe(3);
  });

  it('takes everything of ours off the page when it stops', () => {
    const { registry, scan } = setup(readFixture('sched/session.html'), new URL('https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme'));
    scan();
    expect(document.querySelectorAll('tm-controls, tm-editor, #tm-styles')).toHaveLength(4);
    registry.removeAll();
    expect(document.querySelectorAll('tm-controls, tm-editor, #tm-styles')).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  it('moves controls shown under a long id to the key the session is stored under', () => {
    const { registry, scan } = setup(readFixture('sched/mobile.html'), new URL('https://demo2026.sched.com/mobile/'));
    scan();
    const long = 'sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
    registry.annotations.apply([annotation('sched:demo2026:2EsAI')]);
    registry.rekey({ [long]: 'sched:demo2026:2EsAI' });
    const host = document.querySelector('tm-controls')!;
    expect(registry.controlsAt(host)!.key).toBe('sched:demo2026:2EsAI');
    expect(host.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');
    expect(registry.entry('sched:demo2026:2EsAI')).toMatchObject({ key: 'sched:demo2026:2EsAI', aliases: [long] });
    expect(registry.canonical(long)).toBe('sched:demo2026:2EsAI');
  });

  it('shows a badge only for annotated sessions, named for screen readers', () => {
    const { registry, scan } = setup();
    scan();
    registry.annotations.apply([annotation('sched:demo2026:1zffD', { starred: false, rating: 4, tags: ['ops'] })]);
    const badges = [...document.querySelectorAll('tm-controls > tm-badge')].map((host) => closedRootOf(host)!.querySelector('span[role="img"]')!);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.getAttribute('aria-label')).toBe('Your notes on GitOps at Scale: rated 4 of 5, tagged ops');
    expect(badges[0]!.textContent).toBe('4★ #1');
  });

  it('adds the rating/tag/note editor after a session page’s title, and unmounts it with the entry', async () => {
    const { registry, scan } = setup(readFixture('sched/session.html'), new URL('https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme'));
    scan();
    const editor = document.querySelector('tm-editor')!;
    expect(editor.previousElementSibling!.matches('.list-single__event')).toBe(true);
    await expect.poll(() => closedRootOf(editor)!.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Rating for Keynote: Welcome + Opening Remarks - Jane Doe, Acme',
    );
    const details = document.querySelector('.sched-event-details')!;
    details.remove();
    registry.forget([details]);
    expect(closedRootOf(editor)!.querySelector('[role="group"]')).toBeNull();
    expect(registry.controlsOf('sched:demo2026:2EsAI').size).toBe(0);
  });
});

/** A session page's editor stand-in: it records the key it would save under and whether it was unmounted. */
class FakeDetail implements DetailEditor {
  readonly host = document.createElement(EDITOR_TAG);
  disposed = false;
  constructor(readonly key: () => string) {}
  update(): void {}
  dispose(): void {
    this.disposed = true;
  }
}

/** A plain list of talks (`li.talk > a`), its registry, and every detail editor it made. */
function talksPage(count = 3) {
  document.body.innerHTML = talksHtml(0, count);
  document.getElementById('tm-styles')?.remove();
  const details: FakeDetail[] = [];
  const registry = new ControlRegistry({ createDetail: (key) => { const d = new FakeDetail(key); details.push(d); return d; } });
  const scan = (root: ParentNode = document) => registry.attach(talks.parse(root, new URL('https://demo.sched.com/')));
  return { registry, scan, details };
}

const li = (i: number) => document.querySelector<HTMLElement>(`li[data-i="${i}"]`)!;
const hostsOf = (i: number) => li(i).querySelectorAll('tm-controls');
/** Talk `i` as a page about that one session: its editor goes after the entry's link. */
const detailEntry = (i: number): PageEntry => ({ key: keyOf(i), title: titleOf(i), entry: entryOf(i), element: li(i), anchor: li(i).querySelector('a')!, detail: li(i).querySelector('a')! });

describe('the registry of our controls', () => {
  it('answers with the entries that got controls, so only new sessions are reported as seen', () => {
    const { scan } = talksPage();
    expect(scan().map((f) => f.key)).toEqual([keyOf(0), keyOf(1), keyOf(2)]);
    expect(scan()).toEqual([]);
  });

  it('adds its stylesheet with the first control, even on a page of one session', () => {
    const { scan } = talksPage(1);
    expect(document.getElementById('tm-styles')).toBeNull();
    scan();
    expect(document.getElementById('tm-styles')).not.toBeNull();
  });

  it('puts the controls at the start of an entry that is the whole page', () => {
    document.body.innerHTML = '<p>Keynote</p>';
    const registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
    registry.attach([{ key: keyOf(1), title: 'Keynote', entry: entryOf(1), element: document.body, anchor: document.body }]);
    expect(document.body.firstElementChild!.localName).toBe('tm-controls');
    expect(document.documentElement.querySelectorAll(':scope > tm-controls')).toHaveLength(0);
  });

  it('keeps the very same star, and its focus, when the page re-renders around it', () => {
    const { scan } = talksPage();
    scan();
    const star = starOf(1);
    star.focus();
    // A label the page puts between our star and the link.
    li(1).querySelector('a')!.before(Object.assign(document.createElement('span'), { textContent: 'NEW' }));
    scan(li(1));
    expect(hostsOf(1)).toHaveLength(1);
    expect(starOf(1)).toBe(star);
    expect(document.activeElement).toBe(star);
  });

  it('keeps the same star beside a bare link the page scans again', () => {
    document.body.innerHTML = '<p><a href="/talk/1">Talk 1</a></p>';
    const registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
    const link = document.querySelector('a')!;
    const found = (): PageEntry[] => [{ key: keyOf(1), title: titleOf(1), entry: entryOf(1), element: link, anchor: link }];
    registry.attach(found());
    const star = document.querySelector('tm-controls > button') as HTMLButtonElement;
    star.focus();
    expect(registry.attach(found())).toEqual([]);
    expect(document.querySelector('tm-controls > button')).toBe(star);
    expect(document.activeElement).toBe(star);
  });

  it('moves the star with a bare link the page moves elsewhere', () => {
    document.body.innerHTML = '<p id="a"><a href="/talk/1">Talk 1</a></p><p id="b"></p>';
    const registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
    const link = document.querySelector('a')!;
    const found = (): PageEntry[] => [{ key: keyOf(1), title: titleOf(1), entry: entryOf(1), element: link, anchor: link }];
    registry.attach(found());
    document.getElementById('b')!.append(link);
    registry.attach(found());
    expect(document.querySelectorAll('tm-controls')).toHaveLength(1);
    expect(link.previousElementSibling!.localName).toBe('tm-controls');
    expect(registry.controlsOf(keyOf(1)).size).toBe(1);
  });

  it('takes away the star of a bare link the page replaced with another session’s link', () => {
    const { scan } = setup('<html><body><p><a href="event/aa1/x">Bare</a> <a href="event/aa2/y">Other</a></p></body></html>');
    scan();
    const link = document.querySelector('a')!;
    const third = Object.assign(document.createElement('a'), { href: 'event/aa3/z', textContent: 'Third' });
    link.replaceWith(third);
    scan(third.parentElement!);
    expect(stars()).toEqual(['Star: Third', 'Star: Other']);
  });

  it('keeps another session’s star when the page inserts a link right after it', () => {
    document.body.innerHTML = '<p><a href="/talk/1">Talk 1</a></p>';
    const registry = new ControlRegistry({ createDetail: () => { throw new Error('no session page here'); } });
    const one = document.querySelector('a')!;
    const entry = (i: number, link: Element): PageEntry => ({ key: keyOf(i), title: titleOf(i), entry: entryOf(i), element: link, anchor: link });
    registry.attach([entry(1, one)]);
    const zero = Object.assign(document.createElement('a'), { href: '/talk/0', textContent: 'Talk 0' });
    one.before(zero);
    registry.attach([entry(0, zero)]);
    expect(stars()).toEqual(['Star: Talk 1', 'Star: Talk 0']);
    expect(registry.size).toBe(2);
  });

  it('gives an entry that now shows another session that session’s star, in place of the old one', () => {
    const { registry, scan } = talksPage();
    scan();
    registry.annotations.apply([noted(keyOf(1), { starred: true })]);
    // A single-session view that changed session in place: same element, same link, another session.
    const link = li(1).querySelector('a')!;
    registry.attach([{ key: keyOf(7), title: titleOf(7), entry: entryOf(7), element: li(1), anchor: link }]);
    expect(hostsOf(1)).toHaveLength(1);
    expect(starOf(1).getAttribute('aria-label')).toBe('Star: Talk 7');
    expect(starOf(1).getAttribute('aria-pressed')).toBe('false');
    expect(registry.controlsOf(keyOf(1)).size).toBe(0);
    expect(registry.controlsOf(keyOf(7)).size).toBe(1);
  });

  it('replaces a dead copy of its editor the page re-serialised, and saves the editor under the session’s key', () => {
    const { registry, scan, details } = talksPage();
    scan();
    li(2).querySelector('a')!.after(document.createElement(EDITOR_TAG));
    const copy = li(2).cloneNode(true) as HTMLElement;
    li(2).replaceWith(copy);
    registry.attach([detailEntry(2)]);
    expect(copy.querySelectorAll(EDITOR_TAG)).toHaveLength(1);
    expect(copy.querySelector(EDITOR_TAG)).toBe(details[0]!.host);
    expect(details[0]!.key()).toBe(keyOf(2));
    registry.rekey({ [keyOf(2)]: keyOf(9) });
    expect(details[0]!.key()).toBe(keyOf(9));
  });

  it('tells listeners of every control it adds, until they stop listening', () => {
    const { registry, scan } = talksPage();
    const heard: string[] = [];
    const controller = new AbortController();
    registry.onAttach((c) => heard.push(c.key), controller.signal);
    scan(li(0));
    controller.abort();
    scan();
    expect(heard).toEqual([keyOf(0)]);
  });

  it('finds the controls of the entry holding an element, and none for an entry whose star is gone', () => {
    const { registry, scan } = talksPage();
    scan();
    expect(registry.controlsNear(li(1).querySelector('a')!)?.key).toBe(keyOf(1));
    expect(registry.controlsNear(document.body)).toBeUndefined();
    hostsOf(1)[0]!.remove();
    expect(registry.controlsNear(li(1).querySelector('a')!)).toBeUndefined();
  });

  it('prunes the controls the page no longer shows, and keeps those it shows', () => {
    const { registry, scan } = talksPage();
    scan();
    li(1).remove();
    registry.prune();
    expect(registry.controlsOf(keyOf(1)).size).toBe(0);
    expect(registry.entries().map((e) => e.key)).toEqual([keyOf(0), keyOf(2)]);
  });

  it('forgets a star the page removed by itself, and unmounts an editor the page removed by itself', () => {
    const { registry, scan, details } = talksPage();
    scan(li(0));
    scan(li(1));
    registry.attach([detailEntry(2)]);
    const star = hostsOf(1)[0]!;
    star.remove();
    const editor = li(2).querySelector(EDITOR_TAG)!;
    editor.remove();
    registry.forget([star, editor]);
    expect(registry.controlsOf(keyOf(1)).size).toBe(0);
    expect(details[0]!.disposed).toBe(true);
    // The session's star stays, and so does its key.
    expect(registry.controlsOf(keyOf(2)).size).toBe(1);
    // Told twice, or of text and of copies of our markup that are not ours, it changes nothing more.
    const stray = document.createElement('div');
    stray.innerHTML = '<tm-controls><button></button></tm-controls><tm-editor></tm-editor>';
    expect(() => registry.forget([editor, document.createTextNode('gone'), stray])).not.toThrow();
    expect(registry.size).toBe(2);
  });

  it('keeps the controls and editor of entries the page moved (removed and put back) or re-parented', () => {
    const { registry, scan, details } = talksPage();
    scan(li(0));
    scan(li(1));
    registry.attach([detailEntry(2)]);
    // Moved: reported removed, but on the page again when the observer runs.
    const moved = li(2);
    document.querySelector('ul')!.prepend(moved);
    // Re-parented: a framework that moves an entry's children into a new element and drops the old one.
    const old = li(1);
    const fresh = document.createElement('li');
    fresh.append(...old.childNodes);
    old.replaceWith(fresh);
    registry.forget([moved, old]);
    expect(details[0]!.disposed).toBe(false);
    expect(registry.controlsOf(keyOf(1)).size).toBe(1);
    registry.annotations.apply([noted(keyOf(1), { starred: true })]);
    expect(fresh.querySelector('tm-controls > button')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('takes nothing off a page it never put anything on', () => {
    const { registry } = talksPage();
    expect(() => registry.removeAll()).not.toThrow();
  });
});
