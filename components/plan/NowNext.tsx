import { getDb } from '../../lib/db/database';
import { loadPlan } from '../../lib/db/plan';
import { planItems, type PlanItem } from '../../lib/plan/items';
import { nowAndNext } from '../../lib/plan/now-next';
import { localTime, zoneAbbreviation } from '../../lib/util/time';
import { useClock, type Clock } from '../hooks/use-clock';
import { useLive, type Live } from '../hooks/use-live';
import { FirstScreenDone } from '../hooks/first-screen';
import { useContext, useMemo } from 'preact/hooks';
import { TitleLink } from '../session/TitleLink';
import { SharedProfileReads, type ProfileReads } from '../dashboard/profile-reads';

const iso = (ms: number) => new Date(ms).toISOString();

function when(item: PlanItem): string {
  const end = item.endAssumed ? '' : `–${localTime(iso(item.end), item.timeZone)}`;
  return `${localTime(iso(item.start), item.timeZone)}${end} ${zoneAbbreviation(iso(item.start), item.timeZone)}`;
}

function minutesUntil(item: PlanItem, now: number): string {
  const minutes = Math.ceil((item.start - now) / 60_000);
  return minutes < 60 ? `in ${minutes} min` : `in ${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

function Item({ item }: { item: PlanItem }) {
  const url = item.entry?.url;
  return (
    <li>
      <span class="tm-when">{when(item)}</span>{' '}
      <TitleLink title={item.title} url={url} />
      {item.place && <span class="tm-muted-inline"> · {item.place}</span>}
    </li>
  );
}

/** The planned talks and own items on now and next: shown only when there are some. */
export function NowNext({ items, clock }: { items: readonly PlanItem[]; clock?: Clock }) {
  const now = useClock(clock);
  // Worked out again when the plan or the minute changes, not on every render of the page around it (each keystroke).
  const { now: current, next } = useMemo(() => nowAndNext(items, now), [items, now]);
  if (!current.length && !next.length) return null;
  return (
    <section class="tm-now-next" aria-label="Now and next">
      {current.length > 0 && (
        <div>
          <h2>Now</h2>
          <ul>{current.map((i) => <Item key={i.id} item={i} />)}</ul>
        </div>
      )}
      {next.length > 0 && (
        <div>
          <h2>Next, {minutesUntil(next[0]!, now)}</h2>
          <ul>{next.map((i) => <Item key={i.id} item={i} />)}</ul>
        </div>
      )}
    </section>
  );
}

/** Now and next from the database, across every conference (popup header, dashboard top). */
export function LiveNowNext({ clock }: { clock?: Clock }) {
  // On the dashboard the plan comes from the reads it shares; elsewhere from a read of the starred sessions alone.
  const shared = useContext(SharedProfileReads);
  const done = useContext(FirstScreenDone);
  const read = useLive(() => loadPlan(getDb()), [], done && !shared);
  const planned = useMemo(() => shared && sharedPlan(shared), [shared?.annotated, shared?.ownItems]);
  const plan = planned ?? read;
  return plan.status === 'ready' ? <NowNext items={plan.value} clock={clock} /> : null;
}

/** The plan of every conference (starred talks with a time, own items) as the dashboard's shared reads give it. */
function sharedPlan({ annotated, ownItems }: ProfileReads): Live<PlanItem[]> {
  if (annotated.status !== 'ready') return annotated;
  if (ownItems.status !== 'ready') return ownItems;
  return { status: 'ready', value: planItems(annotated.value.filter((s) => s.annotation.starred), ownItems.value) };
}
