// `npm start`: WXT dev mode with the extension loaded in Chrome/Chromium at a sched.com schedule.
// Without a display there is nowhere to open a browser, so say so instead of hanging.
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium';

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
const child = spawn('npx', ['wxt'], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser ?? '' } });
child.on('exit', (code) => process.exit(code ?? 0));
