import { send } from '../../protocol/send';
import { shareFragment, withoutFragment } from '../../share/fragment';
import type { SharePreview } from '../../protocol/share-messages';
import { picksText, promptWords } from '../../share/words';
import { nameText, showPrompt, type PromptContent } from './prompt';
import { errorMessage } from '../../util/errors';

function failed(error: string): PromptContent {
  return { role: 'alert', title: ['Talkmarks could not show the picks shared in this link'], detail: error, actions: [{ label: 'Close' }] };
}

function ask(preview: SharePreview, conferenceName: string, accept: () => Promise<PromptContent>): PromptContent {
  const w = promptWords(preview, conferenceName);
  return {
    role: 'dialog',
    title: [w.lead, nameText(w.name), w.rest],
    detail: w.detail,
    actions: [{ label: w.accept, primary: true, run: accept }, { label: w.decline }],
  };
}

/**
 * A share link opened on its schedule page: the fragment is taken out of the address bar at once (so it is not
 * bookmarked or screenshotted by accident), the background decodes and checks it, and the user decides in the page.
 */
export function receiveSharedPicks(conferenceName: string, signal: AbortSignal): void {
  const fragment = shareFragment(location.hash);
  if (!fragment) return;
  history.replaceState(history.state, '', withoutFragment(location.href));
  if ('error' in fragment) return showPrompt(failed(fragment.error), signal);
  const source = { token: fragment.token };
  const accept = () =>
    send({ type: 'colleagues/accept', source }).then(
      (stored): PromptContent => ({
        role: 'status',
        title: [`Showing ${picksText(stored.count)} on this schedule.`],
        detail: 'Hide or remove them on the Talkmarks dashboard, under “Colleagues”.',
        actions: [{ label: 'Close', primary: true }],
      }),
      (error: unknown) => failed(errorMessage(error)),
    );
  send({ type: 'colleagues/preview', source }).then(
    (preview) => showPrompt(ask(preview, conferenceName, accept), signal),
    (error: unknown) => showPrompt(failed(errorMessage(error)), signal),
  );
}
