import star from '../../assets/welcome/star.svg';
import note from '../../assets/welcome/note.svg';
import exportPicture from '../../assets/welcome/export.svg';

/** What Talkmarks does, in three pictures; each caption says it in words too, so the pictures are decoration. */
const steps = [
  { picture: star, title: 'Star talks on the schedule', text: 'A ☆ button sits before every session of a sched.com or pretalx schedule. Your stars show in every tab of that schedule.' },
  { picture: note, title: 'Rate, tag and take notes', text: 'In the toolbar popup, or under the title on a session’s own page: a rating, tags and a Markdown note that saves as you type.' },
  { picture: exportPicture, title: 'Plan, then share your highlights', text: 'See clashes in your plan, then export the talks you liked as Markdown, a calendar file or notes for Obsidian.' },
];

export function Tour() {
  return (
    <ol class="tm-tour">
      {steps.map((step) => (
        <li key={step.title}>
          <img src={step.picture} alt="" width={240} height={150} />
          <h3>{step.title}</h3>
          <p>{step.text}</p>
        </li>
      ))}
    </ol>
  );
}
