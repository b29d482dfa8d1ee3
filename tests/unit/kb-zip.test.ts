import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../lib/export/kb/zip';
import { readZip } from '../support/unzip';

/** The zip a notes app user extracts: every file back, names in UTF-8, dated 1980-01-01 00:00. */
describe('the notes zip', () => {
  it('has the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('is an empty archive without files', async () => {
    const zip = await zipFiles([]);
    expect([...zip]).toEqual([0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]);
    expect(await readZip(zip)).toEqual([]);
  });

  it('stores what deflate would not shrink and deflates the rest, and reads back past sixteen files', async () => {
    const entries = Array.from({ length: 18 }, (_, i) => ({ path: `Talkmarks/é ${i}.md`, text: i % 2 ? 'x' : 'note '.repeat(50) }));
    const read = await readZip(await zipFiles(entries));
    expect(read.map((f) => [f.path, f.text])).toEqual(entries.map((e) => [e.path, e.text]));
    expect(read.map((f) => f.method)).toEqual(entries.map((_, i) => (i % 2 ? 0 : 8)));
  });

  it('marks names as UTF-8, needs version 2.0, and dates every entry 1980-01-01 00:00', async () => {
    const zip = await zipFiles([{ path: 'ü.md', text: 'a' }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(4, true)).toBe(20);
    expect(view.getUint16(6, true)).toBe(0x0800);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(33);
    expect(view.getUint32(14, true)).toBe(crc32(new TextEncoder().encode('a')));
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint16(26, true)).toBe(5);
    const central = zip.byteLength - 22 - (46 + 5);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect([view.getUint16(central + 4, true), view.getUint16(central + 6, true), view.getUint16(central + 8, true)]).toEqual([20, 20, 0x0800]);
    expect(view.getUint32(central + 42, true)).toBe(0);
    expect([view.getUint16(zip.byteLength - 14, true), view.getUint16(zip.byteLength - 12, true)]).toEqual([1, 1]);
    expect(view.getUint32(zip.byteLength - 10, true)).toBe(51);
    expect(view.getUint32(zip.byteLength - 6, true)).toBe(central);
  });
});
