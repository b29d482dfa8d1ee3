import type { Conference, Platform, ScheduleEntry } from '../model';

/** One session entry found on a page, with where it sits. */
export interface PageEntry {
  entry: ScheduleEntry;
  /** The element that stands for the session (its row, card or link). */
  element: Element;
  /** Controls are inserted right before this node, inside the entry so they move with it. */
  anchor: Element;
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
  /** The conference a page belongs to, from its URL and markup. */
  conference(doc: Document, url: URL): Conference;
  /**
   * Session entries inside `root` (a whole document, or a subtree added later).
   * Odd markup yields fewer fields or fewer entries, never an exception.
   */
  parse(root: ParentNode, url: URL): PageEntry[];
}
