// `npm run bench -- --only embed-panel`: how long the panel beside an embedded schedule takes to show, in Chromium, on
// a conference site embedding a 500-session pretalx event whose widget script is blocked. Prints figures; asserts
// nothing. Needs the build (`npx wxt build`).
import { readReal } from '../tests/support/fixtures';
import { launchExtension } from '../tests/e2e/harness';
import { grantSiteAccess, siteAccessCopy, withholdSiteAccess } from '../tests/e2e/site-access';

const SESSIONS = 500;
const RUNS = 5;
const EVENT = 'https://pretalx.example.org/bigcon/';
const SITE = 'https://www.bigcon.example';
const PAGE = `${SITE}/programme/`;

/** DemoCon's widget JSON, its talks repeated with fresh codes to 500, a minute apart. */
function bigWidget(): string {
  const json = JSON.parse(readReal('pretalx/democon-widget-v2.json')) as { talks: Record<string, unknown>[] };
  const talks = Array.from({ length: SESSIONS }, (_, i) => {
    const talk = json.talks[i % json.talks.length]!;
    const start = new Date(Date.UTC(2026, 5, 1 + Math.floor(i / 100), 7, i % 100)).toISOString();
    const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
    return { ...talk, code: `B${String(i).padStart(5, '0')}`, title: `${String(talk.title)} ${i}`, start, end };
  });
  return JSON.stringify({ ...json, talks });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const h = await launchExtension({ extension: siteAccessCopy() });
try {
  const extensions = await withholdSiteAccess(h);
  h.serve(`${EVENT}schedule/widget/v2.json`, bigWidget(), 'application/json', { 'access-control-allow-origin': '*' });
  h.serve(PAGE, `<!doctype html><title>BigCon</title><h1>Programme</h1><pretalx-schedule event-url="${EVENT}"></pretalx-schedule>`);
  const page = await h.open(PAGE);
  await grantSiteAccess(extensions, h, `${SITE}/*`);
  await new Promise((r) => setTimeout(r, 1000));
  const bound = await h.sendFromExtension({ type: 'embeds/bind', tabId: await h.tabIdOf(page), platform: 'pretalx', eventUrl: EVENT });
  if (!(bound as { ok: boolean }).ok) throw new Error(`could not bind: ${JSON.stringify(bound)}`);
  const shown: number[] = [];
  const afterStart: number[] = [];
  const build: number[] = [];
  const controls: number[] = [];
  const longest: number[] = [];
  const slices: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    const mark = await page.waitForFunction(
      () => {
        const [panel] = performance.getEntriesByName('talkmarks:panel') as PerformanceMark[];
        const [ready] = performance.getEntriesByName('talkmarks:panel-ready') as PerformanceMark[];
        const [start] = performance.getEntriesByName('talkmarks:start');
        return (
          panel && ready && start && {
            at: panel.startTime,
            start: start.startTime,
            readyAt: ready.startTime,
            detail: panel.detail as { entries: number; buildMs: number },
            work: ready.detail as { slices: number; longestMs: number },
          }
        );
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const { at, start, readyAt, detail, work } = (await mark.jsonValue())!;
    if (detail.entries !== SESSIONS) throw new Error(`the panel listed ${detail.entries} sessions, not ${SESSIONS}`);
    shown.push(at);
    afterStart.push(at - start);
    build.push(detail.buildMs);
    controls.push(readyAt - at);
    longest.push(work.longestMs);
    slices.push(work.slices);
  }
  const f = (xs: number[]) => `${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`panel beside a ${SESSIONS}-session pretalx embed, script blocked, ${RUNS} loads, median:`);
  console.log(`  navigation start → panel shown    ${f(shown)}`);
  console.log(`  content script start → panel shown ${f(afterStart)} (of which the wait for the embed's own rendering: 1500 ms)`);
  console.log(`  building the panel (its ${SESSIONS} rows)        ${f(build)}`);
  console.log(`  panel shown → all ${SESSIONS} rows have controls ${f(controls)}, in ${median(slices)} slices, longest slice ${f(longest)}`);
} finally {
  await h.close();
}
