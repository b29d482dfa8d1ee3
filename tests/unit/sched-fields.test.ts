import { describe, expect, it } from 'vitest';
import { linksOf, speakersOf, titleOf } from '../../lib/adapters/sched/fields';
import { pageRef, sessionRef } from '../../lib/adapters/sched/ids';
import { htmlDocument } from '../support/dom';

const page = new URL('https://demo2026.sched.com/list/descriptions/');

/** A detached element: happy-dom loads nothing for it, as a browser's parsed documents load nothing. */
function fragment(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sched ids in links and URLs', () => {
  it('reads short and long ids from every link form sched uses, and nothing else', () => {
    const ids = [
      'event/2EsAI/keynote-welcome',
      '/event/2EsAI',
      '../event/2EsAI/keynote?iframe=no#top',
      'https://demo2026.sched.com/event/2EsAI/keynote',
      '//demo2026.sched.com/event/2EsAI/',
      'http://demo2026.sched.com/event/BDEB89FCB7B271C2053791F3789FAFF7',
      '#session:bdeb89fcb7b271c2053791f3789faff7',
      '/mobile/#session:bdeb89fcb7b271c2053791f3789faff7',
    ].map((href) => sessionRef(href, page)?.id);
    expect(ids).toEqual(['2EsAI', '2EsAI', '2EsAI', '2EsAI', '2EsAI', ...Array(3).fill('bdeb89fcb7b271c2053791f3789faff7')]);
    const none = [
      'https://other2026.sched.com/event/2EsAI/x',
      'javascript:alert(1)//event/xyz1',
      '/list/simple?filter=event/abc',
      'event/2EsAI.ics',
      'events/2EsAI',
      '#session:123',
      '',
      null,
    ].map((href) => sessionRef(href, page));
    expect(none).toEqual(Array(8).fill(undefined));
    expect(sessionRef('event/2EsAI/keynote-welcome', page)).toEqual({ id: '2EsAI', slug: 'keynote-welcome' });
  });

  it('knows which session a page URL is about', () => {
    expect(pageRef(new URL('https://demo2026.sched.com/event/2EsAI/keynote'))?.id).toBe('2EsAI');
    expect(pageRef(new URL('https://demo2026.sched.com/mobile/#session:BDEB89FCB7B271C2053791F3789FAFF7'))?.id).toBe(
      'bdeb89fcb7b271c2053791f3789faff7',
    );
    expect(pageRef(new URL('https://demo2026.sched.com/list/simple#session:bdeb89fcb7b271c2053791f3789faff7'))).toBeUndefined();
    expect(pageRef(new URL('https://demo2026.sched.com/'))).toBeUndefined();
  });
});

describe('sched fields', () => {
  it('takes a title without the room and zone folded into the link, keeping no-break spaces', () => {
    const doc = htmlDocument('<a href="event/a1/x">Rust\u00a0in   Production\n <span class="vs">Hall 1</span><span class="tz">CET</span></a>');
    expect(titleOf(doc.querySelector('a')!, 'a1')).toBe('Rust\u00a0in Production');
  });

  it('prefers the full title attribute over a truncated text, and names a textless link by its id', () => {
    const doc = htmlDocument('<a href="event/a1/x" title="GitOps at Scale: Lessons">GitOps at Sc…</a><a href="event/a2/y"> </a>');
    const [cut, empty] = doc.querySelectorAll('a');
    expect(titleOf(cut!, 'a1')).toBe('GitOps at Scale: Lessons');
    expect(titleOf(empty!, 'a2')).toBe('Session a2');
  });

  it('keeps speakers under any role heading but Sponsors, once each, names from avatars too', () => {
    const el = fragment(`<div class="tip-roles"><strong>Artists</strong><h2><a href="speaker/ana"><img alt="Ana"></a></h2>
      <h2><a href="/speaker/ana">Ana</a></h2><strong>Sponsors</strong><h2><a href="speaker/acme">Acme</a></h2></div>`);
    expect(speakersOf(el, page)).toEqual([{ name: 'Ana', url: 'https://demo2026.sched.com/speaker/ana' }]);
  });

  it('finds slides and recordings, embedded or linked, and drops anything but http(s)', () => {
    const el = fragment(`
      <iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk"></iframe>
      <iframe src="https://maps.example.org/embed"></iframe>
      <a class="file-uploaded" href="https://static.sched.com/hosted_files/x/deck.pptx">deck.pptx</a>
      <a class="file-uploaded" href="https://static.sched.com/hosted_files/x/handout.zip">handout.zip</a>
      <a href="https://docs.google.com/presentation/d/1/edit">Slides</a>
      <a href="https://docs.google.com/document/d/1/edit">Notes</a>
      <a class="file-uploaded" href="javascript:alert(1)//x.pdf">evil.pdf</a>
      <a href="event/a1/self">the session itself</a>`);
    expect(linksOf(el, page)).toEqual([
      { kind: 'recording', url: 'https://www.youtube.com/watch?v=abcdefghijk' },
      { kind: 'slides', url: 'https://static.sched.com/hosted_files/x/deck.pptx', label: 'deck.pptx' },
      { kind: 'file', url: 'https://static.sched.com/hosted_files/x/handout.zip', label: 'handout.zip' },
      { kind: 'slides', url: 'https://docs.google.com/presentation/d/1/edit', label: 'Slides' },
    ]);
    expect(linksOf(fragment('<a href="event/a1/x">Only a title</a>'), page)).toBeUndefined();
  });
});
