import type { DbState } from '../../lib/db/open';
import { useDbState } from '../dashboard/use-db-state';

function message(state: DbState) {
  switch (state.status) {
    case 'read-only':
      return (
        <>
          <strong>Talkmarks could not upgrade its database</strong> ({state.reason}). Your notes are shown as they were,
          read-only: nothing can be changed here until this is fixed. Take a backup now with <em>Backup (JSON)</em> below.
        </>
      );
    case 'unavailable':
      return state.privateWindow ? (
        <>
          <strong>Talkmarks cannot keep notes in a private window</strong>: the browser gives extensions no database
          there. Open the dashboard from a normal window; your notes are kept there.
        </>
      ) : (
        <>
          <strong>Talkmarks cannot open its database</strong> ({state.reason}). Nothing was deleted; try closing other
          Talkmarks pages and reloading this one.
        </>
      );
    case 'outdated':
      return (
        <>
          <strong>Talkmarks was updated in another window.</strong> Reload this page to go on working with your notes.{' '}
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>
        </>
      );
    default:
      return null;
  }
}

/** Says plainly when the notes cannot be read or changed here, instead of showing an empty dashboard. */
export function DatabaseBanner() {
  const content = message(useDbState());
  return content ? (
    <p class="tm-banner" role="alert">
      {content}
    </p>
  ) : null;
}
