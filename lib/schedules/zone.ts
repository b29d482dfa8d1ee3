import { isTimeZone, zoneOffsetMinutes } from '../util/time';
import { browserZone, commonZones } from '../util/zones';
import { namedCityZone } from '../util/city-zone';
import type { ZoneDecision } from './types';

/** An instant with the UTC offset the file wrote it with. */
export interface OffsetSample {
  epochMs: number;
  offsetMinutes: number;
}

const isoWithOffset = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** `2019-12-27T11:00:00+01:00` → the instant and its offset; undefined for anything else (no offset, bad date). */
export function readOffsetDateTime(text: string): OffsetSample | undefined {
  const m = isoWithOffset.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', zone] = m;
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31 || +h! > 24 || +mi! > 59 || +s > 60) return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone![0] === '-' ? -1 : 1;
    const digits = zone!.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const epochMs = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s) - offsetMinutes * 60_000;
  return Number.isNaN(epochMs) ? undefined : { epochMs, offsetMinutes };
}

function fixedZone(offsetMinutes: number): string | undefined {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0 || Math.abs(offsetMinutes) > 14 * 60) return undefined;
  // Etc/GMT zones have inverted signs: UTC+1 is Etc/GMT-1.
  return `Etc/GMT${offsetMinutes > 0 ? '-' : '+'}${Math.abs(offsetMinutes) / 60}`;
}

const matchesAll = (zone: string, samples: readonly OffsetSample[]) =>
  samples.every((s) => zoneOffsetMinutes(s.epochMs, zone) === s.offsetMinutes);

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '−' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

interface ZoneInputs {
  /** The zone the file names, if any (validated here). */
  fromFile?: string | null;
  /** The zone the user chose. */
  given?: string;
  /** Offsets the file wrote its times with: a zone is picked that shows exactly those. */
  samples?: readonly OffsetSample[];
  /** Whether the file's times are local clock times that need the zone to become instants. */
  localTimes: boolean;
  /** The venue's address as the file gives it ("Amsterdam, Netherlands"), one per session that has one. */
  addresses?: readonly string[];
}

/**
 * The zone a schedule's sessions are shown in, and why: the file's own, else the user's choice, else the zone of the city the venue's address names (showing the file's offsets, if it has any), else one whose offsets
 * match the file's on these dates (the browser's first, then zones conferences use), else the browser's, said so.
 */
export function decideZone({ fromFile, given, samples = [], localTimes, addresses = [] }: ZoneInputs): ZoneDecision {
  if (fromFile && isTimeZone(fromFile)) {
    return { timeZone: fromFile, source: 'file', affectsTimes: localTimes, note: `${fromFile}, as the file says` };
  }
  if (given && isTimeZone(given)) {
    if (!localTimes && samples.length && !matchesAll(given, samples)) {
      const offsets = [...new Set(samples.map((s) => formatOffset(s.offsetMinutes)))].join(', ');
      return { timeZone: given, source: 'given', affectsTimes: false, note: `${given}, as you chose (the file's times are at UTC ${offsets}; their instants stay exact)` };
    }
    return { timeZone: given, source: 'given', affectsTimes: localTimes, note: `${given}, as you chose` };
  }
  // The city is better evidence than the browser's zone; with offsets in the file, it must show them too.
  const city = namedCityZone(addresses, (zone) => matchesAll(zone, samples));
  if (city) {
    const name = city.slice(city.lastIndexOf('/') + 1).replace(/_/g, ' ');
    return { timeZone: city, source: 'city', affectsTimes: localTimes, note: `${city}: the file names no zone, and the venue is in ${name}` };
  }
  if (samples.length) {
    const offsets = [...new Set(samples.map((s) => s.offsetMinutes))];
    const candidates = [browserZone(), ...commonZones(), ...offsets.map(fixedZone).filter((z): z is string => !!z)];
    const match = candidates.find((zone) => matchesAll(zone, samples));
    if (match) {
      const listed = offsets.map(formatOffset).join(', ');
      return { timeZone: match, source: 'offsets', affectsTimes: false, note: `${match}: the file names no zone, only UTC ${listed}, which ${match} shows on these dates` };
    }
  }
  const zone = browserZone();
  return localTimes
    ? { timeZone: zone, source: 'assumed', affectsTimes: true, note: `${zone} (your browser's): the file's times have no zone — choose the event's` }
    : { timeZone: zone, source: 'assumed', affectsTimes: false, note: `${zone} (your browser's): the file names no zone; times are exact, only their display depends on it` };
}
