import type { DayPlan } from '../../lib/plan/clashes';
import type { PlanItem } from '../../lib/plan/items';
import { localTime, longDay } from '../../lib/util/time';
import { Alternatives } from './Alternatives';
import { ClashBox } from './ClashBox';
import { PlanItemRow } from './PlanItemRow';
import { duration, span } from './plan-format';

interface Props {
  day: DayPlan;
  zone: string;
  onEdit: (item: PlanItem) => void;
  /** "+ Add" on a free gap: the own-item form with that day and those times filled in. */
  onAdd: (slot: { day: string; from: string; to: string }) => void;
}

const clock = (ms: number, zone: string) => localTime(new Date(ms).toISOString(), zone);

/** One event-local day of the plan: items and clashes in time order, with the free gaps between them. */
export function Timeline({ day, zone, onEdit, onAdd }: Props) {
  const id = `tm-day-${day.day}`;
  const clashes = day.blocks.filter((b) => b.kind === 'clash').length;
  return (
    <section class="tm-timeline-day" aria-labelledby={id}>
      <h3 id={id}>
        {longDay(day.day)}
        {clashes > 0 && <span class="tm-badge tm-badge-clash">{clashes === 1 ? '1 clash' : `${clashes} clashes`}</span>}
      </h3>
      <ol class="tm-timeline">
        {day.blocks.map((block) =>
          block.kind === 'gap' ? (
            <li key={`gap-${block.start}`} class="tm-gap">
              Free {span(block.start, block.end, zone)} ({duration(block.end - block.start)}){' '}
              <button type="button" class="tm-gap-add" onClick={() => onAdd({ day: day.day, from: clock(block.start, zone), to: clock(block.end, zone) })}>
                + Add<span class="tm-sr"> your own item {span(block.start, block.end, zone)}</span>
              </button>
            </li>
          ) : block.kind === 'clash' ? (
            <li key={`clash-${block.clash.start}-${block.clash.items[0]!.id}`}>
              <ClashBox clash={block.clash} alternatives={day.alternatives} zone={zone} onEdit={onEdit} />
            </li>
          ) : (
            <li key={block.item.id}>
              <PlanItemRow item={block.item} zone={zone} onEdit={onEdit} />
              <Alternatives host={block.item} items={day.alternatives.get(block.item.id)} zone={zone} onEdit={onEdit} />
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
