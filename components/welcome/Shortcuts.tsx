import { Fragment } from 'preact';

/** The keys, as the README's Keyboard section gives them; the two browser-wide ones can be changed by the user. */
const sessionKeys: readonly (readonly [string[], string])[] = [
  [['s'], 'star or unstar the session that has the focus'],
  [['1', '5'], 'rate it 1 to 5'],
  [['0'], 'clear its rating'],
  [['n'], 'write a note on it (on a schedule page this opens the popup at its note)'],
  [['/'], 'jump to the search or filter box'],
];

const keys = (list: string[]) =>
  list.map((k, i) => (
    <Fragment key={k}>
      {i > 0 && '–'}
      <kbd>{k}</kbd>
    </Fragment>
  ));

export function Shortcuts() {
  return (
    <>
      <table class="tm-keys">
        <caption class="tm-muted">With the focus on a session: its ☆ on the page, or any button of its row here or in the popup</caption>
        <tbody>
          {sessionKeys.map(([list, what]) => (
            <tr key={what}>
              <th scope="row">{keys(list)}</th>
              <td>{what}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>T</kbd>
            </th>
            <td>open the Talkmarks popup, from any tab</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>
            </th>
            <td>open the side panel</td>
          </tr>
        </tbody>
      </table>
      <p class="tm-muted">
        Keys typed into a text field never count. Change the last two at <code>chrome://extensions/shortcuts</code> in
        Chrome, or under <em>Manage Extension Shortcuts</em> in Firefox&apos;s add-ons page.
      </p>
    </>
  );
}
