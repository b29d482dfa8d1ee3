// `npm start`: WXT dev mode with the extension loaded in Chrome/Chromium. Installing opens the dashboard, whose
// first screen offers the bundled sample conference, so it works offline; with a network, a real sched.com schedule
// opens beside it. Without a display there is nowhere to open a browser, so say so instead of hanging.
import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { findChromium } from './find-chromium';
import { SCHED_START_URL } from './start-urls';

const browser = findChromium();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (headless) {
  console.error(`npm start: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser can open.
  - On a desktop, run npm start from a graphical session.
  - On a server, run it under a virtual display:  xvfb-run npm start
  - Or build and load the extension by hand:  npm run build, then load .output/chrome-mv3 (see README).`);
  process.exit(1);
}
if (!browser && process.platform === 'linux') {
  console.error('npm start: no Chrome or Chromium found. Install one (e.g. apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
/** Whether sched.com resolves within two seconds: offline (train, locked-down laptop, CI), its tab would only show an error. */
async function online(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  return Promise.race([lookup(new URL(SCHED_START_URL).hostname).then(() => true, () => false), timeout]);
}

const withSched = await online();
console.log(withSched ? `npm start: opening the dashboard and ${SCHED_START_URL}` : 'npm start: no network, opening the dashboard only (try the sample conference there)');
const env = { ...process.env, CHROME_PATH: browser ?? '', TALKMARKS_START_URLS: withSched ? SCHED_START_URL : '' };
const child = spawn('npx', ['wxt'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
