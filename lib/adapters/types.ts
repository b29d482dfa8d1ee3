import type { Conference, Platform, ScheduleEntry } from '../model/schema';

/** One session entry found on a page, with where it sits. */
export interface PageEntry {
  /**
   * What the page says about the session. An adapter may make this a lazy getter when it also gives `key` and
   * `title`: the runtime then gives the entry its controls at once and reads the rest in idle time.
   */
  readonly entry: ScheduleEntry;
  /** `entry.key`, known without reading the entry. */
  key?: string;
  /** `entry.title`, known without reading the entry: the accessible name of the controls. */
  title?: string;
  /** The element that stands for the session (its row, card or link). */
  element: Element;
  /** Controls are inserted right before this node, inside the entry so they move with it. */
  anchor: Element;
  /** On a page about this one session: the full editor (rating, tags, note) goes right after this element. */
  detail?: Element;
}

/** A platform's page integration: pure DOM in, data out. No storage, no messaging. */
export interface Adapter {
  platform: Platform;
  /** From the URL alone: could this be a page of the platform? The background trusts only the URL. */
  matches(url: URL): boolean;
  /** From the markup: is this document a page of the platform? Self-hosted platforms live on any host. */
  detect(doc: Document, url: URL): boolean;
  /** The conference a URL belongs to, from the URL alone: what the background trusts about a tab. */
  conferenceId(url: URL): string;
  /** The conference's own address (its schedule's home), from the URL alone: what the background stores. */
  conferenceUrl(url: URL): string;
  /** The conference a page belongs to, from its URL and markup. */
  conference(doc: Document, url: URL): Conference;
  /**
   * Session entries inside `root` (a whole document, or a subtree added later).
   * Odd markup yields fewer fields or fewer entries, never an exception.
   */
  parse(root: ParentNode, url: URL): PageEntry[];
  /**
   * The same entries one at a time, so the page runtime can spread a long page over several short tasks.
   * Optional: without it the runtime takes `parse` whole.
   */
  scan?(root: ParentNode, url: URL): Iterable<PageEntry>;
  /** The key of the session a URL is about (a single session page), if it is about one. */
  focus?(url: URL): string | undefined;
}
