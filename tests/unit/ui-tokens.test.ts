import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeCss, changeMarkCss, controlsCss } from '../../lib/content/styles';
import { tokensCss } from '../../lib/util/ui-tokens-css';

type Rules = Map<string, Record<string, string>>;

/** Declarations by selector (`@media … | selector` inside a media block), `!important` dropped, later ones winning. */
function rulesOf(css: string): Rules {
  const rules: Rules = new Map();
  const add = (prefix: string, body: string) => {
    for (const [, selector, block] of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const key = `${prefix}${selector!.trim()}`;
      const decls = rules.get(key) ?? {};
      for (const decl of block!.split(';')) {
        const colon = decl.indexOf(':');
        if (colon > 0) decls[decl.slice(0, colon).trim()] = decl.slice(colon + 1).replace('!important', '').trim();
      }
      rules.set(key, decls);
    }
  };
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media([^{]+)\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g, (_, media: string, body: string) => (add(`@media ${media.trim()} | `, body), ''));
  add('', plain);
  return rules;
}

// What the popup, dashboard and side panel load: ui.css, which imports the tokens first.
const ui = readFileSync('assets/ui.css', 'utf8');
const tokens = readFileSync('assets/tokens.css', 'utf8');
const uiLight = rulesOf(tokens).get(':root, :host')!;
const uiDark = { ...uiLight, ...rulesOf(tokens).get('@media (prefers-color-scheme: dark) | :root, :host')! };
const controls = rulesOf(controlsCss);
const badge = rulesOf(badgeCss);
const mark = rulesOf(changeMarkCss);

describe('one set of design tokens for the extension’s pages and the in-page controls', () => {
  it('the UI stylesheet loads the tokens written from the token module, before any rule of its own', () => {
    expect(tokens).toBe(tokensCss());
    expect(ui.replace(/\/\*[\s\S]*?\*\//g, '').trim().startsWith("@import './tokens.css';")).toBe(true);
    expect(uiLight['--chip']).toBe('#ddf4ff');
    expect(uiDark['--chip']).toBe('#0c2d6b');
  });

  it('the badge on a light page has the UI’s light chip colours, on a dark page its dark ones', () => {
    expect(badge.get('span')).toMatchObject({ background: uiLight['--chip'], color: uiLight['--chip-fg'] });
    expect(badge.get('span.dark')).toEqual({ background: uiDark['--chip'], color: uiDark['--chip-fg'] });
    // The page's own scheme decides, by the class scheme.ts sets: never the system's setting.
    expect(badgeCss).not.toContain('prefers-color-scheme');
  });

  it('the in-page star, its focus ring and its error mark have the UI’s muted, star, accent and danger colours', () => {
    expect(controls.get('tm-controls > button')!.color).toBe(uiLight['--muted']);
    expect(controls.get("tm-controls > button[aria-pressed='true']")!.color).toBe(uiLight['--star']);
    expect(controls.get('tm-controls > button:focus-visible')!.outline).toBe(`2px solid ${uiLight['--accent']}`);
    expect(controls.get('tm-controls > button.tm-error')!.outline).toBe(`2px solid ${uiLight['--danger']}`);
  });

  it('the change mark has the UI’s warning amber, light and dark', () => {
    expect(mark.get('span')).toMatchObject({ background: uiLight['--warn-bg'], color: uiLight['--warn-fg'] });
    expect(mark.get('span.dark')).toEqual({ background: uiDark['--warn-bg'], color: uiDark['--warn-fg'] });
    expect(changeMarkCss).not.toContain('prefers-color-scheme');
  });

  it('in-page targets are 24×24 px, the UI’s --space-6; the badge text is the UI’s smallest type step in pixels', () => {
    const star = controls.get('tm-controls > button')!;
    expect([star.width, star.height]).toEqual([uiLight['--space-6'], uiLight['--space-6']]);
    expect(uiLight['--space-6']).toBe('24px');
    // --text-xs is in rem of the UI's 14 px root; a schedule page's rem is its own, so the page gets pixels.
    const xs = parseFloat(uiLight['--text-xs']!) * parseFloat(uiLight['--text-body']!);
    expect(badge.get('span')!.font).toMatch(new RegExp(`^${xs}px/`));
    expect(badge.get('span')!.font).toContain(uiLight['--font']);
  });
});
