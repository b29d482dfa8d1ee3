/**
 * Every record of one table of the extension's database, read in an extension context (Chromium's service worker,
 * a Firefox extension page). Self-contained: both browsers' drivers send its source to run there.
 */
export function readStoreInExtension(name: string): Promise<unknown[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open('talkmarks');
    // No database yet: do not create one behind the extension's back.
    open.onupgradeneeded = () => open.transaction!.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) return db.close(), resolve([]);
      const all = db.transaction(name).objectStore(name).getAll();
      all.onsuccess = () => (db.close(), resolve(all.result));
      all.onerror = () => (db.close(), reject(all.error));
    };
  });
}
