export interface StorageInfo {
  /** The browser promised not to clear this origin's data under storage pressure. */
  persisted: boolean;
  usage?: number;
  quota?: number;
}

/**
 * Asks once that the extension's data be kept under storage pressure (`unlimitedStorage` is declared too), and
 * reads how much is used. Browsers without the Storage API answer "not persisted", never an error.
 */
export async function protectStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageInfo> {
  if (!storage) return { persisted: false };
  let persisted = (await storage.persisted?.().catch(() => false)) ?? false;
  if (!persisted && storage.persist) persisted = await storage.persist().catch(() => false);
  const estimate = await storage.estimate?.().catch(() => undefined);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** `1.2 MB`, `340 kB`: sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
