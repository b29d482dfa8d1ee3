import type { ComponentChildren } from 'preact';
import { send } from '../../lib/protocol/send';
import { backInPlanPatch, type PlanItem } from '../../lib/plan/items';
import { patchSession } from '../session/actions';
import { priorityLabel } from '../session/PlanControls';
import { span } from './plan-format';
import { TitleLink } from '../session/TitleLink';
import { offerUndo } from '../ui/UndoToast';
import type { OwnItem } from '../../lib/model/schema';

interface Props {
  item: PlanItem;
  zone: string;
  onEdit?: (item: PlanItem) => void;
  children?: ComponentChildren;
}

/**
 * Puts an alternative back in the plan as it was before it was set aside: it may clash again, and the user decides
 * again. The watch-later mark the set-aside added goes with it; one the user set before stays.
 */
function restore(item: PlanItem) {
  if (item.own) return send({ type: 'own/put', item: { ...item.own, alternative: false } });
  return patchSession(item.entry!, backInPlanPatch(item.annotation));
}

/** Deletes at once, with Undo: asking first would be one more click on every delete. */
async function remove(own: OwnItem) {
  const { undo } = await send({ type: 'own/delete', id: own.id });
  offerUndo(`Deleted “${own.title}”${own.note.trim() ? ' and its note' : ''}.`, undo);
}

/** One talk or own item of the plan: time, title, place, priority; own items can be edited or deleted. */
export function PlanItemRow({ item, zone, onEdit, children }: Props) {
  const url = item.entry?.url;
  return (
    <div class={`tm-plan-item${item.alternative ? ' tm-alternative' : ''}${item.own ? ' tm-own' : ''}`}>
      <span class="tm-when">
        {span(item.start, item.end, zone)}
        {item.endAssumed && <span class="tm-muted-inline" title="The schedule gives no end time"> (end assumed)</span>}
      </span>
      <span class="tm-what">
        <TitleLink title={item.title} url={url} />
        {item.place && <span class="tm-muted-inline"> · {item.place}</span>}
        {item.own && <span class="tm-badge">Own item</span>}
        {item.priority && <span class={`tm-badge tm-badge-${item.priority}`}>{priorityLabel[item.priority]}</span>}
        {item.alternative && <span class="tm-badge tm-badge-alternative">Alternative</span>}
      </span>
      <span class="tm-actions">
        {children}
        {item.alternative && (
          <button type="button" aria-label={`Back in the plan: ${item.title}`} onClick={() => void restore(item)}>
            Back in the plan
          </button>
        )}
        {item.own && onEdit && (
          <>
            <button type="button" aria-label={`Edit ${item.title}`} onClick={() => onEdit(item)}>
              Edit
            </button>
            <button type="button" aria-label={`Delete ${item.title}`} onClick={() => void remove(item.own!)}>
              Delete
            </button>
          </>
        )}
      </span>
    </div>
  );
}
