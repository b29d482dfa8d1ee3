import type { ChangeGroup } from '../../lib/db/change-rows';
import { ChangeItem } from './ChangeItem';
import { dismissChanges } from './dismiss';

interface Props {
  groups: readonly ChangeGroup[];
  /** Each conference's name as a heading; not when only one conference is shown (the popup). */
  headed: boolean;
}

/** Changes not yet dismissed, by conference, the newest first, with Dismiss all. */
export function ChangeGroups({ groups, headed }: Props) {
  const ids = groups.flatMap((g) => g.rows.map((r) => r.change.id!));
  if (!ids.length) return null;
  return (
    <>
      <div class="tm-actions">
        <button type="button" onClick={() => void dismissChanges(ids)}>
          {ids.length === 1 ? 'Dismiss all' : `Dismiss all ${ids.length} changes`}
        </button>
      </div>
      {groups.map((group) => (
        <section key={group.conference} aria-label={`Changes to ${group.name}`}>
          {headed && <h3>{group.name}</h3>}
          <ul class="tm-changes">
            {group.rows.map((row) => (
              <ChangeItem key={row.change.id} row={row} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
