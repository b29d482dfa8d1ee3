/**
 * Stands in for pretalx's `<pretalx-schedule>` component, which is not in the fixtures: renders widget/v2.json into an
 * open shadow root with the markup of its public template (`a.c-linear-schedule-session > .time-box, .info > .title,
 * .speakers .names, .bottom-info > .track, .room`; breaks as `.break` without a link). Self-contained, so end-to-end
 * tests can ship it to the page as the widget script (`renderWidgetCards.toString()`).
 */
export interface WidgetJson {
  talks: { code?: string; title: string | Record<string, string>; start: string; end: string; room?: number; track?: number; speakers?: string[] }[];
  rooms?: { id: number; name: string | Record<string, string> }[];
  tracks?: { id: number; name: string | Record<string, string> }[];
  speakers?: { code: string; name: string }[];
  timezone?: string;
}

export function renderWidgetCards(root: ShadowRoot, json: WidgetJson, eventUrl: string): void {
  const doc = root.ownerDocument;
  const name = (v: string | Record<string, string> | undefined) => (typeof v === 'string' ? v : v ? (v.en ?? Object.values(v)[0] ?? '') : '');
  const el = (tag: string, cls: string, text?: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const list = el('div', 'c-linear-schedule');
  for (const talk of json.talks) {
    const start = new Date(talk.start);
    const clock = start.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: json.timezone ?? 'UTC' });
    const minutes = Math.round((Date.parse(talk.end) - Date.parse(talk.start)) / 60_000);
    const card = el(talk.code ? 'a' : 'div', talk.code ? 'c-linear-schedule-session' : 'break');
    if (talk.code) card.setAttribute('href', `${eventUrl}talk/${talk.code}/`);
    const timeBox = el('div', 'time-box');
    const startBox = el('div', 'start');
    startBox.append(el('div', 'time', clock));
    timeBox.append(startBox, el('div', 'duration', `${minutes}min`), el('div', 'buffer'));
    const info = el('div', 'info');
    info.append(el('div', 'title', name(talk.title)));
    const speakers = el('div', 'speakers');
    const avatars = el('div', 'avatars');
    for (const code of talk.speakers ?? []) {
      const who = el('div', 'speaker-info');
      who.append(el('div', 'names', json.speakers?.find((s) => s.code === code)?.name ?? code));
      avatars.append(who);
    }
    speakers.append(avatars);
    const bottom = el('div', 'bottom-info');
    bottom.append(
      el('div', 'track', name(json.tracks?.find((t) => t.id === talk.track)?.name)),
      el('div', 'room', name(json.rooms?.find((r) => r.id === talk.room)?.name)),
    );
    info.append(speakers, bottom);
    card.append(timeBox, info);
    list.append(card);
  }
  root.append(list);
}

/** Attaches the open shadow root the real component uses and renders into it. */
export function renderPretalxWidget(host: Element, json: WidgetJson): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const eventUrl = new URL(host.getAttribute('event-url') ?? '/', host.ownerDocument.baseURI || 'https://pretalx.example.org/').href;
  renderWidgetCards(root, json, eventUrl);
  return root;
}

/**
 * The component's script as a page loads it (`widget/v2.en.js`): defines `<pretalx-schedule>`, fetches the event's
 * widget/v2.json and renders it into an open shadow root. `__name` is esbuild's helper the stringified function uses.
 */
export const pretalxWidgetScript = `globalThis.__name = (f) => f;
const renderWidgetCards = ${renderWidgetCards.toString()};
customElements.define('pretalx-schedule', class extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const eventUrl = new URL(this.getAttribute('event-url'), location.href).href;
    const json = await (await fetch(eventUrl + 'schedule/widget/v2.json')).json();
    renderWidgetCards(root, json, eventUrl);
  }
});`;
