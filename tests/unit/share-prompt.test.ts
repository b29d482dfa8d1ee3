import { describe, expect, it, vi } from 'vitest';
import { nameText, PROMPT_TAG, showPrompt } from '../../lib/content/share/prompt';
import { promptWords } from '../../lib/share/words';

const preview = { name: '<img src=x onerror=alert(1)>', count: 23, sharedAt: Date.UTC(2021, 4, 3), include: { stars: true, ratings: true, tags: false, notes: true } };

describe('the share prompt on a schedule page', () => {
  it('asks with the colleague’s name as text, and ignores clicks that are not the user’s', () => {
    const run = vi.fn(async () => undefined);
    const w = promptWords(preview, 'KubeCon EU 2021');
    const controller = new AbortController();
    showPrompt({ role: 'dialog', title: [w.lead, nameText(w.name), w.rest], detail: w.detail, actions: [{ label: w.accept, primary: true, run }, { label: w.decline }] }, controller.signal);
    const root = document.querySelector(PROMPT_TAG)!.shadowRoot!;
    const dialog = root.querySelector('[role=dialog]')!;
    expect(dialog.querySelector('#tm-prompt-title')!.textContent).toBe("Show <img src=x onerror=alert(1)>'s 23 picks for KubeCon EU 2021 on this schedule?");
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('#tm-prompt-detail')!.textContent).toMatch(/^Shared .*2021, with stars, ratings and notes\. They show beside the sessions as “IO”/);
    // A page script can reach into an open shadow root; its click is not trusted, so nothing is accepted.
    (root.querySelector('button.primary') as HTMLButtonElement).click();
    expect(run).not.toHaveBeenCalled();
    controller.abort();
    expect(document.querySelector(PROMPT_TAG)).toBeNull();
  });

  it('says what a newer link replaces, and when the link is the older one', () => {
    const existing = { name: 'Ana', count: 5, sharedAt: Date.UTC(2021, 4, 5) };
    const w = promptWords({ ...preview, name: 'Ana', existing }, 'KubeCon EU 2021');
    expect(`${w.lead}${w.name}${w.rest}`).toMatch(/^Replace Ana's 5 picks \(shared .*\) with the 23 picks shared now\?$/);
    expect(w.detail).toMatch(/^This one is older than the picks you have\./);
    expect([w.accept, w.decline]).toEqual(['Replace', 'Keep the ones I have']);
  });
});
