// `npm run bench -- --only dashboard-requests`: when each IndexedDB request of the dashboard's first screen is made
// and answered, in new tabs opened one after another over 10,000 annotated sessions (the previous tab closed just
// before, as the dashboard bench does). It shows what the first row waits for: the open, each read, the long tasks.
// Needs the build (`npm run build`). Figures only, nothing asserted.
import { existsSync } from 'node:fs';
import { extensionDir, launchExtension } from '../tests/e2e/harness';
import { library } from './library';
import { seedStores } from './search-ui';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** How long a tab stays open after its first row, as a user glancing at it would (the dashboard bench: ~0.4 s). */
const KEPT_MS = 400;

// Plain text, run in the page before its scripts: wraps the request methods and notes each request's start and answer.
const RECORDER = `(() => {
  const log = (globalThis.__tmRequests = []);
  const at = () => performance.now().toFixed(0).padStart(5);
  const wrap = (proto, name, label) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      const started = at();
      const request = original.apply(this, args);
      const what = label + '.' + name + '(' + (this.name ?? '') + ')';
      request.addEventListener('success', () => log.push(started + ' → ' + at() + '  ' + what + (Array.isArray(request.result) ? ' ' + request.result.length + ' rows' : '')), { once: true });
      return request;
    };
  };
  for (const name of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count']) {
    wrap(IDBObjectStore.prototype, name, 'store');
    wrap(IDBIndex.prototype, name, 'index');
  }
  wrap(IDBFactory.prototype, 'open', 'indexedDB');
  document.addEventListener('DOMContentLoaded', () => log.push(at() + '          DOMContentLoaded'));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log.push(e.startTime.toFixed(0).padStart(5) + ' → ' + (e.startTime + e.duration).toFixed(0).padStart(5) + '  long task');
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Lines with the same request after the first three are counted on the first, not printed. */
function collapse(lines: readonly string[]): string[] {
  const what = (line: string) => line.slice(15).replace(/ \d+ rows$/, '');
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(what(line), (counts.get(what(line)) ?? 0) + 1);
  const shown = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const n = counts.get(what(line))!;
    if (n <= 3) out.push(line);
    else if (!shown.has(what(line))) (shown.add(what(line)), out.push(`${line}  (×${n})`));
  }
  return out;
}

if (!existsSync(extensionDir)) {
  console.log('skipped: no build (run `npm run build` first)');
  process.exit(0);
}
const { entries, annotations } = library(10_000, 1);
const h = await launchExtension();
try {
  const page = await h.extensionPage('dashboard.html');
  await page.locator('.tm-sections').waitFor();
  await seedStores(page, entries, annotations);
  console.log('ms after navigation start: asked → answered');
  for (let r = 0; r < RUNS; r++) {
    const tab = await h.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    const cdp = await h.context.newCDPSession(tab);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: RECORDER });
    await tab.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    const painted = await tab.waitForFunction(() => !!document.querySelector('.tm-session') && performance.now(), null, { polling: 'raf', timeout: 120_000 });
    const first = (await painted.jsonValue()) as number;
    const lines = await tab.evaluate(() => (globalThis as unknown as { __tmRequests: string[] }).__tmRequests);
    const before = lines.filter((l) => Number.parseFloat(l) <= first).sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
    console.log(`\ntab ${r + 1}: first session row painted at ${first.toFixed(0)} ms`);
    for (const line of collapse(before)) console.log(`  ${line}`);
    await tab.waitForTimeout(KEPT_MS);
    await tab.close();
  }
} finally {
  await h.close();
}
