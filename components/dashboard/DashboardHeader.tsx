import { formatView, type DashboardView, type Section } from '../../lib/search/dashboard-view';

/** The views a user moves between, in the order of a visit: find talks, plan them, keep them, then the housekeeping. */
const sections: readonly (readonly [Section, string])[] = [
  ['sessions', 'Sessions'],
  ['plan', 'Plan'],
  ['changes', 'Changes'],
  ['later', 'Watch later'],
  ['tags', 'Tags'],
  ['team', 'Colleagues'],
  ['schedules', 'Schedules & sites'],
  ['data', 'Data'],
];

/**
 * The dashboard's header: its name and the views as navigation. Links keep the search and filters (they live in the
 * URL), so moving to the plan and back finds the same results. The first-run page sits apart, as help.
 */
export function DashboardHeader({ view }: { view: DashboardView }) {
  const link = (section: Section) => formatView({ ...view, section }) || '#';
  return (
    <header class="tm-header">
      <div class="tm-brand">
        <h1>Talkmarks</h1>
        <a class="tm-help-link" href={link('welcome')} aria-current={view.section === 'welcome' ? 'page' : undefined}>
          Getting started
        </a>
      </div>
      <nav class="tm-sections" aria-label="Dashboard views">
        {sections.map(([section, label]) => (
          <a key={section} href={link(section)} aria-current={view.section === section ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
    </header>
  );
}
