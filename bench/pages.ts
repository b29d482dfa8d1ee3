import { existsSync } from 'node:fs';
import { readIcs } from '../tests/support/ics';
import { schedListPage, shortIdOf, type PageSession } from '../tests/support/sched-page';
import { readReal } from '../tests/support/fixtures';

const ICS = 'sched/kccnceu2026-all.ics';
const DAY = 86_400_000;

/**
 * `n` sessions in sched's list markup. Titles, times, rooms and types are KubeCon EU 2026's real ones from
 * sched's all.ics (tests/fixtures/real), repeated a day later each time round.
 */
export function benchSessions(n: number): PageSession[] {
  const events = readIcs(readReal(ICS));
  return Array.from({ length: n }, (_, i): PageSession => {
    const e = events[i % events.length]!;
    const round = Math.floor(i / events.length);
    return {
      shortId: shortIdOf(i),
      longId: i.toString(16).padStart(32, '0'),
      title: e.summary,
      start: new Date(Date.parse(e.start) + round * DAY).toISOString(),
      end: e.end ? new Date(Date.parse(e.end) + round * DAY).toISOString() : undefined,
      room: e.location?.split(', ')[0] ?? `Room ${i % 20}`,
      type: e.categories,
    };
  });
}

export function schedPage(n: number): string {
  return schedListPage(benchSessions(n), { name: 'KubeCon + CloudNativeCon Europe 2026', timeZone: 'Europe/Amsterdam', view: 'default' });
}

/** The floor: the least any extension could do, one plain button per session link, now and for links added later. */
const floorScript = `<script>
performance.mark('floor:start');
const links = 'a[href*="event/"]';
const star = (a) => { const b = document.createElement('button'); b.textContent = '\\u2606'; a.before(b); };
document.querySelectorAll(links).forEach(star);
performance.mark('floor:ready');
new MutationObserver((records) => {
  const t = performance.now();
  let n = 0;
  for (const r of records) for (const node of r.addedNodes) {
    if (node.nodeType !== 1 || node.localName === 'button') continue;
    for (const a of node.matches(links) ? [node] : node.querySelectorAll(links)) { star(a); n++; }
  }
  if (n) performance.measure('floor:added', { start: t, detail: { entries: n } });
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

export function floorPage(n: number): string {
  return schedPage(n).replace('</body>', `${floorScript}</body>`);
}

export function contentScriptPath(): string {
  const path = '.output/chrome-mv3/content-scripts/sched.js';
  if (!existsSync(path)) throw new Error(`${path} is missing: the bench builds it first (drop --no-build)`);
  return path;
}
