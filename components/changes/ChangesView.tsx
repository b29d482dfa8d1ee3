import { changeGroups } from '../../lib/db/change-rows';
import { getDb } from '../../lib/db/database';
import { useLive } from '../hooks/use-live';
import { ChangeGroups } from './ChangeGroups';

/**
 * The dashboard's Changes view (`#view=changes`): what the schedules moved, renamed or dropped among the sessions the
 * user picked, and what that did to the plan. A dismissed change leaves this list and stays in the session's history.
 */
export function ChangesView() {
  const live = useLive(() => changeGroups(getDb()), []);
  return (
    <section class="tm-changes-view" aria-labelledby="tm-changes-title">
      <h2 id="tm-changes-title">Changes to your sessions</h2>
      {live.status === 'loading' && <p class="tm-muted">Reading changes…</p>}
      {live.status === 'error' && <p role="alert">Could not read the changes: {live.error}</p>}
      {live.status === 'ready' && live.value.length === 0 && (
        <p class="tm-muted">
          No changes to the sessions you starred, rated, tagged or noted. When a schedule page or a re-imported file shows
          one of them at another time, in another room, under another title or no longer on the schedule, it is listed here.
        </p>
      )}
      {live.status === 'ready' && <ChangeGroups groups={live.value} headed />}
    </section>
  );
}
