import { z } from 'zod';
import { fromBase64url, toBase64url } from '../share/base64url';
import { deflateRaw, inflateRaw } from '../share/deflate';

/**
 * End-to-end encryption of a sync file with a passphrase: PBKDF2-HMAC-SHA-256 (OWASP's Password Storage Cheat Sheet
 * asks for 600,000 iterations since 2023) derives an AES-GCM key; the salt and parameters are in the file's header,
 * which is also the cipher's additional data, so none of them can be changed unnoticed. The text is compressed first
 * (ciphertext does not compress) and inflated again with a ceiling, so a sealed bomb costs no more than that.
 */
export const SEALED_FORMAT = 'talkmarks-sealed';
export const KDF_ITERATIONS = 600_000;

const Base64url = z.string().max(100_000_000).regex(/^[A-Za-z0-9_-]*$/);
export const SealedFile = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1),
  // Bounded both ways: fewer would be weak, many more a hostile file's way to keep the service worker busy.
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(5_000_000), salt: Base64url.min(22).max(100) }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64url.length(16) }),
  data: Base64url,
});
type SealedFile = z.infer<typeof SealedFile>;

const bytesOf = (text: string) => (fromBase64url(text) as { ok: true; bytes: Uint8Array }).bytes;
const aad = ({ format, version, kdf, cipher }: SealedFile) =>
  new TextEncoder().encode(`${format}|${version}|${kdf.name}|${kdf.hash}|${kdf.iterations}|${kdf.salt}|${cipher.name}|${cipher.iv}`);

async function deriveKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: bytesOf(salt) as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The keys of one passphrase: this device's (one salt while the service worker lives) and those of other devices'
 * files by their salt. A derivation takes about half a second on purpose; each is done once, not at every sync.
 */
export interface Keyring {
  seal(text: string): Promise<string>;
  open(file: SealedFile): Promise<Uint8Array | undefined>;
}

export function createKeyring(passphrase: string, iterations = KDF_ITERATIONS): Keyring {
  const keys = new Map<string, Promise<CryptoKey>>();
  const key = (salt: string, rounds: number) => {
    const id = `${rounds}:${salt}`;
    if (!keys.has(id)) keys.set(id, deriveKey(passphrase, salt, rounds));
    return keys.get(id)!;
  };
  const ownSalt = toBase64url(crypto.getRandomValues(new Uint8Array(16)));
  return {
    async seal(text) {
      const header: SealedFile = {
        format: SEALED_FORMAT,
        version: 1,
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: ownSalt },
        cipher: { name: 'AES-GCM', iv: toBase64url(crypto.getRandomValues(new Uint8Array(12))) },
        data: '',
      };
      const plain = await deflateRaw(new TextEncoder().encode(text));
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: bytesOf(header.cipher.iv) as BufferSource, additionalData: aad(header) as BufferSource }, await key(ownSalt, iterations), plain as BufferSource);
      return `${JSON.stringify({ ...header, data: toBase64url(new Uint8Array(sealed)) })}\n`;
    },
    /** The compressed text, or undefined when this passphrase does not open it (or the file was changed). */
    async open(file) {
      try {
        const params = { name: 'AES-GCM', iv: bytesOf(file.cipher.iv) as BufferSource, additionalData: aad(file) as BufferSource };
        return new Uint8Array(await crypto.subtle.decrypt(params, await key(file.kdf.salt, file.kdf.iterations), bytesOf(file.data) as BufferSource));
      } catch {
        return undefined;
      }
    },
  };
}

let cached: { passphrase: string; ring: Keyring } | undefined;
/** The keyring of this passphrase, kept while the service worker lives (another passphrase starts a new one). */
export function keyringOf(passphrase: string): Keyring {
  if (cached?.passphrase !== passphrase) cached = { passphrase, ring: createKeyring(passphrase) };
  return cached.ring;
}

export type Unsealed = { ok: true; text: string; sealed: boolean } | { ok: false; error: string; wrongPassphrase?: true };

/**
 * A file's text as the server holds it → the text inside. A sealed file needs the passphrase; with one set, a file
 * that is not sealed is refused (the server could have put it there). Never throws.
 */
export async function unseal(text: string, ring: Keyring | undefined, maxBytes: number): Promise<Unsealed> {
  const looksSealed = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${SEALED_FORMAT}"`).test(text);
  if (!looksSealed) return ring ? { ok: false, error: 'is not encrypted, but this folder has a passphrase here: turn encryption on on that device too' } : { ok: true, text, sealed: false };
  if (!ring) return { ok: false, error: 'is encrypted: give the folder\'s passphrase in Sync settings to read it', wrongPassphrase: true };
  let parsed: SealedFile;
  try {
    const result = SealedFile.safeParse(JSON.parse(text));
    if (!result.success) return { ok: false, error: 'is an encrypted file Talkmarks cannot read (its header is damaged or of another kind)' };
    parsed = result.data;
  } catch {
    return { ok: false, error: 'is an encrypted file cut short or damaged (not JSON)' };
  }
  const opened = await ring.open(parsed);
  if (opened === undefined) return { ok: false, error: 'does not open with this passphrase: a wrong passphrase, or the file was changed on the server', wrongPassphrase: true };
  const inflated = await inflateRaw(opened, maxBytes);
  if (!inflated.ok) return { ok: false, error: inflated.error };
  return { ok: true, text: new TextDecoder().decode(inflated.bytes), sealed: true };
}
