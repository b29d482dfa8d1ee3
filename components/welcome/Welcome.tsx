import { TrySample } from '../sample/TrySample';
import type { SetView } from '../dashboard/use-view';
import { Shortcuts } from './Shortcuts';
import { Tour } from './Tour';

/** Real schedules a new user can open at once: Talkmarks' controls appear on them without any setup. */
const examples = [
  { href: 'https://kccnceu2026.sched.com/', label: 'KubeCon + CloudNativeCon Europe 2026', where: 'on sched.com: controls at once' },
  { href: 'https://pretalx.com/democon/schedule/', label: 'DemoCon', where: 'pretalx’s demo event: press “Annotate this site” in the popup first' },
];

/**
 * The first-run page (`#view=welcome`), opened once when Talkmarks is installed and again from the popup's
 * "Getting started" line: what it does, where to start, the keys, and where the notes live.
 */
export function Welcome({ setView }: { setView: SetView }) {
  return (
    <section class="tm-view tm-welcome" aria-labelledby="tm-welcome-title">
      <h2 id="tm-welcome-title">Welcome to Talkmarks</h2>
      <p class="tm-lead">Star, rate, tag and take notes on conference talks right on the schedule page, then export your highlights.</p>
      <Tour />

      <h3>Open a schedule</h3>
      <ul class="tm-examples">
        {examples.map((e) => (
          <li key={e.href}>
            <a href={e.href} target="_blank" rel="noopener noreferrer">
              {e.label}
            </a>{' '}
            <span class="tm-muted">{e.where}</span>
          </li>
        ))}
      </ul>
      <p>
        Any <code>https://&lt;event&gt;.sched.com/</code> page works, lists, grids and single sessions alike. For pretalx on
        another site, open its schedule and press <strong>Annotate this site</strong> in the Talkmarks popup.
      </p>
      <p>No conference at hand? Try one offline:</p>
      <TrySample onImported={() => setView({ section: 'schedules' })} />

      <h3>Import a schedule file</h3>
      <p>
        In <a href="#view=schedules">Schedules &amp; sites</a>, choose a file or paste an address: sched&apos;s <code>all.ics</code>,
        pretalx, frab/Pentabarf XML (FOSDEM, CCC, DebConf), Sessionize, Indico or any iCalendar file. A preview shows
        what will be added before anything is stored.
      </p>

      <h3>Keyboard</h3>
      <Shortcuts />

      <h3>Where your notes live</h3>
      <p>
        In this browser only, in the extension&apos;s own database: nothing is sent anywhere, and there is no account.
        In <a href="#view=data">Data</a>, <strong>Backup (JSON)</strong> saves everything in one file and{' '}
        <strong>Import…</strong> brings it back, merged, never overwriting a note. Sync through your own WebDAV folder
        (Nextcloud, ownCloud, a NAS) keeps several browsers in step.
      </p>
    </section>
  );
}
