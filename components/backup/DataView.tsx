import { BackupPanel } from './BackupPanel';
import { SyncPanel } from '../sync/SyncPanel';

/**
 * The Data view: what is stored, backup and restore, and sync. Apart from the other views so that the first thing a
 * new user reads is what Talkmarks does, not how many kilobytes it keeps.
 */
export function DataView() {
  return (
    <section class="tm-view" aria-labelledby="tm-data-view-title">
      <h2 id="tm-data-view-title">Your data</h2>
      <p class="tm-lead">
        Everything you add stays in this browser, in the extension&apos;s own database: no account, no server. A backup
        file or sync through your own WebDAV folder takes it to another browser or keeps it safe.
      </p>
      <BackupPanel />
      <SyncPanel />
    </section>
  );
}
