// `npm run bench:search`: search latency per keystroke over 10,000 sessions, from the real sched all.ics.
// Prints a table; nothing here is asserted (timings belong to benchmarks, not to tests).
import { performance } from 'node:perf_hooks';
import { SearchIndex, type SearchQuery } from '../lib/search/search-index';
import { library } from './library';
import { measureDashboard } from './search-ui';

const SESSIONS = 10_000;

function time<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!, max: s.at(-1)! };
};
const ms = (n: number) => n.toFixed(2).padStart(8);

const { entries, annotations } = library(SESSIONS, 20);
const [base, buildMs] = time(() => SearchIndex.fromEntries(entries));
const [index, layerMs] = time(() => base.withAnnotations(annotations));
console.log(`search over ${index.size} sessions (${annotations.length} annotated), Node ${process.version}`);
console.log(`index: ${buildMs.toFixed(0)} ms to build from the sessions, ${layerMs.toFixed(1)} ms to lay annotations over it\n`);

const typed = ['kubernetes', 'ebpf security', 'observability', 'zero trust', 'rollouts', 'müller', 'nosuchthingatall'];
const filtered: Omit<SearchQuery, 'text'>[] = [{}, { conference: 'sched:conf3' }, { starred: true }, { tag: 'cool-tech', minRating: 3 }];
console.log('query                 filters                      keys  results   median      p95      max   (ms a keystroke)');
for (const filters of filtered) {
  for (const text of typed) {
    // Warm once, then type it letter by letter the way a user does: each keystroke is one search.
    index.search({ text: 'warm', ...filters });
    const samples: number[] = [];
    let results = 0;
    for (let n = 1; n <= text.length; n++) {
      const [hits, t] = time(() => index.search({ text: text.slice(0, n), ...filters }));
      samples.push(t);
      results = hits.length;
    }
    const { median, p95, max } = stats(samples);
    console.log(
      `${text.padEnd(21)} ${JSON.stringify(filters).padEnd(28)} ${String(text.length).padStart(4)} ${String(results).padStart(8)} ${ms(median)} ${ms(p95)} ${ms(max)}`,
    );
  }
}

// The worst case: no narrowing (every keystroke searched from scratch, e.g. pasting or deleting).
const cold: number[] = [];
for (const text of typed) cold.push(time(() => base.withAnnotations(annotations).search({ text }))[1]);
const c = stats(cold);
console.log(`\nfrom scratch (a fresh index per query, no narrowing): median ${c.median.toFixed(2)} ms, max ${c.max.toFixed(2)} ms`);

// The same in the real dashboard: keystroke → search → render of the first 100 results → paint.
console.log('\nthe dashboard in Chromium, 10,000 sessions: keystroke to its results painted (search, render of the first 40, paint)');
const ui = await measureDashboard(entries, ['kubernetes', 'zero trust', 'nosuchthing']);
if (typeof ui === 'string') console.log(ui);
else {
  console.log('query          keys   median      max   (ms a keystroke; keys pressed just after a frame, then spread between frames)');
  for (const r of ui) console.log(`${r.query.padEnd(14)} ${String(r.keys).padStart(4)} ${ms(r.median)} ${ms(r.max)}   spread ${ms(r.spreadMedian)} ${ms(r.spreadMax)}`);
}
