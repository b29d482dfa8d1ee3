/**
 * sched.com markup, as data. No saved sched page was available; each selector comes from public scrapers
 * (see ../shared/research/sched-dom.md) and every one is optional: a missing one only costs a field.
 */
export const schedSelectors = {
  /** The one signal every view shares: a link to `event/<id>/…`. */
  sessionLink: 'a[href*="event/"]',
  /** A list entry (`span.event.ev_<type>`) or a session's detail block. */
  entry: '.event, .sched-event, .list-single',
  /** Title inside the link, in views that wrap it. */
  title: '.session-title',
  /** Venue, sometimes inside the title link itself. */
  venue: '.vs, .list-single__location, .sched-event-details-timeandplace a[href*="venue/"]',
  /** `Wednesday March 25, 2026 11:00 - 11:30 <span class=tz>CET</span>` */
  dateLine: '.list-single__date, .sched-event-details-timeandplace',
  zone: '.tz',
  type: '.sched-event-type a, a[href*="/type/"]',
  abstract: '.tip-description',
  speakerLink: '.tip-roles a[href*="speaker/"], .sched-person-session a[href*="speaker/"]',
  /** Day markers of list views: `<a class="sched-container-anchor" id="2026-03-24">`. */
  dayMarker: '.sched-container-anchor[id], .sched-container-header[id]',
  /** Slot start in list views: `<h3> 3:00pm <span class="tz">CET</span></h3>`. */
  slotHeading: 'h3',
  /** Our own controls: never parsed as page content. */
  ours: '[class^="tm-"], tm-controls',
} as const;

/** `event/<id>` in a link's path; the id is sched's short id (`2EsAI`) or its 32-hex long id. */
export const eventPath = /(?:^|\/)event\/([A-Za-z0-9]{3,32})(?:\/([^/?#]*))?/;
export const longId = /^[0-9a-f]{32}$/;
