import { browser } from 'wxt/browser';

/** The first-run page opens once, on install; this line is the way back to it. */
export function WelcomeLine() {
  return (
    <p class="tm-welcome-line">
      <a href={browser.runtime.getURL('/dashboard.html#view=welcome')} target="_blank" rel="noopener">
        Getting started
      </a>
      : what Talkmarks does, the keys, where your notes live.
    </p>
  );
}
