import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pretalxWidgetScript } from '../support/pretalx-widget';
import { readReal } from '../support/fixtures';
import { launchExtension, type Harness } from './harness';
import { grantSiteAccess, siteAccessCopy, withholdSiteAccess } from './site-access';
import { byRole, countByRole } from './closed-shadow';

// The event's own pretalx, and a conference site on another host that embeds its schedule.
const EVENT = 'https://pretalx.example.org/democon/';
const NOJS = `${EVENT}schedule/nojs`;
const SITE = 'https://www.democon.example';
const PROGRAMME = `${SITE}/2022/programme/`;
const STATIC = `${SITE}/2022/programme-static/`;
const SWITCHING = `${SITE}/2022/programme-next/`;
// A Sessionize event embedded in a third site.
const SZ_SITE = 'https://www.azure-linz.example';
const SZ_AGENDA = `${SZ_SITE}/agenda/`;
const SZ_GRID = `${SZ_SITE}/grid/`;
const SZ_EVENT = 'https://sessionize.com/api/v2/jl4ktls0/';

const widget = JSON.parse(readReal('pretalx/democon-widget-v2.json')) as { talks: { code?: string; title: string }[] };
const titles = widget.talks.filter((t) => t.code).map((t) => t.title);
const sessionize = JSON.parse(readReal('sessionize/global-azure-austria-2024-all.json')) as { sessions: { id: string; title: string }[] };
/** Both platforms serve their data to other sites. */
const cors = { 'access-control-allow-origin': '*' };


/** Sessionize's GridSmart script writes its sessions into the page; this one the markup public scrapers read. */
const sessionizeScript = `document.write(${JSON.stringify(
  `<div class="sz-cssgrid">${sessionize.sessions.map((s) => `<div class="sz-session" data-sessionid="${s.id}"><h3 class="sz-session__title">${s.title.replace(/</g, '&lt;')}</h3></div>`).join('')}</div>`,
)});`;

const embedPage = (title: string, eventUrl: string, script = true) => `<!doctype html><html><head><title>${title}</title>
${script ? `<script src="${EVENT}schedule/widget/v2.en.js" async></script>` : ''}</head>
<body><h1>Programme</h1><pretalx-schedule event-url="${eventUrl}" locale="en"></pretalx-schedule></body></html>`;
const sessionizePage = (view: string) => `<!doctype html><html><head><title>Global Azure Austria 2024</title></head>
<body><h1>Agenda</h1><script type="text/javascript" src="${SZ_EVENT}view/${view}"></script></body></html>`;

/** The names of every star button in the page, closed shadow roots included, as assistive technology reads them. */
async function starNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'button')
      .map((n) => String(n.name?.value ?? ''))
      .filter((name) => /^(Un)?[Ss]tar: /.test(name));
  } finally {
    await cdp.detach();
  }
}

const starNamed = (page: Page, title: string, verb = '(Star|Unstar)') => page.getByRole('button', { name: new RegExp(`^${verb}: ${title}$`) });

