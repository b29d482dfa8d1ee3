import { browser } from 'wxt/browser';
import type { MarkdownOptions } from '../../lib/export/options';
import { readStoredOptions, type ReadOptions } from '../../lib/export/stored-options';

const KEY = 'exportOptions';

/** The last used export options, validated: storage can hold what an older or newer version wrote. */
export async function loadSavedOptions(): Promise<ReadOptions> {
  const stored = await browser.storage.local.get(KEY);
  return readStoredOptions(stored[KEY]);
}

export function saveOptions(options: MarkdownOptions): Promise<void> {
  return browser.storage.local.set({ [KEY]: options });
}
