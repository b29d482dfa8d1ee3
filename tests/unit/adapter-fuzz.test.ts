import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { Conference, ScheduleEntry } from '../../lib/model/schema';
import { escapeHtml } from '../support/sched-page';

/** Random markup built from the pieces sched pages are made of, plus junk: nesting, odd links, odd text. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('9:00am', '13:30', 'CET', 'PDT', 'Tuesday March 24, 2026 9:00am - 9:30am', '\u202E', 'TBA', ''),
);
const href = fc.oneof(
  fc.constantFrom('event/2EsAI/gitops', '/event/0123456789abcdef0123456789abcdef', 'https://fuzz2026.sched.com/event/abc/x',
    'https://other.sched.com/event/abc', 'javascript:alert(1)//event/xyz', 'speaker/ana', 'venue/Hall', 'list/descriptions/type/Kernel', 'event/', '//event/aaa', '%E0%A4%A'),
  fc.string({ maxLength: 20 }).map((s) => `event/${s}`),
);
const attrs = fc.record(
  {
    class: fc.constantFrom('event ev_1', 'name', 'vs', 'tz', 'session-title', 'list-single__date', 'tip-description', 'tip-roles', 'sched-person-session', 'sched-container-anchor', 'tm-x'),
    id: fc.oneof(fc.constantFrom('2026-03-24', 'a'.repeat(32), 'not-a-date'), fc.string({ maxLength: 10 })),
    href,
  },
  { requiredKeys: [] },
);
const tag = fc.constantFrom('a', 'span', 'div', 'h2', 'h3', 'strong', 'b', 'tm-controls', 'li');

const element = ([t, a, children]: [string, Record<string, string>, string[]]) =>
  `<${t}${Object.entries(a).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}>${children.join('')}</${t}>`;

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text.map(escapeHtml)
    : fc.oneof(
        text.map(escapeHtml),
        // Links weigh more: they are what the adapter anchors on.
        fc.tuple(fc.constant('a'), attrs.map((a) => ({ href: 'event/aB3/x', ...a })), fc.array(node(depth - 1), { maxLength: 3 })).map(element),
        fc.tuple(tag, attrs, fc.array(node(depth - 1), { maxLength: 4 })).map(element),
      ),
);

describe('the sched adapter on arbitrary markup (fast-check)', () => {
  it('never throws, and everything it returns passes the schemas the background checks', () => {
    const url = new URL('https://fuzz2026.sched.com/list/descriptions/');
    let entries = 0;
    fc.assert(
      fc.property(fc.array(node(5), { maxLength: 8 }), fc.string({ maxLength: 40 }), (body, title) => {
        const doc = new DOMParser().parseFromString(`<title>${escapeHtml(title)}</title><body>${body.join('')}</body>`, 'text/html');
        const found = sched.parse(doc, url);
        entries += found.length;
        for (const { entry, element, anchor } of found) {
          const checked = ScheduleEntry.safeParse(entry);
          expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
          expect(element.contains(anchor)).toBe(true);
        }
        expect(Conference.safeParse(sched.conference(doc, url)).success).toBe(true);
        // Subtrees, as the MutationObserver hands them over.
        for (const child of doc.body.children) sched.parse(child, url);
      }),
      { numRuns: 300 },
    );
    // The generator does reach the adapter's paths: many runs have session links.
    expect(entries).toBeGreaterThan(300);
  });
});
