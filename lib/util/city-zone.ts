import { zoneOffsetMinutes } from './time';

let index: Map<string, string> | undefined;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Each IANA zone's city, as people write it: `amsterdam` → Europe/Amsterdam, `sao paulo` → America/Sao_Paulo. */
function cityIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const slash = zone.lastIndexOf('/');
    if (slash < 0 || zone.startsWith('Etc/')) continue;
    const city = fold(zone.slice(slash + 1).replace(/_/g, ' '));
    if (!index.has(city)) index.set(city, zone);
  }
  return index;
}

/** The zones whose city a text names as whole words (one to three of them: "New York", "Port of Spain"). */
function zonesNamedIn(text: string): Set<string> {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const cities = cityIndex();
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const zone = cities.get(words.slice(i, i + n).join(' '));
      if (zone) found.add(zone);
    }
  }
  return found;
}

/**
 * The address part of a place: what follows its first comma ("Hall 12, Amsterdam, Netherlands" → "Amsterdam,
 * Netherlands"), or a place given as a venue or city on its own. A room name alone ("Berlin", "Victoria") is no
 * statement about the city, so a text without a comma counts only when the caller says it is an address.
 */
export function addressOf(place: string): string | undefined {
  const comma = place.indexOf(',');
  return comma < 0 ? undefined : place.slice(comma + 1);
}

const HALF_HOUR = 1_800_000;

/**
 * Whether two zones show the same UTC offset at every one of these instants (and there is one). Zones change their
 * offset only on a half hour of UTC, so one instant per half hour tells: a schedule of thousands of sessions costs a
 * few hundred look-ups, not thousands.
 */
export function sameOffsets(a: string, b: string, instants: readonly number[]): boolean {
  if (!instants.length) return false;
  const slots = new Set(instants.map((t) => Math.floor(t / HALF_HOUR) * HALF_HOUR));
  try {
    for (const t of slots) if (zoneOffsetMinutes(t, a) !== zoneOffsetMinutes(t, b)) return false;
    return true;
  } catch {
    return false;
  }
}

/** The zone whose city the most addresses name; undefined when none does or two cities tie. */
export function namedCityZone(addresses: Iterable<string>, accept: (zone: string) => boolean = () => true): string | undefined {
  const counts = new Map<string, number>();
  const seen = new Map<string, Set<string>>();
  const accepted = new Map<string, boolean>();
  for (const address of addresses) {
    let named = seen.get(address);
    if (!named) seen.set(address, (named = zonesNamedIn(address)));
    for (const zone of named) {
      let ok = accepted.get(zone);
      if (ok === undefined) accepted.set(zone, (ok = accept(zone)));
      if (ok) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/**
 * A guessed zone (from a page's `CET`, say) named after the event's city when the addresses name one: the city's
 * zone is taken only if it shows the guess's UTC offsets on the event's dates, so the times never move; otherwise,
 * or without a city, the guess stays.
 */
export function cityZone(guess: string, addresses: Iterable<string>, instants: readonly number[]): string {
  return namedCityZone(addresses, (zone) => zone === guess || sameOffsets(zone, guess, instants)) ?? guess;
}

/**
 * The zone to keep for a conference a page reports again with a guessed zone: the one stored before when it shows
 * the same offsets on these dates (an import or the venue's city named it exactly; the page only says `CET`), else
 * the guess named after the city the page's addresses name.
 */
export function settledZone(stored: string | undefined, guess: string, addresses: Iterable<string>, instants: readonly number[]): string {
  if (stored && stored !== guess && sameOffsets(stored, guess, instants)) return stored;
  return cityZone(guess, addresses, instants);
}
