import { afterEach, describe, expect, it, vi } from 'vitest';
import { createControls } from '../../lib/content/controls';
import { closedRootOf } from '../../lib/content/shadow';
import { parseColour, schemeAt, whenSchemeKnown } from '../../lib/content/scheme';
import { annotation, entryOf, keyOf } from '../support/content';

/** A rated session's badge on a page styled by `css`, inside `<main>`; resolves with its label once its scheme is set. */
async function badgeOn(css: string, attrs = '', head = '') {
  document.head.innerHTML = `${head}<style>${css}</style>`;
  document.body.innerHTML = `<main ${attrs}><div class="session"></div></main>`;
  const controls = createControls(keyOf(1), 'GitOps at Scale', { entry: entryOf(1) });
  document.querySelector('.session')!.append(controls.host);
  controls.update(annotation(keyOf(1), { rating: 4 }));
  await Promise.resolve();
  return closedRootOf(controls.host.querySelector('tm-badge')!)!.querySelector('span')!;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

describe('the in-page badge follows the page’s colours, not the system’s dark mode', () => {
  it('is light on a light schedule page', async () => {
    expect((await badgeOn('body { background: rgb(255, 255, 255); }')).classList.contains('dark')).toBe(false);
  });

  it('is dark on a dark schedule page, found through transparent ancestors', async () => {
    expect((await badgeOn('body { background-color: #101418; }')).classList.contains('dark')).toBe(true);
  });

  it('takes the nearest opaque background: a light card on a dark page is light', async () => {
    expect((await badgeOn('body { background: #000; } main { background: rgb(250, 250, 250); }')).classList.contains('dark')).toBe(false);
  });

  it('ignores a faint overlay and reads what is under it', async () => {
    expect((await badgeOn('body { background: rgb(20, 20, 20); } main { background: rgba(255, 255, 255, 0.1); }')).classList.contains('dark')).toBe(true);
  });

  it('with no background anywhere, follows a page that declares itself dark only', async () => {
    document.documentElement.style.colorScheme = 'dark';
    expect((await badgeOn('')).classList.contains('dark')).toBe(true);
  });
});

/** A session's change mark ("Moved") on a page styled by `css`; resolves with its label once its scheme is set. */
async function changeMarkOn(css: string) {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = '<main><div class="session"></div></main>';
  const controls = createControls(keyOf(1), 'GitOps at Scale', { entry: entryOf(1) });
  document.querySelector('.session')!.append(controls.host);
  controls.setChange('Moved: was Tue 10:00 CET, now Tue 10:15 CET');
  await Promise.resolve();
  return closedRootOf(controls.host.querySelector('tm-change')!)!.querySelector('span')!;
}

describe('the change mark follows the page’s colours too', () => {
  it('is dark amber on a dark schedule page and light amber on a light one, whatever the system says', async () => {
    expect((await changeMarkOn('body { background: #101418; }')).classList.contains('dark')).toBe(true);
    expect((await changeMarkOn('body { background: #fff; }')).classList.contains('dark')).toBe(false);
  });
});

describe('colours as browsers compute them', () => {
  it('reads rgb, rgba, hex and transparent', () => {
    expect(parseColour('rgb(13, 17, 23)')).toEqual([13, 17, 23, 1]);
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColour('#fff')).toEqual([255, 255, 255, 1]);
    expect(parseColour('#00000080')![3]).toBeCloseTo(0.5, 2);
    expect(parseColour('transparent')).toEqual([0, 0, 0, 0]);
  });

  it('answers for an element that is not on a page styled at all: light', () => {
    const el = document.createElement('div');
    document.body.append(el);
    expect(schemeAt(el)).toBe('light');
  });
});

