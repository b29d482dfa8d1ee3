// `npm run parse -- <saved page.html | schedule file> [--url <page or file URL>] [--zone <IANA zone>]`: what Talkmarks
// reads from a saved page or a schedule file, one JSON object per session per line on stdout and a summary on stderr.
// Same adapters and importers as the extension, under happy-dom.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { adapterForDocument } from '../lib/adapters';
import { createPretalx } from '../lib/adapters/pretalx/adapter';
import type { ScheduleEntry } from '../lib/model/schema';
import { withoutSvgStyles } from '../lib/util/saved-html';
import { parseSchedule, ScheduleError, sniffFormat } from '../lib/schedules';

function fail(message: string): never {
  console.error(`npm run parse: ${message}`);
  process.exit(2);
}

const usage = 'usage: npm run parse -- <saved page.html | schedule file> [--url <address it came from>] [--zone <IANA zone>]';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, zone: { type: 'string' } } });
const [file] = positionals;
if (!file) fail(usage);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

// `npm run parse -- … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const window = new Window({ url: 'about:blank', settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
// The importers parse XML and HTML abstracts with the DOMParser an extension page has; here happy-dom's stands in.
globalThis.DOMParser = window.DOMParser as unknown as typeof DOMParser;

function print(entries: readonly ScheduleEntry[]): string {
  const missing = { start: 0, room: 0, speakers: 0 };
  for (const entry of entries) {
    const { key, aliases, title, start, end, timeZone, room, speakers, track, url: link, links } = entry;
    if (!start) missing.start++;
    if (!room) missing.room++;
    if (!speakers.length) missing.speakers++;
    // Every line has every field (null where the source has none), so lines compare and tabulate alike.
    console.log(JSON.stringify({ key, aliases, title, start, end, timeZone, room, speakers, track, url: link, links }, (_k, v: unknown) => (v === undefined ? null : v)));
  }
  return `without time: ${missing.start}, without room: ${missing.room}, without speakers: ${missing.speakers}`;
}

const isPage = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(text) || (sniffFormat(text) === 'xml' && /<html\b/i.test(text.slice(0, 4000)));

if (!isPage) {
  const started = performance.now();
  try {
    const parsed = parseSchedule(text, { address: values.url, timeZone: values.zone, fileName: basename(file).replace(/\.[a-z0-9]+$/i, '') });
    const ms = performance.now() - started;
    const counts = print(parsed.entries);
    const left = parsed.skipped.map((s) => `${s.count} ${s.what}`).join(', ');
    console.error(
      `${parsed.entries.length} sessions of ${parsed.conference.name} (${parsed.conference.id}) read from a ${parsed.format} file in ${ms.toFixed(1)} ms; ` +
        `${left ? `left out: ${left}; ` : ''}zone: ${parsed.zone.note}${values.zone || parsed.zone.source !== 'assumed' ? '' : ' (pass --zone)'}; ${counts}`,
    );
    for (const note of parsed.notes) console.error(`note: ${note}`);
  } catch (error) {
    if (error instanceof ScheduleError) fail(`${file}${error.location ? `, ${error.location}` : ''}: ${error.problem}; nothing was read`);
    throw error;
  }
} else {
  const doc = new window.DOMParser().parseFromString(withoutSvgStyles(text), 'text/html') as unknown as Document;
  const saved = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const address = values.url ?? saved;
  if (!address) fail(`${file} does not say where it was saved from: pass --url <page URL>`);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    fail(`not a URL: ${address}`);
  }
  const found = adapterForDocument(doc, url);
  if (!found) fail(`no Talkmarks adapter reads ${url.hostname} (supported: *.sched.com pages; pretalx pages, known by their markup)`);
  // In the browser pretalx pages get the event's zone from its JSON; here --zone gives it.
  const adapter = found.platform === 'pretalx' && values.zone ? createPretalx({ timeZone: values.zone }) : found;
  const started = performance.now();
  const entries = adapter.parse(doc, url).map((f) => f.entry);
  const ms = performance.now() - started;
  const counts = print(entries);
  const conference = adapter.conference(doc, url);
  const hint = adapter.platform === 'pretalx' && !conference.timeZone && entries.some((e) => !e.start) ? ' (this page names no zone: pass --zone)' : '';
  console.error(
    `${entries.length} sessions of ${conference.name} (${conference.id}) read by the ${adapter.platform} adapter in ${ms.toFixed(1)} ms; ${counts}${hint}`,
  );
}
await window.happyDOM.close();
