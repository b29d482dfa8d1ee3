import { browser } from 'wxt/browser';

/**
 * `n` on a schedule page asks for the popup on one session's note. The toolbar popup cannot be given a
 * URL of our choosing each time, so the request waits in session storage until the popup takes it.
 */
const KEY = 'noteRequest';
const FRESH_MS = 30_000;

interface NoteRequest {
  tabId: number;
  key: string;
  at: number;
}

export async function requestNote(tabId: number, key: string, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [KEY]: { tabId, key, at: now } satisfies NoteRequest });
}

/** The session whose note the popup of `tabId` should open on, if `n` was just pressed there; asked once. */
export async function takeNoteRequest(tabId: number, now = Date.now()): Promise<string | undefined> {
  const { [KEY]: request } = (await browser.storage.session.get(KEY)) as { [KEY]?: Partial<NoteRequest> };
  if (!request) return undefined;
  await browser.storage.session.remove(KEY);
  const fresh = typeof request.at === 'number' && now - request.at < FRESH_MS;
  return fresh && request.tabId === tabId && typeof request.key === 'string' ? request.key : undefined;
}
