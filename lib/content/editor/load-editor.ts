import { send } from '../../protocol/send';
import { takeEditor, type MountEditor } from './handoff';

let loading: Promise<MountEditor> | undefined;

/**
 * The session page editor, asked for the first time a page shows one: the background injects its script into this
 * frame, and it is there once the answer comes. A failure is not kept: the next editor asks again.
 */
export function loadEditor(): Promise<MountEditor> {
  if (!loading) {
    loading = send({ type: 'page/load-editor' }).then(() => {
      const mount = takeEditor();
      if (!mount) throw new Error('its script did not start');
      return mount;
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
