import { send } from '../../lib/protocol/send';

/** Dismissing goes through the background, which writes it and takes the marks off the schedule tabs. */
export function dismissChanges(ids: readonly number[]) {
  return send({ type: 'changes/dismiss', ids: [...ids] });
}
