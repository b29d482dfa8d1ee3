import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveLegacyShareProfile, shareProfile, saveShareName } from '../../lib/db/share-profile';
import { saveExportOptions, savedExportOptions } from '../../lib/db/export-options';
import type { LegacyArea } from '../../lib/db/legacy-local';
import { withPreset } from '../../lib/export/options';
import { shareBaseUrl } from '../../lib/share/schedule-url';
import { promptWords } from '../../lib/share/words';
import type { SharePreview } from '../../lib/protocol/share-messages';
import { freshDb } from '../support/db';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../lib/protocol/send', () => ({ send }));
const { OfferWindow } = await import('../../components/share/OfferWindow');
const { ARM_MS } = await import('../../components/share/use-armed');
const { offerSharedPicks } = await import('../../lib/content/share/link');

/** storage.local as an object: what an older Talkmarks (or a content script) left there. */
function area(initial: Record<string, unknown>): LegacyArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    remove: async (key) => void delete data[key],
  };
}

describe('a share link opened on a schedule page', () => {
  it('names nothing to the background, shows nothing in the page, and leaves the address bar once answered', async () => {
    send.mockReset();
    let answer!: () => void;
    send.mockReturnValue(new Promise<null>((resolve) => (answer = () => resolve(null))));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://teamconf2026.sched.com/list#talkmarks=1.abc');
    const before = document.body.innerHTML;
    offerSharedPicks();
    // The background reads the link from the URL the browser reports for the tab: the fragment stays until then.
    expect(send).toHaveBeenCalledWith({ type: 'colleagues/offer' });
    expect(location.hash).toBe('#talkmarks=1.abc');
    await act(async () => answer());
    expect(location.href).toBe('https://teamconf2026.sched.com/list');
    expect(document.body.innerHTML).toBe(before);
    send.mockClear();
    offerSharedPicks();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the share profile lives in the extension’s database, not in storage.local', () => {
  it('moves an older version’s profile over once and deletes it from storage.local', async () => {
    const db = freshDb();
    const local = area({ shareProfile: { sharer: 'oldSharer123', name: 'Ana' }, exportOptions: { keep: true } });
    expect(await shareProfile(db, local)).toEqual({ sharer: 'oldSharer123', name: 'Ana' });
    expect(local.data).toEqual({ exportOptions: { keep: true } });
    expect(await db.meta.get('shareProfile')).toEqual({ key: 'shareProfile', sharer: 'oldSharer123', name: 'Ana' });
    await saveShareName(db, { sharer: 'oldSharer123', name: 'Ana' }, '  Ana L.  ');
    expect(await shareProfile(db, local)).toEqual({ sharer: 'oldSharer123', name: 'Ana L.' });
  });

  it('keeps its own profile over one written into storage.local later, and drops that one', async () => {
    const db = freshDb();
    const mine = await shareProfile(db, area({}));
    expect(mine.sharer).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const local = area({ shareProfile: { sharer: 'colleagueId1', name: 'Ben' } });
    await moveLegacyShareProfile(db, local);
    expect(local.data).toEqual({});
    expect(await shareProfile(db, local)).toEqual(mine);
  });

  it('starts afresh when what storage.local held is not a profile, and removes it', async () => {
    const db = freshDb();
    const local = area({ shareProfile: { sharer: '<script>', name: 5 } });
    const profile = await shareProfile(db, local);
    expect(profile.sharer).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(local.data).toEqual({});
  });
});

describe('the export options live in the extension’s database too', () => {
  it('moves an older version’s options (tags and conferences exported by) over once, and saves there', async () => {
    const db = freshDb();
    const old = { ...withPreset('notes'), tagSections: ['secret-project'] };
    const local = area({ exportOptions: old });
    expect((await savedExportOptions(db, local)).options).toMatchObject({ tagSections: ['secret-project'] });
    expect(local.data).toEqual({});
    const next = withPreset('agenda');
    await saveExportOptions(db, next);
    // A copy a content script writes into storage.local later changes nothing.
    expect(await savedExportOptions(db, area({ exportOptions: { ...old, tagSections: ['forged'] } }))).toEqual({ options: next, reset: [] });
  });
});

describe('the schedule a share link opens', () => {
  it('comes from the conference id, whatever address a content script reported', () => {
    expect(shareBaseUrl({ id: 'sched:teamconf2026', url: 'https://evil.example/' })).toBe('https://teamconf2026.sched.com/');
    expect(shareBaseUrl({ id: 'sched:teamconf2026' })).toBe('https://teamconf2026.sched.com/');
    expect(shareBaseUrl({ id: 'sched:evil.example/x' })).toBeUndefined();
    const pretalx = 'pretalx:pretalx.example.org_democon';
    expect(shareBaseUrl({ id: pretalx, url: 'https://pretalx.example.org/democon/' })).toBe('https://pretalx.example.org/democon/');
    for (const url of ['https://evil.example/democon/', 'http://pretalx.example.org/democon/', 'https://pretalx.example.org/other/', 'https://x@pretalx.example.org/democon/', 'javascript:alert(1)']) {
      expect(shareBaseUrl({ id: pretalx, url })).toBeUndefined();
    }
    expect(shareBaseUrl({ id: 'ics:fosdem-2026', url: 'https://fosdem.org/' })).toBeUndefined();
  });
});

describe('the window that asks about a share link', () => {
  const preview: SharePreview = { conference: 'sched:kccnceu2021', conferenceName: 'KubeCon EU 2021', name: '<img src=x onerror=alert(1)>', count: 23, sharedAt: Date.UTC(2021, 4, 3), include: { stars: true, ratings: true, tags: false, notes: true } };
  beforeEach(() => {
    vi.useFakeTimers();
    send.mockReset();
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
  });
  afterEach(async () => {
    await act(() => render(null, document.body));
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const show = async () => {
    await act(() => render(<OfferWindow offer="offer123abc" />, document.body));
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    return document.body;
  };
  const button = (name: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('asks with the name as text, focuses nothing, and takes Accept only after the window has had focus a moment', async () => {
    send.mockImplementation(async (request: { type: string }) => (request.type === 'colleagues/preview' ? preview : { id: 'x', count: 23, replaced: false }));
    const root = await show();
    expect(send).toHaveBeenCalledWith({ type: 'colleagues/preview', source: { offer: 'offer123abc' } });
    expect(root.querySelector('h1')!.textContent).toBe("Show <img src=x onerror=alert(1)>'s 23 picks for KubeCon EU 2021 on its schedule?");
    expect(root.querySelector('img')).toBeNull();
    expect(root.contains(document.activeElement) && document.activeElement !== root).toBe(false);
    expect(button('Show picks').disabled).toBe(true);
    await act(async () => void (await vi.advanceTimersByTimeAsync(ARM_MS / 2)));
    // Losing focus starts the wait again.
    await act(() => void window.dispatchEvent(new Event('blur')));
    await act(() => void window.dispatchEvent(new Event('focus')));
    await act(async () => void (await vi.advanceTimersByTimeAsync(ARM_MS - 10)));
    expect(button('Show picks').disabled).toBe(true);
    await act(async () => void (await vi.advanceTimersByTimeAsync(20)));
    expect(button('Show picks').disabled).toBe(false);
    await act(async () => button('Show picks').click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(send).toHaveBeenLastCalledWith({ type: 'colleagues/accept', source: { offer: 'offer123abc' } });
    expect(root.querySelector('[role=status]')!.textContent).toBe('Showing 23 picks on the KubeCon EU 2021 schedule.');
  });

  it('says why a link cannot be shown, with nothing to accept', async () => {
    send.mockRejectedValue(new Error('This Talkmarks link is damaged: x. Nothing was changed.'));
    const root = await show();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Talkmarks could not show the picks shared in this linkThis Talkmarks link is damaged: x. Nothing was changed.');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close']);
  });

  it('says what a newer link replaces, and when the link is the older one', () => {
    const existing = { name: 'Ana', count: 5, sharedAt: Date.UTC(2021, 4, 5) };
    const w = promptWords({ ...preview, name: 'Ana', existing }, 'KubeCon EU 2021');
    expect(`${w.lead}${w.name}${w.rest}`).toMatch(/^Replace Ana's 5 picks \(shared .*\) with the 23 picks shared now\?$/);
    expect(w.detail).toMatch(/^This one is older than the picks you have\./);
    expect([w.accept, w.decline]).toEqual(['Replace', 'Keep the ones I have']);
  });
});
