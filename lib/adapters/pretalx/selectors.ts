/**
 * pretalx markup, as data: server pages from the DemoCon static export in tests/fixtures/real/pretalx (pretalx 2.3),
 * the `<pretalx-schedule>` component from its public source (`a.c-linear-schedule-session` in an open shadow root).
 */
export const pretalxSelectors = {
  /** Every pretalx page says so; third-party sites embedding the component carry the element instead. */
  generator: 'meta[name="generator"][content="pretalx" i]',
  widget: 'pretalx-schedule',
  /** The stable signal of every view: a link to `<event>/talk/<CODE>/`. */
  talkLink: 'a[href*="talk/"]',
  /** Inside a link: nojs list block (`div.pretalx-session#CODE`), or the component's card. */
  session: '.pretalx-session, .c-linear-schedule-session',
  /** The component's card is the link itself. */
  componentCard: '.c-linear-schedule-session',
  title: '.title',
  start: '.start',
  duration: '.duration',
  speakers: '.speakers',
  /** The component lists each speaker on its own. */
  speakerName: '.speakers .names',
  abstract: '.abstract',
  track: '.track',
  room: '.room',
  /** nojs: `<input name="tabs" id="2022-09-06">` before each day's list. */
  dayTab: 'input[name="tabs"][id]',
  /** Talk page: `h3.talk-title > .heading-with-buttons` (title + buttons) and `<small>MM-DD, HH:MM–HH:MM (zone), room</small>`. */
  talkHeading: 'h3.talk-title',
  talkTitle: '.heading-with-buttons',
  talkButtons: '.buttons',
  talkWhen: 'small',
  talkAbstract: 'section.abstract',
  talkSpeaker: '.pretalx-session-info .title a[href*="speaker/"]',
  /** `DemoCon, democon, 2022, schedule, …`: the year the talk page's dates leave out. */
  keywords: 'meta[name="keywords"]',
  ours: '[class^="tm-"], tm-controls, tm-panel',
} as const;
