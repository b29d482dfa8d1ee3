/**
 * sched.com markup, as data. No saved sched page was available; each selector comes from public scrapers
 * (see the sched-dom.md research notes) or, for views nobody documented (grid, personal schedule, mobile site),
 * from the structure every view shares. Every one is optional: a missing one only costs a field.
 */
export const schedSelectors = {
  /** The one signal every view shares: a link to `event/<id>/…`, or the mobile site's `#session:<32hex>`. */
  sessionLink: 'a[href*="event/"], a[href*="#session:"]',
  /** A list entry (`span.event.ev_<type>`), a grid card, or a session's detail block. */
  entry: '.event, .sched-event, .list-single, .sched-event-details, .sched-grid-event',
  /** Venue, sometimes inside the title link itself. */
  venue: '.vs, .list-single__location, .sched-event-details-timeandplace a[href*="venue/"], a[href*="venue/"]',
  /** `Wednesday March 25, 2026 11:00 - 11:30 <span class=tz>CET</span>` */
  dateLine: '.list-single__date, .sched-event-details-timeandplace',
  /** Times given as data: `<time datetime>` or a data attribute, in views that render client-side. */
  machineTime: 'time[datetime], [data-start]',
  /** A visible time range inside a card, in views that show one (grid cards). */
  cardTime: '.sched-time, .event-time, .time, time',
  zone: '.tz',
  type: '.sched-event-type a, a[href*="/type/"], a[href^="type/"]',
  abstract: '.tip-description',
  /** Role groups: `<strong>Speakers</strong>` followed by people. */
  roles: '.tip-roles',
  speakerLink: 'a[href*="speaker/"]',
  /** Uploaded files (slides), hosted by sched. */
  file: '.sched-file a[href], a.file-uploaded[href], a[href*="/hosted_files/"]',
  /** Recordings: an embedded player, or a button/link to a video host. */
  video: 'iframe[src], .sched-button[href], .sched-button a[href]',
  /** Day markers of list views: `<a class="sched-container-anchor" id="2026-03-24">`. */
  dayMarker: '.sched-container-anchor[id], .sched-container-header[id], [data-date]',
  /** Slot start in list views: `<h3> 3:00pm <span class="tz">CET</span></h3>`. */
  slotHeading: 'h3',
  /** The single session page: its detail block, and the title inside it, each in order of preference. */
  details: ['.sched-event-details', '.list-single', '#sched-content-inner', 'main'],
  detailsTitle: ['.list-single__event', '.sched-event-name', 'h1'],
  jsonLd: 'script[type="application/ld+json"]',
  /** Our own elements: never parsed as page content. */
  ours: '[class^="tm-"], tm-controls, tm-editor',
} as const;

/** The first element matching the first selector that matches anything: selectors in order of preference. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** `event/<id>` in a link's path; the id is sched's short id (`2EsAI`) or its 32-hex long id. */
export const eventPath = /(?:^|\/)event\/([A-Za-z0-9]{3,32})(?=\/|$)(?:\/([^/?#]*))?/;
/** The old mobile site names a session in the fragment: `/mobile/#session:<32hex>`. */
export const mobileSession = /#session:([0-9a-fA-F]{32})(?![0-9a-fA-F])/;
export const longId = /^[0-9a-f]{32}$/i;
