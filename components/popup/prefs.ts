import { browser } from 'wxt/browser';
import { defaultPopupPrefs, PopupPrefs } from '../../lib/model/popup-prefs';

const KEY = 'popupPrefs';

/** The popup's remembered switches; anything unreadable (another version's) falls back to the defaults. */
export async function loadPopupPrefs(): Promise<PopupPrefs> {
  try {
    const { [KEY]: stored } = await browser.storage.local.get(KEY);
    const parsed = PopupPrefs.safeParse(stored ?? defaultPopupPrefs);
    return parsed.success ? parsed.data : defaultPopupPrefs;
  } catch {
    return defaultPopupPrefs;
  }
}

export function savePopupPrefs(prefs: PopupPrefs): Promise<void> {
  return browser.storage.local.set({ [KEY]: PopupPrefs.parse(prefs) });
}
