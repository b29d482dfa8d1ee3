import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupImportDialog } from '../../components/backup/BackupImportDialog';
import type { BackupImportResult } from '../../lib/db/backup';

afterEach(() => render(null, document.body));

const result: BackupImportResult = {
  added: 3,
  updated: 1,
  unchanged: 32,
  conflicts: [],
  sessions: { added: 3, updated: 0 },
  conferences: { added: 0, updated: 0 },
  ownItems: { added: 1, updated: 1, unchanged: 2, conflicts: [{ id: 'lunch', title: '<b>Lunch</b> \u202Ewith Ann' }] },
  total: 42,
  ownItemsTotal: 5,
};

const show = (r: BackupImportResult) => {
  render(<BackupImportDialog run={{ fileName: 'alice.json', end: { type: 'done', result: r, conferences: [] } }} onClose={() => undefined} />, document.body);
  const status = document.body.querySelector('[role=status]')!;
  return { status, text: status.textContent!.replace(/\s+/g, ' ') };
};

describe('the backup import dialog', () => {
  it('counts own items apart from sessions, names those with both notes kept (as text), and says how many there are now', () => {
    const { status, text } = show(result);
    expect(status.querySelector('[data-testid=tm-import-own-counts]')!.textContent).toBe('1 added, 1 updated, 2 unchanged');
    expect(text).toContain('Your own items (meetings, booth duty…): 1 added, 1 updated, 2 unchanged, 1 with both notes kept.');
    expect(text).toContain('These own items had a different note on each side');
    expect([...status.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['<b>Lunch</b> \u202Ewith Ann']);
    expect(status.querySelector('b')).toBeNull();
    expect(text).toContain('You now have 42 sessions with stars or notes and 5 own items. Schedule details:');
  });

  it('says nothing of own items when neither the file nor the profile has any', () => {
    const { status, text } = show({ ...result, ownItems: { added: 0, updated: 0, unchanged: 0, conflicts: [] }, ownItemsTotal: 0 });
    expect(status.querySelector('[data-testid=tm-import-own-counts]')).toBeNull();
    expect(text).toContain('You now have 42 sessions with stars or notes. Schedule details:');
  });

  it('counts the journals a file brought, and says nothing of them for a file without any', () => {
    const { text } = show({ ...result, journals: { added: 2, updated: 1, unchanged: 0, conflicts: ['sched:demo2026|2026-03-24'] } });
    expect(text).toContain('Journals (per day and per conference): 2 added, 1 updated, 0 unchanged, 1 with both texts kept.');
    expect(show(result).status.querySelector('[data-testid=tm-import-journals]')).toBeNull();
  });
});
