import { browser } from 'wxt/browser';
import { SessionKey } from '../model/schema';
import { openSidePanel } from './side-panel';

/**
 * A click on a reminder asks the side panel to show that talk. The panel may be closed (it then opens and reads
 * the request) or open already (it hears the change), so the request waits in session storage, which no content
 * script reads.
 */
const KEY = 'panelRequest';
/** A request older than this is a reminder clicked long ago: the panel follows the tab and the clock again. */
const FRESH_MS = 15 * 60_000;

export interface PanelRequest {
  key: string;
  at: number;
}

/**
 * Opens the side panel on one talk. Chrome lets `sidePanel.open` run only in answer to a user action, and a
 * notification click counts only until the listener awaits: so the request is stored without waiting and the
 * panel is opened at once, in the window the user was last in. Rejects where no panel can open (Firefox's
 * sidebar does not count a notification click as a user action).
 */
export function showInSidePanel(key: string, now = Date.now()): Promise<void> {
  const stored = browser.storage.session.set({ [KEY]: { key, at: now } satisfies PanelRequest });
  let opened: Promise<void>;
  try {
    opened = openSidePanel(browser.windows.WINDOW_ID_CURRENT);
  } catch (error) {
    opened = Promise.reject(error);
  }
  return Promise.all([stored, opened]).then(() => undefined);
}

function readRequest(value: unknown, now: number): string | undefined {
  const request = value as Partial<PanelRequest> | undefined;
  if (!request || typeof request.at !== 'number' || now - request.at >= FRESH_MS) return undefined;
  return SessionKey.safeParse(request.key).success ? request.key : undefined;
}

/** The talk a reminder asked the panel to show, while fresh; `onChange` hears later requests until `signal` aborts. */
export async function followPanelRequest(onChange: (key: string | undefined) => void, signal: AbortSignal, now = () => Date.now()): Promise<void> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && KEY in changes) onChange(readRequest(changes[KEY]!.newValue, now()));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  const { [KEY]: stored } = await browser.storage.session.get(KEY);
  if (!signal.aborted) onChange(readRequest(stored, now()));
}
