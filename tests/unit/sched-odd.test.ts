import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { sessionRef } from '../../lib/adapters/sched/ids';
import { htmlDocument } from '../support/dom';

const url = new URL('https://odd2026.sched.com/grid/');

/** Pieces of sched-like markup, odd ones included, nested at random. */
const text = fc.constantFrom('', 'Talk', '9:00am', '25:99', '10:00 - 09:00pm', 'Wednesday March 25, 2026 11:00 - 11:30', '<b>x</b>', '&amp;', '\u202e');
const id = fc.constantFrom('aaa1', 'aaa2', 'BBB3', '0123456789abcdef0123456789abcdef', 'zz', 'x'.repeat(40));
const leaf = fc.oneof(
  fc.tuple(id, text).map(([i, t]) => `<a href="event/${i}/slug" class="name">${t}<span class="vs">${t}</span></a>`),
  fc.tuple(id, text).map(([i, t]) => `<a href="#session:${i}">${t}</a>`),
  fc.tuple(id, text).map(([i, t]) => `<a href="https://odd2026.sched.com/event/${i}" id="${i}" title="${t}">${t}…</a>`),
  text.map((t) => `<h3>${t} <span class="tz">${t}</span></h3>`),
  text.map((t) => `<div class="list-single__date">${t}<span class="tz">XYZ</span></div>`),
  text.map((t) => `<time datetime="${t}">${t}</time><span data-start="${t}" data-end="nope"></span>`),
  text.map((t) => `<a class="sched-container-anchor" id="${t}"></a><div data-date="2026-13-45"></div>`),
  text.map((t) => `<div class="tip-roles"><strong>${t}</strong><h2><a href="speaker/">${t}</a></h2></div>`),
  text.map((t) => `<a class="file-uploaded" href="${t}">${t}</a><a class="sched-button" href="javascript:${t}">${t}</a>`),
  text.map((t) => `<script type="application/ld+json">{"@type":"Event","startDate":"${t}"</script>`),
);
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('span class="event ev_1"', 'div class="sched-grid-event"', 'li', 'td colspan="0" rowspan="999"', 'section', 'div class="sched-event-details"'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`),
    fc.array(fc.array(tie('node'), { maxLength: 3 }), { maxLength: 3 }).map(
      (rows) => `<table><thead><tr><th>Room</th><th>9:00</th></tr></thead>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`,
    ),
  ),
})).node;

describe('sched adapter on odd markup', () => {
  it('never throws, and gives every session link on the page an entry', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const doc = htmlDocument(`<html><head><title>Odd: Grid</title></head><body>${parts.join('')}</body></html>`);
        const linked = new Set(
          [...doc.querySelectorAll('a')].map((a) => sessionRef(a.getAttribute('href'), url)?.id).filter(Boolean).map((i) => `sched:odd2026:${i}`),
        );
        const found = sched.parse(doc, url);
        const entries = found.map((f) => f.entry);
        expect(new Set(entries.map((e) => e.key))).toEqual(linked);
        for (const e of entries) {
          expect(e.title.length).toBeGreaterThan(0);
          if (e.start) expect(Number.isNaN(Date.parse(e.start))).toBe(false);
          for (const l of e.links ?? []) expect(l.url).toMatch(/^https?:\/\//);
        }
      }),
      { numRuns: 150 },
    );
  });
});
