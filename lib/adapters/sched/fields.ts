import { untitled } from '../../merge/entry';
import type { SessionLink, Speaker } from '../../model/schema';
import { blockText, clip, fold } from '../../util/text';
import { webUrl } from '../../util/web-url';
import { schedSelectors as s } from './selectors';

export function absolute(href: string | null, base: URL): URL | undefined {
  return href ? webUrl(href, base) : undefined;
}

export function optionalText(el: Element | null | undefined, max: number): string | undefined {
  const text = el ? clip(fold(el.textContent), max) : '';
  return text || undefined;
}

const cut = /(?:…|\.\.\.)$/;

/** What a link's text carries besides the title: sched's room (`span.vs`), a zone label, scripts, our own elements. */
function notTitle(el: Element): boolean {
  const name = el.localName;
  return name === 'script' || name === 'style' || name.startsWith('tm-') || el.classList.contains('vs') || el.classList.contains('tz');
}

/** A heading or `.session-title` inside a link that wraps more than the title (cards, mobile, descriptions). */
function isTitle(el: Element): boolean {
  const name = el.localName;
  return (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '5') || el.classList.contains('session-title');
}

/** The link's own text, or its title element's: one walk, on every entry's hot path, no selector matching. */
function linkText(link: Element): string {
  let text = '';
  let title: Element | undefined;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && !title; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isTitle(el)) title = el;
        else if (!notTitle(el)) walk(el);
      }
    }
  };
  walk(link);
  return fold(title ? title.textContent : text);
}

/** The link text without the room sched folds into it; a truncated grid title yields to the link's title attribute. */
export function titleOf(link: Element, id: string): string {
  let text = linkText(link);
  if (!text || cut.test(text)) {
    const attribute = fold(link.getAttribute('title') ?? link.getAttribute('aria-label'));
    if (attribute.length > text.length) text = attribute;
  }
  return clip(text || untitled(id), 2000);
}

/** Speaker pages live at `/speaker/<slug>` whatever relative path a view links them with. */
function speakerUrl(href: string | null, page: URL): string | undefined {
  const target = absolute(href, page);
  if (!target) return undefined;
  const slug = /(?:^|\/)speaker\/([^/?#]+)/.exec(target.pathname)?.[1];
  return slug && target.hostname === page.hostname ? `https://${page.hostname.toLowerCase()}/speaker/${slug}` : target.href;
}

/** People of an entry: under `Speakers`, `Moderators` or `Artists` headings, never `Sponsors`. */
export function speakersOf(scope: Element, page: URL): Speaker[] {
  const byUrl = new Map<string, Speaker>();
  const add = (a: Element) => {
    const name = clip(fold(a.textContent) || fold(a.querySelector('img')?.getAttribute('alt')) || fold(a.getAttribute('title')), 500);
    const url = speakerUrl(a.getAttribute('href'), page);
    const id = url ?? name;
    if (!id) return;
    const known = byUrl.get(id);
    if (!known) byUrl.set(id, url ? { name, url } : { name });
    else if (!known.name) known.name = name;
  };
  const groups = scope.querySelectorAll(s.roles);
  if (groups.length === 0) scope.querySelectorAll(s.speakerLink).forEach(add);
  for (const group of groups) {
    let role = '';
    for (const el of group.querySelectorAll(`strong, ${s.speakerLink}`)) {
      if (el.localName === 'strong') role = fold(el.textContent);
      else if (!/sponsor/i.test(role)) add(el);
    }
  }
  return [...byUrl.values()].filter((sp) => sp.name).slice(0, 100);
}

const videoHost = /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|twitch\.tv|media\.ccc\.de|bilibili\.com)$/i;
const slideHost = /(?:^|\.)(?:speakerdeck\.com|slideshare\.net|slides\.com)$/i;
const slideFile = /\.(?:pdf|pptx?|key|odp)$/i;

/** An embedded YouTube player links to its watch page: that is what a reader of an export can open. */
function watchUrl(url: URL): string {
  const embed = /^\/embed\/([\w-]{6,})/.exec(url.pathname);
  return /youtube(?:-nocookie)?\.com$/i.test(url.hostname) && embed ? `https://www.youtube.com/watch?v=${embed[1]}` : url.href;
}

function classify(el: Element, url: URL, page: URL): SessionLink['kind'] | undefined {
  if (el.matches(s.file)) return slideFile.test(url.pathname) ? 'slides' : 'file';
  if (videoHost.test(url.hostname)) return 'recording';
  if (slideHost.test(url.hostname) || (/^docs\.google\.com$/i.test(url.hostname) && url.pathname.startsWith('/presentation/'))) {
    return 'slides';
  }
  if (el.matches(s.video) && el.localName !== 'iframe' && url.hostname !== page.hostname) return 'recording';
  return undefined;
}

/** Slides, files and recordings an entry links to or embeds; http(s) only. */
export function linksOf(scope: Element, page: URL): SessionLink[] | undefined {
  const links: SessionLink[] = [];
  for (const el of scope.querySelectorAll('a[href], iframe[src]')) {
    const raw = el.getAttribute(el.localName === 'iframe' ? 'src' : 'href') ?? '';
    // A relative link stays on sched's host: only an uploaded file can be one of these. Spares a URL parse per entry.
    if (!/^(?:https?:)?\/\//i.test(raw) && !el.matches(s.file)) continue;
    if (el.closest(s.ours)) continue;
    const url = absolute(raw, page);
    const kind = url && classify(el, url, page);
    if (!url || !kind) continue;
    const href = kind === 'recording' ? watchUrl(url) : url.href;
    if (links.some((l) => l.url === href)) continue;
    const label = clip(fold(el.textContent) || fold(el.getAttribute('title')), 500);
    links.push(label ? { kind, url: href, label } : { kind, url: href });
    if (links.length === 50) break;
  }
  return links.length ? links : undefined;
}

const labels = /^(?:abstract|description|summary|about)\s*:?$/i;

/** The abstract with its paragraphs, without a leading `<strong>Abstract</strong>` label. */
export function abstractOf(scope: Element): string | undefined {
  const el = scope.querySelector(s.abstract);
  if (!el) return undefined;
  const first = el.firstElementChild;
  const skip = first?.localName === 'strong' && labels.test(fold(first.textContent)) ? first : undefined;
  return clip(blockText(el, skip), 100_000) || undefined;
}
