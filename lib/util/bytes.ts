const encoder = new TextEncoder();

/** UTF-8 bytes of a text: what it weighs on disk and in a message, whatever its script. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** UTF-8 bytes of a value's JSON: how much a record weighs. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** The longest start of `text` within `max` UTF-8 bytes; never splits a character. */
export function clipBytes(text: string, max: number): string {
  if (text.length * 3 <= max) return text;
  const { read } = encoder.encodeInto(text, new Uint8Array(max));
  return text.slice(0, read);
}

/** A size for people to read: `16 MB`, `64 KB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1048576) return `${+(bytes / 1048576).toFixed(1)} MB`;
  return bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}
