/** The browser's own deflate (CompressionStream), raw: no zlib header, the smallest output for a link. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; error: string; tooLarge?: boolean };

/**
 * Inflates at most `max` bytes: the output is counted while it streams and decompression is cancelled as soon as it
 * goes past, so a few kilobytes that expand to gigabytes (a zip bomb) cost no more than `max`.
 */
export async function inflateRaw(bytes: Uint8Array, max: number): Promise<Inflated> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: `expands to more than ${Math.round(max / 1024 / 1024)} MB`, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: 'is damaged: its compressed data cannot be read (cut short or edited?)' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return { ok: true, bytes: out };
}
