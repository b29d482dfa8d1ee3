/** Base64url without padding (RFC 4648 §5): safe in a URL fragment as it is, no escaping by chat apps. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** Strict: any character outside the alphabet, or a length no encoder writes, is named rather than skipped. */
export function fromBase64url(text: string): Decoded {
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    const shown = JSON.stringify(bad[0]).slice(1, -1);
    return { ok: false, error: `has the character "${shown}" at position ${bad.index + 1}, which a Talkmarks link never holds (cut or edited?)` };
  }
  if (text.length % 4 === 1) return { ok: false, error: 'is cut short or has a character too many' };
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, bytes };
}
