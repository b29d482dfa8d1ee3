import { useState } from 'preact/hooks';
import type { PlanItem } from '../../lib/plan/items';
import { PlanItemRow } from './PlanItemRow';

interface Props {
  /** The talk or item chosen over them. */
  host: PlanItem;
  items: readonly PlanItem[] | undefined;
  zone: string;
  onEdit: (item: PlanItem) => void;
}

/**
 * The talks set aside for one choice, folded under it ("3 alternatives ▸"): the day reads as what the user
 * attends, and each alternative is one click away with its "Back in the plan".
 */
export function Alternatives({ host, items, zone, onEdit }: Props) {
  const [open, setOpen] = useState(false);
  if (!items?.length) return null;
  const id = `tm-alternatives-${host.id}`;
  const count = items.length === 1 ? '1 alternative' : `${items.length} alternatives`;
  return (
    <div class="tm-alternatives">
      <button type="button" class="tm-alternatives-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {count} {open ? '▾' : '▸'}
        <span class="tm-sr"> to {host.title}</span>
      </button>
      <ul id={id} hidden={!open}>
        {items.map((item) => (
          <li key={item.id}>
            <PlanItemRow item={item} zone={zone} onEdit={onEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}
