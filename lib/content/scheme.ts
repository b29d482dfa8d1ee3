/**
 * Whether the page shows an element on a dark or a light background: the page's own colours, not the system's
 * `prefers-color-scheme` (a light schedule stays light in a dark desktop, issue 19). The first ancestor with a mostly
 * opaque background decides; with none, the page's canvas, which its `color-scheme` chooses.
 */
export type Scheme = 'light' | 'dark';

/** `rgb()`/`rgba()` (what browsers compute), `#rgb[a]`/`#rrggbb[aa]`, `transparent`: red, green, blue 0–255, alpha 0–1. */
export function parseColour(text: string): [number, number, number, number] | undefined {
  const value = text.trim().toLowerCase();
  if (!value || value === 'transparent') return [0, 0, 0, 0];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(value)?.[1];
  if (!hex) return value === 'black' ? [0, 0, 0, 1] : value === 'white' ? [255, 255, 255, 1] : undefined;
  const pairs = hex.length <= 4 ? [...hex].map((c) => c + c) : hex.match(/../g)!;
  const [r, g, b, a = 'ff'] = pairs.map((p) => p);
  return [parseInt(r!, 16), parseInt(g!, 16), parseInt(b!, 16), parseInt(a, 16) / 255];
}

/** WCAG relative luminance: below 0.2 reads as a dark background (black text would fail contrast on it). */
function isDark([r, g, b]: readonly number[]): boolean {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!) < 0.2;
}

function canvasScheme(doc: Document): Scheme {
  const declared = `${getComputedStyle(doc.documentElement).colorScheme || ''} ${doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? ''}`;
  const dark = /\bdark\b/.test(declared);
  if (!dark) return 'light';
  // A page offering both lets the browser pick by the system setting: then that is what the page shows.
  if (/\blight\b/.test(declared)) return doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'dark';
}

/** The scheme of the background behind `el`; `seen` remembers ancestors already read (many badges share them). */
export function schemeAt(el: Element, seen = new Map<Element, Scheme | null>()): Scheme {
  const path: Element[] = [];
  let found: Scheme | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const known = seen.get(node);
    if (known !== undefined) {
      found = known;
      if (known) break;
      continue;
    }
    path.push(node);
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] >= 0.5) {
      found = isDark(colour) ? 'dark' : 'light';
      break;
    }
  }
  const scheme = found ?? canvasScheme(el.ownerDocument);
  // Each node on the way had no background of its own (or is the one that has it): the same answer holds for it.
  for (const node of path) seen.set(node, found);
  return scheme;
}

const waiting = new Map<Element, (scheme: Scheme) => void>();

/**
 * Tells `apply` the scheme behind `el`, after the current batch of DOM changes: reading computed styles between
 * insertions would make the browser recompute styles once per badge on a long page.
 */
export function whenSchemeKnown(el: Element, apply: (scheme: Scheme) => void): void {
  if (!waiting.size) queueMicrotask(flush);
  waiting.set(el, apply);
}

function flush(): void {
  const seen = new Map<Element, Scheme | null>();
  const batch = [...waiting];
  waiting.clear();
  for (const [el, apply] of batch) if (el.isConnected) apply(schemeAt(el, seen));
}
