// `npm run parse -- <saved page.html> --url <page URL>`: what Talkmarks reads from a saved page, one JSON
// object per session per line on stdout and a summary on stderr. Same adapter code as the extension, under happy-dom.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { adapterFor } from '../lib/adapters';

function fail(message: string): never {
  console.error(`npm run parse: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
const [file] = positionals;
if (!file) fail('usage: npm run parse -- <saved page.html> --url <the page URL it was saved from>');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const window = new Window({ url: 'about:blank' });
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const saved = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
const address = values.url ?? saved;
if (!address) fail(`${file} does not say where it was saved from: pass --url <page URL>`);
let url: URL;
try {
  url = new URL(address);
} catch {
  fail(`not a URL: ${address}`);
}
const adapter = adapterFor(url);
if (!adapter) fail(`no Talkmarks adapter reads ${url.hostname} (supported: *.sched.com)`);

const started = performance.now();
const found = adapter.parse(doc, url);
const ms = performance.now() - started;
const missing = { start: 0, room: 0, speakers: 0 };
for (const { entry } of found) {
  const { key, aliases, title, start, end, timeZone, room, speakers, track, url: link, links } = entry;
  if (!start) missing.start++;
  if (!room) missing.room++;
  if (!speakers.length) missing.speakers++;
  console.log(JSON.stringify({ key, aliases, title, start, end, timeZone, room, speakers, track, url: link, links }));
}
const conference = adapter.conference(doc, url);
console.error(
  `${found.length} sessions of ${conference.name} (${conference.id}) read by the ${adapter.platform} adapter in ${ms.toFixed(1)} ms; ` +
    `without time: ${missing.start}, without room: ${missing.room}, without speakers: ${missing.speakers}`,
);
await window.happyDOM.close();