describe('schedules embedded in other sites, granted while Talkmarks runs', () => {
  let h: Harness;
  let extensions: Page;

  /** The popup of a tab, as the user opens it on that page. */
  const popupOf = async (page: Page) => h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);

  beforeAll(async () => {
    h = await launchExtension({ extension: siteAccessCopy() });
    extensions = await withholdSiteAccess(h);
    h.serve(NOJS, readReal('pretalx/democon-schedule-nojs.html'));
    h.serve(`${EVENT}schedule/widget/v2.json`, readReal('pretalx/democon-widget-v2.json'), 'application/json', cors);
    h.serve(`${EVENT}schedule/widget/v2.en.js`, pretalxWidgetScript, 'text/javascript', cors);
    h.serve(PROGRAMME, embedPage('Programme – DemoCon 2022', EVENT));
    // The widget's script blocked (a content blocker, a CSP, an outage): the page holds only the element.
    h.serve(STATIC, embedPage('Programme – DemoCon 2022', EVENT, false));
    h.serve(SWITCHING, embedPage('Programme – DemoCon 2022', EVENT));
    h.serve(`${SZ_EVENT}view/All`, readReal('sessionize/global-azure-austria-2024-all.json'), 'application/json', cors);
    h.serve(`${SZ_EVENT}view/Grid`, sessionizeScript, 'text/javascript');
    // GridSmart is not served: the embed's script fails, as when it is blocked.
    h.serve(SZ_AGENDA, sessionizePage('GridSmart'));
    h.serve(SZ_GRID, sessionizePage('Grid'));
  });
  afterAll(async () => h?.close());

  it('late grant: the open tab of a site granted while the extension runs gets its controls without a reload', async () => {
    const nojs = await h.open(NOJS);
    await nojs.evaluate(() => ((globalThis as unknown as { loadedOnce: boolean }).loadedOnce = true));
    expect(await nojs.locator('tm-controls').count()).toBe(0);
    await grantSiteAccess(extensions, h, 'https://pretalx.example.org/*');
    await expect.poll(() => nojs.locator('tm-controls').count()).toBe(35);
    expect(await nojs.evaluate(() => (globalThis as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  });

  it('pretalx embed: grant the site, the popup names the event, and once confirmed every card gets its controls', async () => {
    const page = await h.open(PROGRAMME);
    await grantSiteAccess(extensions, h, `${SITE}/*`);
    const popup = await popupOf(page);
    const confirm = popup.getByRole('button', { name: 'Annotate pretalx.example.org/democon on www.democon.example' });
    await expect.poll(() => confirm.count()).toBe(1);
    expect(await popup.locator('.tm-embed-offer').textContent()).toContain('This page shows pretalx.example.org/democon (pretalx)');
    // The page's script answered the popup: it runs, and still shows nothing before the user confirms.
    expect(await page.locator('pretalx-schedule tm-controls').count()).toBe(0);
    await confirm.click();
    const cards = page.locator('pretalx-schedule');
    await expect.poll(() => cards.locator('tm-controls').count()).toBe(36);
    await expect.poll(() => popup.locator('.tm-session').count()).toBe(36);
    await popup.close();
  });

  it('a star on the embed stays after a reload and is the same star on the event’s own pretalx page', async () => {
    const page = await h.open(PROGRAMME);
    const cards = page.locator('pretalx-schedule');
    await expect.poll(() => cards.getByRole('button', { name: 'Star: Persevering cohesive concept' }).count()).toBe(1);
    await cards.getByRole('button', { name: 'Star: Persevering cohesive concept' }).click();
    await expect.poll(() => cards.getByRole('button', { name: 'Unstar: Persevering cohesive concept' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => cards.getByRole('button', { name: 'Unstar: Persevering cohesive concept' }).count()).toBe(1);
    const own = await h.open(NOJS);
    await expect.poll(() => starNamed(own, 'Persevering cohesive concept').getAttribute('aria-pressed')).toBe('true');
    // And the other way round, live: a star on pretalx's page shows on the embed.
    await starNamed(own, 'Up-sized optimal hardware').click();
    await expect.poll(() => cards.getByRole('button', { name: 'Unstar: Up-sized optimal hardware' }).count()).toBe(1);
    const stored = (await h.readStore('annotations')) as { key: string; starred: boolean }[];
    expect(stored.filter((a) => a.starred).map((a) => a.key).sort()).toEqual(['pretalx:pretalx.example.org_democon:LNNGAM', 'pretalx:pretalx.example.org_democon:XFUR3C'].sort());
    await own.close();
    await page.close();
  });

  it('the embed’s script blocked: a panel in a closed root lists every session with the same controls', async () => {
    const page = await h.open(STATIC);
    const name = '☆ Talkmarks: star, rate and note the 36 sessions of democon';
    await expect.poll(() => countByRole(page, 'button', name)).toBe(1);
    const toggle = await byRole(page, 'button', name);
    expect(await page.evaluate(() => document.querySelector('tm-panel')?.shadowRoot ?? null)).toBeNull();
    await toggle.click();
    await expect.poll(async () => (await starNames(page)).length).toBe(36);
    expect(new Set((await starNames(page)).map((n) => n.replace(/^(Un)?[Ss]tar: /, '')))).toEqual(new Set(titles));
    expect(await starNames(page)).toContain('Unstar: Persevering cohesive concept');
    await page.close();
  });

  it('a page that switches its event-url after the binding gets nothing of the new event until the user confirms it', async () => {
    const page = await h.open(SWITCHING);
    const cards = page.locator('pretalx-schedule');
    await expect.poll(() => cards.locator('tm-controls').count()).toBe(36);
    await page.evaluate(() => document.querySelector('pretalx-schedule')!.setAttribute('event-url', 'https://pretalx.example.org/othercon/'));
    await expect.poll(() => page.locator('tm-controls, tm-panel').count()).toBe(0);
    const popup = await popupOf(page);
    // The settle signal: the page answered the popup with the event it now names, which is offered, not shown.
    await expect.poll(() => popup.getByRole('button', { name: 'Annotate pretalx.example.org/othercon on www.democon.example' }).count()).toBe(1);
    expect(await popup.locator('.tm-session').count()).toBe(0);
    expect(await page.locator('tm-controls, tm-panel').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('Sessionize embed: confirmed in the popup, a panel with every session when its script fails, controls on its rendered sessions', async () => {
    const agenda = await h.open(SZ_AGENDA);
    await grantSiteAccess(extensions, h, `${SZ_SITE}/*`);
    const popup = await popupOf(agenda);
    const confirm = popup.getByRole('button', { name: 'Annotate sessionize.com (jl4ktls0) on www.azure-linz.example' });
    await expect.poll(() => confirm.count()).toBe(1);
    await confirm.click();
    await popup.close();
    const name = '☆ Talkmarks: star, rate and note the 15 sessions of Global Azure Austria 2024';
    await expect.poll(() => countByRole(agenda, 'button', name)).toBe(1);
    await (await byRole(agenda, 'button', name)).click();
    await expect.poll(async () => (await starNames(agenda)).length).toBe(15);
    await (await byRole(agenda, 'button', `Star: ${sessionize.sessions[1]!.title}`)).click();
    await expect.poll(async () => (await starNames(agenda)).includes(`Unstar: ${sessionize.sessions[1]!.title}`)).toBe(true);
    // The key is Sessionize's own, as in an imported view/All file.
    const stored = (await h.readStore('annotations')) as { key: string; starred: boolean }[];
    expect(stored.some((a) => a.key === `sessionize:jl4ktls0:${sessionize.sessions[1]!.id}` && a.starred)).toBe(true);
    const grid = await h.open(SZ_GRID);
    await expect.poll(() => grid.locator('.sz-session tm-controls').count()).toBe(15);
    await expect.poll(() => starNamed(grid, sessionize.sessions[1]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).getAttribute('aria-pressed')).toBe('true');
    expect(await grid.locator('tm-panel').count()).toBe(0);
    await grid.close();
    await agenda.close();
  });

  it('revoking the binding in Schedules & sites leaves nothing on the open page', async () => {
    const page = await h.open(PROGRAMME);
    const cards = page.locator('pretalx-schedule');
    await expect.poll(() => cards.locator('tm-controls').count()).toBe(36);
    const dashboard = await h.extensionPage('dashboard.html#view=schedules');
    const revoke = dashboard.getByRole('button', { name: 'Revoke pretalx.example.org/democon on www.democon.example' });
    await expect.poll(() => revoke.count()).toBe(1);
    await revoke.click();
    await expect.poll(() => page.locator('tm-controls, tm-panel').count()).toBe(0);
    await expect.poll(() => revoke.count()).toBe(0);
    expect(await page.locator('[class^="tm-"], tm-controls, tm-panel').count()).toBe(0);
    await dashboard.close();
    await page.close();
  });
});
