import { browser } from 'wxt/browser';
import { getDb } from '../../lib/db/database';
import { saveExportOptions, savedExportOptions } from '../../lib/db/export-options';
import type { MarkdownOptions } from '../../lib/export/options';
import type { ReadOptions } from '../../lib/export/stored-options';

/** The last used export options, from the extension's database (an older version's storage.local copy moves there). */
export function loadSavedOptions(): Promise<ReadOptions> {
  return savedExportOptions(getDb(), browser.storage.local);
}

export function saveOptions(options: MarkdownOptions): Promise<void> {
  return saveExportOptions(getDb(), options);
}
