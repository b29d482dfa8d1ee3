import { getDb } from '../../lib/db/database';
import { knownDevices, syncStatus } from '../../lib/db/sync';
import { deviceLabel } from '../../lib/merge/sync-note';
import { useLive } from '../hooks/use-live';

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The last sync, always in view: when it last worked, what came in and went out, the last error in words. */
export function SyncStatusLine() {
  const status = useLive(() => syncStatus(getDb()), []);
  const devices = useLive(() => knownDevices(getDb()), []);
  if (status.status !== 'ready' || !status.value) return null;
  const s = status.value;
  return (
    <div class="tm-sync-status" data-at={s.at}>
      <p role="status">
        {s.lastSuccess ? `Last sync: ${when(s.lastSuccess)}` : 'Not synced yet'}
        {s.ok && `: ${s.received} in, ${s.sent} out, ${s.devices} other device${s.devices === 1 ? '' : 's'}${s.colleagues === undefined ? '' : `, ${s.colleagues} in the team folder`}.`}
      </p>
      {s.error && (
        <p class="tm-error" role="alert">
          Sync at {when(s.at)} failed: {s.error}
        </p>
      )}
      {devices.status === 'ready' && devices.value.length > 0 && (
        <ul class="tm-sync-devices" aria-label="Other devices">
          {devices.value.map((d) => (
            <li key={d.device}>
              {deviceLabel(d.device)}: file changed {when(d.writtenAt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
