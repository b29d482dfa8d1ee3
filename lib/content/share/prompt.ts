import { el, shadowWith } from '../shadow';
import { promptCss } from './styles';

export const PROMPT_TAG = 'tm-share-prompt';

export interface PromptAction {
  label: string;
  primary?: boolean;
  /** What the prompt says next; nothing closes it. */
  run?: () => Promise<PromptContent | undefined>;
}

export interface PromptContent {
  /** `alert` for a link that cannot be read, `status` once done. */
  role: 'dialog' | 'alert' | 'status';
  title: (string | Node)[];
  detail?: string;
  actions: PromptAction[];
}

/** A name as an isolated run of text: markup in it stays text, a right-to-left override in it cannot flip ours. */
export const nameText = (name: string) => el('bdi', { textContent: name });

/**
 * The prompt a share link opens on the schedule page. Only a real user's click or key counts (`isTrusted`): the
 * page's own scripts can reach into an open shadow root, but cannot accept picks for the user.
 */
export function showPrompt(content: PromptContent, signal: AbortSignal): void {
  document.querySelector(PROMPT_TAG)?.remove();
  const host = document.createElement(PROMPT_TAG);
  const root = shadowWith(host, promptCss);
  const render = (c: PromptContent) => {
    const title = el('p', { className: 'title', id: 'tm-prompt-title' }, ...c.title);
    const detail = c.detail ? el('p', { id: 'tm-prompt-detail', textContent: c.detail }) : '';
    const buttons = c.actions.map((action) => {
      const button = el('button', { type: 'button', className: action.primary ? 'primary' : '', textContent: action.label });
      button.addEventListener('click', (event) => {
        if (!event.isTrusted) return;
        if (!action.run) return host.remove();
        buttons.forEach((b) => (b.disabled = true));
        void action.run().then((next) => (next ? render(next) : host.remove()));
      });
      return button;
    });
    const section = el('section', { className: c.role === 'alert' ? 'error' : '' }, title, detail, el('div', { className: 'actions' }, ...buttons));
    section.setAttribute('role', c.role);
    section.setAttribute('aria-labelledby', 'tm-prompt-title');
    if (c.detail) section.setAttribute('aria-describedby', 'tm-prompt-detail');
    root.replaceChildren(...root.querySelectorAll('style'), section);
    (buttons.find((_, i) => c.actions[i]!.primary) ?? buttons[0])?.focus();
  };
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && event.isTrusted) host.remove();
  });
  signal.addEventListener('abort', () => host.remove());
  document.body.append(host);
  render(content);
}
