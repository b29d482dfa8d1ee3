import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { storedCounts } from '../../lib/db/queries';
import { formatBytes, protectStorage, type StorageInfo } from '../../lib/db/storage';
import { useLive } from '../hooks/use-live';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** How much is kept, how much room it takes, and whether the browser promised to keep it. */
export function StorageStatus() {
  const live = useLive(() => storedCounts(getDb()), []);
  const [storage, setStorage] = useState<StorageInfo>();
  const total = live.status === 'ready' ? live.value.sessions : undefined;
  useEffect(() => void protectStorage().then(setStorage), [total]);

  return (
    <p class="tm-storage">
      {live.status === 'ready' && (
        <span data-testid="tm-total">
          {plural(live.value.sessions, 'session')} with your stars or notes in {plural(live.value.conferences, 'conference')}
        </span>
      )}
      {live.status === 'ready' && live.value.ownItems > 0 && (
        <span>
          {' · '}
          <span data-testid="tm-own-total">{plural(live.value.ownItems, 'own item')}</span>
        </span>
      )}
      {storage?.usage !== undefined && <span> · {formatBytes(storage.usage)} stored</span>}
      {storage && (
        <span>
          {' · '}
          {storage.persisted
            ? 'kept safe from automatic clearing'
            : 'the browser may clear it when space runs low: keep a backup'}
        </span>
      )}
    </p>
  );
}
