import { describe, expect, it } from 'vitest';
import { createKeyring, KDF_ITERATIONS, unseal } from '../../lib/sync/crypto';
import { deviceFileJson, readDeviceFile } from '../../lib/sync/file';

const MB = 1024 * 1024;
const note = 'Secret take-away: the vendor roadmap slips to Q3.';
const clocks = { device: 'aaaaaaaaaa', writtenAt: 5, tags: {}, notes: {}, readAt: {}, removedOwnItems: {} };
const annotation = {
  key: 'sched:demo2026:a1', conference: 'sched:demo2026', starred: true, rating: 4, tags: ['roadmap'], note,
  priority: null, alternative: false, watchLater: false, updatedAt: 5, fieldUpdatedAt: { note: 5 },
};
const plain = deviceFileJson(clocks, { conferences: [], sessions: [], annotations: [annotation as never], ownItems: [] });

describe('end-to-end encryption of a device file', () => {
  it('the server gets only ciphertext with the salt and parameters in the header; the same passphrase reads it back', async () => {
    const sealed = await createKeyring('correct horse battery').seal(plain);
    expect(sealed).not.toContain('Secret');
    expect(sealed).not.toContain('roadmap');
    expect(sealed).not.toContain('sched:demo2026');
    const header = JSON.parse(sealed);
    expect(header).toMatchObject({ format: 'talkmarks-sealed', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
    expect(KDF_ITERATIONS).toBe(600_000);
    // Another device (another keyring, same passphrase) opens it: the key comes from the header's salt.
    const opened = await unseal(sealed, createKeyring('correct horse battery'), 32 * MB);
    expect(opened).toEqual({ ok: true, text: plain, sealed: true });
    const read = readDeviceFile(opened.ok ? opened.text : '');
    expect(read.ok && read.file.annotations[0]!.note).toBe(note);
  });

  it('a wrong passphrase, a changed header or ciphertext are told apart from a broken file, and never read', async () => {
    const sealed = await createKeyring('correct horse battery', 100_000).seal(plain);
    expect(await unseal(sealed, createKeyring('wrong horse battery'), 32 * MB)).toMatchObject({ ok: false, wrongPassphrase: true, error: expect.stringContaining('wrong passphrase') });
    const file = JSON.parse(sealed);
    const ring = createKeyring('correct horse battery');
    // The parameters are the cipher's additional data: lowering the iterations (or any header change) fails.
    expect(await unseal(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 100_001 } }), ring, 32 * MB)).toMatchObject({ ok: false, wrongPassphrase: true });
    const flipped = (file.data[10] === 'A' ? 'B' : 'A');
    expect(await unseal(JSON.stringify({ ...file, data: file.data.slice(0, 10) + flipped + file.data.slice(11) }), ring, 32 * MB)).toMatchObject({ ok: false, wrongPassphrase: true });
    expect(await unseal(sealed.slice(0, sealed.length / 2), ring, 32 * MB)).toMatchObject({ ok: false, error: expect.stringContaining('cut short') });
    // A hostile header asking for a billion iterations would keep the service worker busy: refused unread.
    expect(await unseal(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1e9 } }), ring, 32 * MB)).toMatchObject({ ok: false, error: expect.stringContaining('header') });
  });

  it('with a passphrase set a plain file is refused; without one an encrypted file asks for it', async () => {
    expect(await unseal(plain, createKeyring('correct horse battery'), 32 * MB)).toMatchObject({ ok: false, error: expect.stringContaining('not encrypted') });
    expect(await unseal(plain, undefined, 32 * MB)).toEqual({ ok: true, text: plain, sealed: false });
    const sealed = await createKeyring('correct horse battery', 100_000).seal(plain);
    expect(await unseal(sealed, undefined, 32 * MB)).toMatchObject({ ok: false, wrongPassphrase: true, error: expect.stringContaining('give the folder') });
  });

  it('an encrypted bomb (a little ciphertext that inflates past the ceiling) stops at the ceiling', async () => {
    const ring = createKeyring('correct horse battery', 100_000);
    const sealed = await ring.seal(' '.repeat(8 * MB));
    expect(sealed.length).toBeLessThan(MB / 10);
    expect(await unseal(sealed, ring, 2 * MB)).toMatchObject({ ok: false, error: expect.stringContaining('expands to more than 2 MB') });
  });
});
