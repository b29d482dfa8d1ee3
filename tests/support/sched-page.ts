import { localDate, localTime, zoneAbbreviation } from '../../lib/util/time';

/**
 * Builds sched.com list pages in the markup public scrapers rely on (the sched-dom.md research notes §1–2):
 * day anchors, an h3 per slot with `span.tz`, and `span.event.ev_N > a.name[href="event/<short>/<slug>"][id=<32hex>]`.
 * Used with real session data from sched's all.ics, by unit tests, end-to-end tests and the benchmark.
 */
export interface PageSession {
  shortId: string;
  longId?: string;
  title: string;
  start?: string;
  end?: string;
  room?: string;
  type?: string;
  speakers?: { name: string; slug: string; company?: string }[];
  abstract?: string;
}

export interface PageOptions {
  name: string;
  timeZone: string;
  view: 'default' | 'simple' | 'descriptions';
  clock?: '12h' | '24h';
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';
}

function clockText(hhmm: string, clock: '12h' | '24h'): string {
  if (clock === '24h') return hhmm;
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

/** Base-62 short ids like sched's (`2EsAI`), from a number. */
export function shortIdOf(n: number): string {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  let v = n + 62 ** 3;
  while (v > 0) {
    out = digits[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out;
}

function longDate(day: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })
    .format(Date.parse(`${day}T12:00:00Z`))
    .replace(/,(?= \w+ \d)/, '');
}

function entryHtml(s: PageSession, o: PageOptions, typeIndex: Map<string, number>): string {
  const clock = o.clock ?? '12h';
  const type = s.type ?? 'Session';
  if (!typeIndex.has(type)) typeIndex.set(type, typeIndex.size + 1);
  const idAttr = s.longId ? ` id="${s.longId}"` : '';
  const href = `event/${s.shortId}/${slugOf(s.title)}`;
  if (o.view !== 'descriptions') {
    const room = s.room ? `<span class="vs">${escapeHtml(s.room)}</span>` : '';
    return `<span class="event ev_${typeIndex.get(type)}"><a href="${href}"${idAttr} class="name">${escapeHtml(s.title)}\n${room}</a></span>`;
  }
  const tz = s.start ? zoneAbbreviation(s.start, o.timeZone) : '';
  const when = s.start
    ? `<div class="list-single__date"> ${longDate(localDate(s.start, o.timeZone))} ${clockText(localTime(s.start, o.timeZone), clock)}${
        s.end ? ` - ${clockText(localTime(s.end, o.timeZone), clock)}` : ''
      } <span class='tz'>${tz}</span></div>`
    : '';
  const speakers = s.speakers?.length
    ? `<div class="tip-roles"><strong>Speakers</strong>${s.speakers
        .map(
          (sp) =>
            `<div class="sched-person-session"><h2><a href="speaker/${sp.slug}">${escapeHtml(sp.name)}</a></h2><div class="sched-event-details-role-company">${escapeHtml(sp.company ?? '')}</div></div>`,
        )
        .join('')}</div>`
    : '';
  return `<span class="event ev_${typeIndex.get(type)}"><a href="${href}"${idAttr} class="name"><span class="session-title">${escapeHtml(s.title)}</span></a>
  ${when}
  ${s.room ? `<div class="list-single__location"><a href="venue/${encodeURIComponent(s.room)}">${escapeHtml(s.room)}</a></div>` : ''}
  <a href="list/descriptions/type/${encodeURIComponent(type)}"><span style="background:#6cf"></span>${escapeHtml(type)}</a>
  ${s.abstract ? `<div class="tip-description">${escapeHtml(s.abstract)}</div>` : ''}
  ${speakers}
</span>`;
}

export function schedListPage(sessions: readonly PageSession[], o: PageOptions): string {
  const clock = o.clock ?? '12h';
  const typeIndex = new Map<string, number>();
  const timed = [...sessions].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const days = new Map<string, Map<string, PageSession[]>>();
  for (const s of timed) {
    const day = s.start ? localDate(s.start, o.timeZone) : 'tba';
    const slot = s.start ?? 'tba';
    if (!days.has(day)) days.set(day, new Map());
    const slots = days.get(day)!;
    if (!slots.has(slot)) slots.set(slot, []);
    slots.get(slot)!.push(s);
  }
  let body = '';
  for (const [day, slots] of days) {
    body += `<a class="sched-container-anchor" id="${day}"></a>\n<div class="sched-container-header" id="${day}">${day === 'tba' ? 'TBA' : longDate(day)}</div>\n`;
    for (const [slot, list] of slots) {
      const heading =
        slot === 'tba' ? 'TBA' : `${clockText(localTime(slot, o.timeZone), clock)} <span class='tz'>${zoneAbbreviation(slot, o.timeZone)}</span>`;
      body += `<h3> ${heading}</h3>\n<div class="sched-container"><div class="sched-container-inner">\n${list
        .map((s) => entryHtml(s, o, typeIndex))
        .join('\n')}\n</div></div>\n`;
    }
    body += `<div class="sched-container-bottom"></div>\n`;
  }
  const wrapper = o.view === 'simple' ? 'list-simple' : o.view === 'descriptions' ? 'list-descriptions' : 'list-full';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(o.name)}: Schedule</title></head>
<body><div id="sched-page-home-breadcrumb"><strong>${escapeHtml(o.name)}</strong></div>
<div id="sched-content-inner"><div class="${wrapper}">
${body}</div></div></body></html>`;
}
