import { FRAGMENT_KEY, MAX_TOKEN_CHARS, sizeText } from './limits';

export type Fragment = { token: string } | { error: string };

/**
 * The share token in a URL fragment, if the fragment is one of ours (`#talkmarks=…`), else undefined.
 * An oversized fragment is answered here, before anything is decoded or sent. No zod: the content script uses it.
 */
export function shareFragment(hash: string): Fragment | undefined {
  const prefix = `#${FRAGMENT_KEY}=`;
  if (!hash.startsWith(prefix)) return undefined;
  const token = hash.slice(prefix.length);
  if (token.length > MAX_TOKEN_CHARS) {
    return { error: `The link is ${sizeText(token.length)} long; Talkmarks reads shared picks up to ${sizeText(MAX_TOKEN_CHARS)}. Ask for the .talkmarks.json file instead.` };
  }
  return { token };
}

/** The URL without its fragment: what the address bar keeps once the picks are read. */
export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/** The link to a schedule page with the picks in its fragment (which browsers never send to the server). */
export function shareLink(pageUrl: string, token: string): string {
  return `${withoutFragment(pageUrl)}#${FRAGMENT_KEY}=${token}`;
}
