/** `address` (relative to `base`) as an http(s) URL, or undefined: the only pages Talkmarks links to or reads. */
export function webUrl(address: string | URL, base?: string | URL): URL | undefined {
  try {
    const url = new URL(address, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
