import { useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import { setAsideBy, suggestedChoice, type Clash } from '../../lib/plan/clashes';
import type { PlanItem } from '../../lib/plan/items';
import { Alternatives } from './Alternatives';
import { Lane } from './Lane';
import { PlanItemRow } from './PlanItemRow';
import { span } from './plan-format';
import { errorMessage } from '../../lib/util/errors';
import { offerUndo } from '../ui/UndoToast';

interface Props {
  clash: Clash;
  /** Talks set aside earlier for one of these, folded under it. */
  alternatives: ReadonlyMap<string, PlanItem[]>;
  zone: string;
  onEdit: (item: PlanItem) => void;
}

/**
 * Starred things at the same time, and a way out: choose one; what overlaps it keeps its star as an
 * alternative or loses it (the user says which), and can go on the watch-later list.
 */
export function ClashBox({ clash, alternatives, zone, onEdit }: Props) {
  const [mode, setMode] = useState<'alternative' | 'unstar'>('alternative');
  const [watchLater, setWatchLater] = useState(true);
  const [error, setError] = useState('');
  const suggested = suggestedChoice(clash);
  const when = span(clash.start, clash.end, zone);
  const choose = async (item: PlanItem) => {
    try {
      const aside = setAsideBy(item, clash);
      const { undo } = await send({ type: 'plan/choose', chosen: item.ref, setAside: aside.map((i) => i.ref), mode, watchLater });
      setError('');
      offerUndo(`Chose “${item.title}”; ${aside.length === 1 ? '1 talk' : `${aside.length} talks`} set aside.`, undo);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const name = `tm-clash-${clash.start}-${clash.items[0]!.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <div class="tm-clash" role="group" aria-label={`Clash ${when}: ${clash.items.length} at once`}>
      <p class="tm-clash-head">
        <strong>Clash</strong> {when}: {clash.items.length} at once.
        {suggested && <> Your priorities suggest “{suggested.title}”.</>}
      </p>
      <ul>
        {clash.items.map((item) => (
          <li key={item.id} class={item === suggested ? 'tm-suggested' : ''}>
            <PlanItemRow item={item} zone={zone} onEdit={onEdit}>
              <button type="button" class="tm-choose" onClick={() => void choose(item)}>
                Choose <span class="tm-sr">{item.title}</span>
              </button>
            </PlanItemRow>
            <Lane item={item} run={clash.run} />
            <Alternatives host={item} items={alternatives.get(item.id)} zone={zone} onEdit={onEdit} />
          </li>
        ))}
      </ul>
      <div class="tm-clash-options">
        <span id={`${name}-label`}>The others:</span>
        <span role="radiogroup" aria-labelledby={`${name}-label`}>
          <label>
            <input type="radio" name={name} checked={mode === 'alternative'} onChange={() => setMode('alternative')} /> stay starred, as
            alternatives
          </label>
          <label>
            <input type="radio" name={name} checked={mode === 'unstar'} onChange={() => setMode('unstar')} /> are unstarred
          </label>
        </span>
        <label>
          <input type="checkbox" checked={watchLater} onChange={(e) => setWatchLater(e.currentTarget.checked)} /> add them to Watch later
        </label>
      </div>
      {error && <p role="alert" class="tm-error">Not changed: {error}</p>}
    </div>
  );
}
