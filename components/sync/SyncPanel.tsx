import { useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { syncSettings } from '../../lib/db/sync';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../lib/util/errors';
import type { SyncSettings } from '../../lib/model/sync';
import { useLive } from '../hooks/use-live';
import { SyncSettingsForm } from './SyncSettingsForm';
import { SyncStatusLine } from './SyncStatusLine';

/** Open at first only while nothing is set; saving keeps it open, so the form's answer stays in view. */
function SettingsSection({ stored }: { stored: SyncSettings | undefined }) {
  const [open] = useState(!stored);
  return (
    <details open={open}>
      <summary>Sync settings</summary>
      <SyncSettingsForm stored={stored} />
    </details>
  );
}

/** Sync through the user's own WebDAV folder: the status always shown, Sync now, and the settings. */
export function SyncPanel() {
  const settings = useLive(() => syncSettings(getDb()), []);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState('');
  const stored = settings.status === 'ready' ? settings.value : undefined;

  const syncNow = async () => {
    setRunning(true);
    try {
      await send({ type: 'sync/now' });
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="tm-sync" aria-labelledby="tm-sync-title">
      <h3 id="tm-sync-title">Sync through WebDAV</h3>
      {stored ? (
        <p class="tm-muted">
          With {stored.folder || '/'} on {new URL(stored.url).host} as {stored.user || 'no user'}{stored.passphrase ? ', end-to-end encrypted' : ''}.
        </p>
      ) : (
        <p class="tm-muted">Off. Keep your notes in step across browsers through a folder on your own WebDAV server (Nextcloud, ownCloud, a NAS).</p>
      )}
      <SyncStatusLine />
      {stored && (
        <button type="button" onClick={() => void syncNow()} disabled={running}>
          {running ? 'Syncing…' : 'Sync now'}
        </button>
      )}
      {error && <p class="tm-error" role="alert">{error}</p>}
      {settings.status === 'ready' && <SettingsSection stored={stored} />}
    </section>
  );
}
