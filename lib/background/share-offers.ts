import { browser } from 'wxt/browser';
import { toBase64url } from '../share/base64url';

/**
 * A share link a schedule tab opened, waiting for the user's answer in the extension's own window. It is kept in
 * storage.session, which content scripts cannot read (its default access level), and which outlives a service
 * worker that goes idle while the user reads the question.
 */
export interface ShareOffer {
  id: string;
  /** The conference of the tab's URL: the only conference this link may add picks to. */
  conference: string;
  /** The link's token as the tab's URL held it, or why it cannot be read at all (too long). */
  link: { token: string } | { error: string };
  at: number;
}

export interface ShareOffers {
  /** Keeps the offer and asks the user about it, in one window at most. */
  open(offer: ShareOffer): Promise<void>;
  get(id: string): Promise<ShareOffer | undefined>;
  remove(id: string): Promise<void>;
}

const KEY = 'shareOffers';
const WINDOW_KEY = 'shareOfferWindow';
/** Offers older than this, or beyond the newest few, are dropped: an unanswered window is not kept for ever. */
const KEEP_MS = 60 * 60_000;
const KEEP = 3;

export const newOfferId = () => toBase64url(crypto.getRandomValues(new Uint8Array(12)));

type Stored = Record<string, ShareOffer>;
const stored = async (): Promise<Stored> => ((await browser.storage.session.get(KEY)) as { [KEY]?: Stored })[KEY] ?? {};

/** The offers in session storage, asked about in a popup window that replaces the previous one. */
export const sessionOffers: ShareOffers = {
  async open(offer) {
    const kept = Object.values(await stored())
      .filter((o) => offer.at - o.at < KEEP_MS)
      .sort((a, b) => b.at - a.at)
      .slice(0, KEEP - 1);
    await browser.storage.session.set({ [KEY]: Object.fromEntries([offer, ...kept].map((o) => [o.id, o])) });
    const { [WINDOW_KEY]: previous } = (await browser.storage.session.get(WINDOW_KEY)) as { [WINDOW_KEY]?: number };
    // A page reloading itself with link after link gets one window, showing the newest, not a pile of them.
    if (previous !== undefined) await browser.windows.remove(previous).catch(() => undefined);
    const url = browser.runtime.getURL(`/receive.html?offer=${offer.id}`);
    const opened = await browser.windows.create({ url, type: 'popup', width: 520, height: 380, focused: true });
    await browser.storage.session.set({ [WINDOW_KEY]: opened.id });
  },
  async get(id) {
    return (await stored())[id];
  },
  async remove(id) {
    const { [id]: _gone, ...rest } = await stored();
    await browser.storage.session.set({ [KEY]: rest });
  },
};
