import { isTimeZone } from './time';

/**
 * sched prints a zone abbreviation after each time (`<span class="tz">CET</span>`), never an IANA name.
 * Abbreviations are ambiguous (CST, IST, BST); each maps to the zone conferences most often use it for.
 * The mapping only has to give the right UTC offset for the dates shown, so any zone with the same rules will do.
 */
const abbreviations: Record<string, string> = {
  UTC: 'UTC', GMT: 'UTC', Z: 'UTC',
  WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon',
  BST: 'Europe/London', IST: 'Asia/Kolkata',
  CET: 'Europe/Paris', CEST: 'Europe/Paris', MEZ: 'Europe/Berlin', MESZ: 'Europe/Berlin',
  EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow', TRT: 'Europe/Istanbul',
  EST: 'America/New_York', EDT: 'America/New_York', ET: 'America/New_York',
  CST: 'America/Chicago', CDT: 'America/Chicago', CT: 'America/Chicago',
  MST: 'America/Denver', MDT: 'America/Denver', MT: 'America/Denver',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  AST: 'America/Halifax', ADT: 'America/Halifax', NST: 'America/St_Johns', NDT: 'America/St_Johns',
  BRT: 'America/Sao_Paulo', ART: 'America/Argentina/Buenos_Aires',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', HKT: 'Asia/Hong_Kong', SGT: 'Asia/Singapore',
  PHT: 'Asia/Manila', WIB: 'Asia/Jakarta', ICT: 'Asia/Bangkok', PKT: 'Asia/Karachi',
  GST: 'Asia/Dubai', SAST: 'Africa/Johannesburg', EAT: 'Africa/Nairobi', WAT: 'Africa/Lagos',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
};

/** An IANA zone for what a page prints as a zone: `CET`, `GMT+2`, `UTC-05:00` or an IANA name itself. */
export function zoneFromLabel(label: string | null | undefined): string | undefined {
  const text = label?.trim().replace(/[()]/g, '');
  if (!text) return undefined;
  const known = abbreviations[text.toUpperCase()];
  if (known) return known;
  const offset = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    // Etc/GMT zones have inverted signs: UTC+2 is Etc/GMT-2.
    if (hours <= 14) return `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  return /^[A-Za-z_]+\/[A-Za-z_/+-]+$/.test(text) && isTimeZone(text) ? text : undefined;
}

/** The zones conferences most often use (those the abbreviations above stand for), without repeats. */
export function commonZones(): string[] {
  return [...new Set(Object.values(abbreviations))];
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
