import { historyOf } from '../../lib/db/changes';
import { getDb } from '../../lib/db/database';
import { changeLabel } from '../../lib/model/change-label';
import { useLive } from '../hooks/use-live';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Everything the schedule changed about one session, dismissed changes included: shown in its row's editor. */
export function SessionHistory({ sessionKey }: { sessionKey: string }) {
  const live = useLive(() => historyOf(getDb(), sessionKey), [sessionKey]);
  if (live.status !== 'ready' || !live.value.length) return null;
  return (
    <section class="tm-history" aria-label="Schedule changes to this session">
      <h4>Schedule changes</h4>
      <ul>
        {live.value.map((c) => (
          <li key={c.id}>
            {changeLabel(c)} <span class="tm-muted">(seen {when.format(c.seenAt)}{c.dismissedAt !== undefined ? ', dismissed' : ''})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
