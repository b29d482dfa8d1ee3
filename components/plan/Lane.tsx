import type { PlanItem } from '../../lib/plan/items';

/**
 * One item's bar on the time axis of its clash: where a long tutorial overlaps two decisions, the bars show at a
 * glance which talks it rules out. Drawn only; the row's text says the same times.
 */
export function Lane({ item, run }: { item: PlanItem; run: readonly PlanItem[] }) {
  const from = Math.min(...run.map((i) => i.start));
  const length = Math.max(...run.map((i) => i.end)) - from;
  if (!(length > 0)) return null;
  const left = ((item.start - from) / length) * 100;
  const width = ((item.end - item.start) / length) * 100;
  return (
    <div class="tm-lane" aria-hidden="true">
      <span style={{ left: `${left}%`, width: `${width}%` }} />
    </div>
  );
}