describe('what counts as a dark background', () => {
  it('reads colour names and short, long and alpha hex as browsers may give them', () => {
    expect(parseColour('black')).toEqual([0, 0, 0, 1]);
    expect(parseColour('white')).toEqual([255, 255, 255, 1]);
    expect(parseColour(' #FFF ')).toEqual([255, 255, 255, 1]);
    expect(parseColour('#1a2b3c')).toEqual([26, 43, 60, 1]);
    expect(parseColour('#0008')![3]).toBeCloseTo(0.533, 2);
    expect(parseColour('RGBA(1, 2, 3, 0.25)')).toEqual([1, 2, 3, 0.25]);
    expect(parseColour('rgba(1,2,3,0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColour('rgb( 1, 2, 3 )')).toEqual([1, 2, 3, 1]);
    expect(parseColour('')).toEqual([0, 0, 0, 0]);
  });

  it('reads nothing from colours it does not know, and so looks further out', () => {
    expect(parseColour('red')).toBeUndefined();
    expect(parseColour('#12')).toBeUndefined();
    expect(parseColour('rgb(1, 2)')).toBeUndefined();
    expect(parseColour('xrgb(1, 2, 3)')).toBeUndefined();
    expect(parseColour('rgb(1, 2, 3) x')).toBeUndefined();
    expect(parseColour('x#fff')).toBeUndefined();
    expect(parseColour('#ggg')).toBeUndefined();
  });

  it('puts the line where black text stops being readable, weighting green most and blue least', async () => {
    const dark = async (colour: string) => (await badgeOn(`body { background: ${colour}; }`)).classList.contains('dark');
    expect(await dark('rgb(118, 118, 118)')).toBe(true);
    expect(await dark('rgb(128, 128, 128)')).toBe(false);
    expect(await dark('rgb(10, 10, 10)')).toBe(true);
    expect(await dark('rgb(0, 255, 0)')).toBe(false);
    expect(await dark('rgb(255, 0, 0)')).toBe(false);
    expect(await dark('rgb(0, 0, 255)')).toBe(true);
    // Blue still counts: it lifts a grey just darker than the line over it.
    expect(await dark('rgb(118, 118, 255)')).toBe(false);
  });

  it('with no background anywhere, follows the page’s meta colour scheme', async () => {
    expect((await badgeOn('', '', '<meta name="color-scheme" content="dark">')).classList.contains('dark')).toBe(true);
    expect((await badgeOn('', '', '<meta name="color-scheme" content="light">')).classList.contains('dark')).toBe(false);
  });

  it('with a page offering both schemes, follows the system’s, as the browser does', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const system = vi.spyOn(window, 'matchMedia');
    system.mockReturnValue({ matches: true } as MediaQueryList);
    expect((await badgeOn('')).classList.contains('dark')).toBe(true);
    system.mockReturnValue({ matches: false } as MediaQueryList);
    expect((await badgeOn('')).classList.contains('dark')).toBe(false);
    expect(schemeAt(document.querySelector('main')!)).toBe('light');
    expect(system).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    system.mockRestore();
  });

  it('gives each badge on a page the background behind it, dark and light cards side by side on a light page', async () => {
    document.head.innerHTML = '<style>body { background: #fff; } .dark-card { background: #111; } .light-card { background: #eee; }</style>';
    document.body.innerHTML = '<div class="dark-card"><p><span class="a"></span></p><p><span class="b"></span></p></div><div class="light-card"><p><span class="c"></span></p></div>';
    // One map for a batch of badges, as the page's badges share ancestors.
    const seen = new Map();
    expect(['a', 'b', 'c', 'a'].map((c) => schemeAt(document.querySelector(`.${c}`)!, seen))).toEqual(['dark', 'dark', 'light', 'dark']);
  });

  it('counts a half-opaque background as the one behind the badge', async () => {
    expect((await badgeOn('body { background: #fff; } main { background: rgba(0, 0, 0, 0.5); }')).classList.contains('dark')).toBe(true);
  });

  it('tells nothing about an element taken off the page before its scheme was read', async () => {
    const el = document.createElement('span');
    document.body.append(el);
    const apply = vi.fn();
    whenSchemeKnown(el, apply);
    el.remove();
    await Promise.resolve();
    expect(apply).not.toHaveBeenCalled();
  });
});
