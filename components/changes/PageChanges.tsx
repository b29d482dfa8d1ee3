import { changeGroups } from '../../lib/db/change-rows';
import { getDb } from '../../lib/db/database';
import { useLive } from '../hooks/use-live';
import { ChangeGroups } from './ChangeGroups';

/** The popup's list of changes to this conference's picks, at the top; nothing at all when there are none. */
export function PageChanges({ conference }: { conference: string }) {
  const live = useLive(() => changeGroups(getDb(), conference), [conference]);
  if (live.status !== 'ready' || !live.value.length) return null;
  return (
    <section class="tm-page-changes" aria-labelledby="tm-page-changes-title">
      <h2 id="tm-page-changes-title">Schedule changes</h2>
      <ChangeGroups groups={live.value} headed={false} />
    </section>
  );
}
