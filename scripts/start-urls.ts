/** The real schedule `npm start` opens when sched.com can be reached (see scripts/start.ts). */
export const SCHED_START_URL = 'https://kccnceu2026.sched.com/';

/**
 * Start pages of WXT's dev browser: what `npm start` decided (`TALKMARKS_START_URLS`, empty when offline), or the
 * real schedule when WXT is run directly. The dashboard itself opens on install, whatever this says.
 */
export function startUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env.TALKMARKS_START_URLS;
  if (given === undefined) return [SCHED_START_URL];
  return given.split(' ').filter(Boolean);
}
