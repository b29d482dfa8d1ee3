import type { ComponentChildren } from 'preact';
import { dayAxis } from '../../lib/plan/axis';
import type { Block, DayPlan } from '../../lib/plan/clashes';
import type { PlanItem } from '../../lib/plan/items';
import { longDay, zoneOffsetMinutes } from '../../lib/util/time';
import { Alternatives } from './Alternatives';
import { AxisCell } from './AxisCell';
import { ClashBox } from './ClashBox';
import { PlanItemRow } from './PlanItemRow';
import { clock, duration, span } from './plan-format';

/** Where "+ Add" or Edit opened the own-item form: at the day's head, in a free gap, or at an item. */
export type FormPlace = 'day' | `gap:${number}` | `item:${string}`;

export interface AddSlot {
  day: string;
  at: FormPlace;
  from?: string;
  to?: string;
}

interface Props {
  day: DayPlan;
  zone: string;
  onEdit: (item: PlanItem) => void;
  /** "+ Add" on the day or a free gap: the own-item form there, with that day (and the gap's times) filled in. */
  onAdd: (slot: AddSlot) => void;
  /** The open own-item form, drawn where it was opened. */
  form?: { at: FormPlace; node: ComponentChildren };
}

/** Whether an item is the block's, or folded under one of the block's items, so its Edit opens the form here. */
function holds(block: Block, id: string, alternatives: DayPlan['alternatives']): boolean {
  if (block.kind === 'gap') return false;
  const items = block.kind === 'item' ? [block.item] : block.clash.items;
  return items.some((i) => i.id === id || alternatives.get(i.id)?.some((a) => a.id === id));
}

const blockKey = (block: Block) =>
  block.kind === 'gap' ? `gap-${block.start}` : block.kind === 'clash' ? `clash-${block.clash.start}-${block.clash.items[0]!.id}` : block.item.id;

/**
 * One event-local day of the plan: items and clashes in time order (the keyboard's order too), with the free gaps
 * between them, along a time axis with the hours at the side and the overlaps in lanes.
 */
export function Timeline({ day, zone, onEdit, onAdd, form }: Props) {
  const id = `tm-day-${day.day}`;
  const clashes = day.blocks.filter((b) => b.kind === 'clash').length;
  const axis = dayAxis(day.blocks, (ms) => zoneOffsetMinutes(ms, zone) * 60_000);
  const formAt = (block: Block) => {
    if (!form) return null;
    const here = block.kind === 'gap' ? form.at === `gap:${block.start}` : form.at.startsWith('item:') && holds(block, form.at.slice(5), day.alternatives);
    return here ? form.node : null;
  };
  return (
    <section class="tm-timeline-day" aria-labelledby={id}>
      <div class="tm-day-head">
        <h3 id={id}>
          {longDay(day.day)}
          {clashes > 0 && <span class="tm-badge tm-badge-clash">{clashes === 1 ? '1 clash' : `${clashes} clashes`}</span>}
        </h3>
        <button type="button" class="tm-day-add" id={`tm-add-${day.day}`} onClick={() => onAdd({ day: day.day, at: 'day' })}>
          + Add<span class="tm-sr"> your own item on {longDay(day.day)}</span>
        </button>
      </div>
      {form?.at === 'day' && form.node}
      <ol class="tm-timeline">
        {day.blocks.map((block, i) => {
          const cell = axis.cells[i]!;
          const minutes = (cell.end - cell.start) / 60_000;
          return (
            <li key={blockKey(block)} class="tm-axis-row" style={{ '--tm-minutes': String(Math.min(minutes, 240)) }}>
              <AxisCell cell={cell} zone={zone} lanes={axis.lanes} />
              <div class={`tm-axis-content${block.kind === 'gap' ? ' tm-gap' : ''}`}>
                {block.kind === 'gap' ? (
                  <>
                    Free {span(block.start, block.end, zone)} ({duration(block.end - block.start)}){' '}
                    <button
                      type="button"
                      class="tm-gap-add"
                      onClick={() => onAdd({ day: day.day, at: `gap:${block.start}`, from: clock(block.start, zone), to: clock(block.end, zone) })}
                    >
                      + Add<span class="tm-sr"> your own item {span(block.start, block.end, zone)}</span>
                    </button>
                  </>
                ) : block.kind === 'clash' ? (
                  <ClashBox clash={block.clash} alternatives={day.alternatives} zone={zone} onEdit={onEdit} />
                ) : (
                  <>
                    <PlanItemRow item={block.item} zone={zone} onEdit={onEdit} />
                    <Alternatives host={block.item} items={day.alternatives.get(block.item.id)} zone={zone} onEdit={onEdit} />
                  </>
                )}
                {formAt(block)}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
