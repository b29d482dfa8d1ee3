import { send } from '../messaging';
import { shareFragment, withoutFragment } from '../share/fragment';
import type { SharePreview } from '../share/protocol';
import { includedText, initials, picksText } from '../share/words';
import { nameText, showPrompt, type PromptContent } from './share-prompt';

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function failed(error: string): PromptContent {
  return { role: 'alert', title: ['Talkmarks could not show the picks shared in this link'], detail: error, actions: [{ label: 'Close' }] };
}

function ask(p: SharePreview, conferenceName: string, accept: () => Promise<PromptContent>): PromptContent {
  const shown = `They show beside the sessions as “${initials(p.name)}”; your own stars and notes stay as they are.`;
  const what = `Shared ${day(p.sharedAt)}, with ${includedText(p.include)}.`;
  if (!p.existing) {
    return {
      role: 'dialog',
      title: ['Show ', nameText(p.name), `'s ${picksText(p.count)} for ${conferenceName} on this schedule?`],
      detail: `${what} ${shown}`,
      actions: [{ label: 'Show picks', primary: true, run: accept }, { label: 'Not now' }],
    };
  }
  const older = p.sharedAt < p.existing.sharedAt ? 'This link is older than the picks you have. ' : '';
  return {
    role: 'dialog',
    title: ['Replace ', nameText(p.existing.name), `'s ${picksText(p.existing.count)} (shared ${day(p.existing.sharedAt)}) with the ${picksText(p.count)} in this link?`],
    detail: `${older}${what} ${shown}`,
    actions: [{ label: 'Replace', primary: true, run: accept }, { label: 'Keep the ones I have' }],
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
      (error: unknown) => failed(message(error)),
    );
  send({ type: 'colleagues/preview', source }).then(
    (preview) => showPrompt(ask(preview, conferenceName, accept), signal),
    (error: unknown) => showPrompt(failed(message(error)), signal),
  );
}
