import type { Page } from 'playwright-core';
import type { BackgroundRequest } from '../../lib/protocol/messages';
import { zonedToInstant } from '../../lib/util/time';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';

/** A two-day conference in Amsterdam with clashes, a talk across midnight and sessions no one stars. */
export const PLAN_URL = 'https://planconf2026.sched.com/list/descriptions/';
export const CONF = 'sched:planconf2026';
export const ZONE = 'Europe/Amsterdam';
const at = (date: string, time: string) => zonedToInstant(date, time, ZONE)!;
const speaker = (name: string) => ({ name, slug: name.toLowerCase().replace(/\W+/g, '-') });

export const planSessions: PageSession[] = [
  { shortId: 'p01', title: 'Opening Keynote', start: at('2026-03-24', '09:00'), end: at('2026-03-24', '09:30'), room: 'Hall 1', type: 'Keynote', speakers: [speaker('Priya Raman')] },
  { shortId: 'p02', title: 'GitOps at Scale', start: at('2026-03-24', '10:00'), end: at('2026-03-24', '10:40'), room: 'Hall 12', type: 'Platform', speakers: [speaker('Ana Souza')], abstract: 'Argo CD rollouts across 300 clusters.' },
  { shortId: 'p03', title: 'Zero Trust in Practice', start: at('2026-03-24', '10:15'), end: at('2026-03-24', '10:45'), room: 'Elicium 2', type: 'Security', speakers: [speaker('Jürgen Müller')], abstract: 'mTLS, SPIFFE and policy without the pain.' },
  { shortId: 'p04', title: 'eBPF for Humans', start: at('2026-03-24', '11:30'), end: at('2026-03-24', '12:00'), room: 'Forum', type: 'Observability', speakers: [speaker('Chen Wei')], abstract: 'Tracing the kernel without writing C.' },
  { shortId: 'p05', title: 'Observability Night', start: at('2026-03-24', '23:30'), end: at('2026-03-25', '00:30'), room: 'Forum', type: 'Social' },
  { shortId: 'p06', title: 'Supply Chain Security', start: at('2026-03-25', '09:00'), end: at('2026-03-25', '09:45'), room: 'Hall 12', type: 'Security', speakers: [speaker('Ana Souza')] },
  { shortId: 'p07', title: 'Rust in the Kernel', start: at('2026-03-25', '09:30'), end: at('2026-03-25', '10:00'), room: 'Forum', type: 'Platform', speakers: [speaker('Chen Wei')] },
  { shortId: 'p08', title: 'WebAssembly Everywhere', start: at('2026-03-25', '14:00'), end: at('2026-03-25', '14:30'), room: 'Elicium 2', type: 'Platform', abstract: 'Components, WASI and the edge.' },
];

export const planPage = () => schedListPage(planSessions, { name: 'PlanConf Europe 2026', timeZone: ZONE, view: 'descriptions' });
export const keyOf = (shortId: string) => `${CONF}:${shortId}`;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } };

/** Sends requests to the background from an extension page, as the dashboard does; fails on a refusal. */
export async function sendFrom(page: Page, ...requests: BackgroundRequest[]): Promise<void> {
  for (const request of requests) {
    const result = await page.evaluate((r) => chrome.runtime.sendMessage(r), request as unknown);
    if (!result.ok) throw new Error(`${(request as { type: string }).type}: ${result.error}`);
  }
}

/** Stars the talks of a realistic plan: a clash on day 1 (must-see vs maybe), one across midnight, one on day 2. */
export async function seedPlan(page: Page): Promise<void> {
  await sendFrom(
    page,
    { type: 'annotations/bulk', keys: ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07'].map(keyOf), change: { kind: 'patch', patch: { starred: true } } },
    { type: 'annotation/patch', key: keyOf('p02'), patch: { priority: 'must', rating: 5, tags: ['gitops', 'cool-tech'], note: 'Ask about **progressive delivery**.' } },
    { type: 'annotation/patch', key: keyOf('p03'), patch: { priority: 'maybe', tags: ['security'] } },
    { type: 'annotation/patch', key: keyOf('p04'), patch: { rating: 4, tags: ['ebpf', 'cool-tech'] } },
  );
}

/** A browser with the extension, PlanConf's schedule seen in a tab, and the dashboard with {@link seedPlan}'s stars. */
export async function launchWithPlan(): Promise<{ h: Harness; dashboard: Page }> {
  const h = await launchExtension();
  h.serve(PLAN_URL, planPage());
  const schedule = await h.open(PLAN_URL);
  await schedule.locator('tm-controls').nth(planSessions.length - 1).waitFor({ state: 'attached' });
  const dashboard = await h.extensionPage('dashboard.html');
  await seedPlan(dashboard);
  return { h, dashboard };
}
