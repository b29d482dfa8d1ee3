import { readFixture } from './dom';

export const HOSTILE_URL = 'https://hostile2026.sched.com/list/descriptions/';
/** 100 KB of page text that also tries markup, a link and a direction override. */
export const LONG_TITLE = `${'Very long title '.repeat(6250)}<b>end</b>`;
export const LONG_ABSTRACT = `${'&lt;img src=x onerror=alert(1)&gt; \u202E'.repeat(3000)}${'x'.repeat(20_000)}`;

/** The hostile schedule fixture with its 100 KB strings in place. */
export function hostilePage(): string {
  return readFixture('sched/hostile.html').replaceAll('@@LONG_TITLE@@', LONG_TITLE.replace(/</g, '&lt;')).replaceAll('@@LONG_ABSTRACT@@', LONG_ABSTRACT);
}

/** Titles as the page shows them (text), for the entries whose title is short enough to be kept whole. */
export const hostileTitles = [
  `<img src=x onerror="window.__tmPwned='title';alert('title')"> Markup in a title`,
  `javascript:alert('title-as-url')`,
  'Quarterly report \u202Efdp.exe\u202C and \u2067RTL isolate',
  "](javascript:alert('md')) [click](javascript:alert(1)) `code` <!-- **bold** # heading | table |",
];
