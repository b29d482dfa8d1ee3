import { send } from '../../protocol/send';
import { FRAGMENT_KEY } from '../../share/limits';
import { withoutFragment } from '../../share/fragment';

/**
 * A share link opened on its schedule page. Nothing is asked in the page, where its scripts could hide the question
 * or answer it: the background reads the link from the tab's URL as the browser reports it and asks in an extension
 * window. Once it has, the fragment leaves the address bar, so it is not bookmarked or screenshotted by accident.
 */
export function offerSharedPicks(): void {
  if (!location.hash.startsWith(`#${FRAGMENT_KEY}=`)) return;
  const clear = () => history.replaceState(history.state, '', withoutFragment(location.href));
  send({ type: 'colleagues/offer' }).then(clear, clear);
}
