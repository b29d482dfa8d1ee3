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
