import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conference } from '../../lib/model/schema';

// The stored profile arrives when the test says so: a user can type before the database has answered.
const profile = vi.hoisted(() => ({ resolve: (_: { sharer: string; name: string }) => undefined as void }));
vi.mock('../../components/share/share-profile', () => ({
  loadShareProfile: () => new Promise((resolve) => (profile.resolve = resolve)),
  saveShareName: async () => undefined,
}));
const { ShareDialog } = await import('../../components/share/ShareDialog');
const { TeamReportDialog } = await import('../../components/share/TeamReportDialog');

afterEach(() => render(null, document.body));

const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', url: 'https://demo2026.sched.com/' };
const type = (input: HTMLInputElement, text: string) => act(() => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
});
const field = (label: string) =>
  [...document.body.querySelectorAll('label')].find((l) => l.textContent!.includes(label))!.querySelector('input')!;

describe('a name typed before the stored profile is read', () => {
  it('is kept in Share my picks, whatever the profile holds', async () => {
    await act(() => render(<ShareDialog conferences={[conference]} initial={conference.id} onClose={() => undefined} />, document.body));
    const name = field('Your name, as colleagues see it');
    await type(name, 'Sam');
    await act(async () => profile.resolve({ sharer: 'sharer1234567', name: '' }));
    expect(name.value).toBe('Sam');
  });

  it('is kept in the team report; the stored name replaces only the default', async () => {
    await act(() => render(<TeamReportDialog conferences={[conference]} layers={[]} onClose={() => undefined} />, document.body));
    const name = field('My name in the report');
    expect(name.value).toBe('Me');
    await type(name, 'Sam');
    await act(async () => profile.resolve({ sharer: 'sharer1234567', name: 'Ana' }));
    expect(name.value).toBe('Sam');
  });
});
