import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { DashboardView } from '../../lib/search/dashboard-view';
import { getDb, type StoredConference } from '../../lib/db/database';
import { dayPlans } from '../../lib/plan/clashes';
import type { PlanItem } from '../../lib/plan/items';
import { loadPlan } from '../../lib/db/plan';
import { localDate } from '../../lib/util/time';
import { browserZone } from '../../lib/util/zones';
import { useLive } from '../hooks/use-live';
import { ConferenceSelect } from '../ui/ConferenceSelect';
import { OwnItemForm } from './OwnItemForm';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { JournalEditor } from '../journal/JournalEditor';
import { Timeline } from './Timeline';
import type { SetView } from '../dashboard/use-view';

/** A free gap the user chose to fill: its day and times (event-local), `seq` telling repeated picks apart. */
interface Slot {
  day: string;
  from: string;
  to: string;
  seq: number;
}

interface Props {
  view: DashboardView;
  setView: SetView;
  conferences: readonly StoredConference[];
}

/** The plan of one conference: a timeline per day with clashes and gaps, and the user's own items. */
export function PlanView({ view, setView, conferences }: Props) {
  const conference = conferences.find((c) => c.id === view.conference) ?? conferences[0];
  const plan = useLive(() => loadPlan(getDb(), conference?.id), [conference?.id]);
  const [editing, setEditing] = useState<PlanItem | undefined>();
  // A fresh form after each save.
  const [saved, setSaved] = useState(0);
  // A free gap's "+ Add": the form opens on that day and those times.
  const [slot, setSlot] = useState<Slot | undefined>();
  if (!conference) {
    return (
      <>
        <p class="tm-empty">
          No conference yet. Open a schedule on sched.com and star some talks, <a href="#view=schedules">import a
          schedule file</a>, or try the sample conference in <a href="#view=welcome">Getting started</a>; then plan them here.
        </p>
        <ReminderSettingsForm />
      </>
    );
  }
  const items = plan.status === 'ready' ? plan.value : [];
  const zone = conference.timeZone ?? items[0]?.timeZone ?? browserZone();
  const allDays = dayPlans(items, zone);
  const days = allDays.filter((d) => !view.day || d.day === view.day);
  const firstDay = slot?.day ?? view.day ?? days[0]?.day ?? localDate(new Date().toISOString(), zone);

  return (
    <section class="tm-plan" aria-label={`Plan of ${conference.name}`}>
      <div class="tm-plan-head">
        <ConferenceSelect class="tm-filter" conferences={conferences} value={conference.id} onChange={(id) => setView({ conference: id, day: undefined })} />
        {view.day && (
          <button type="button" onClick={() => setView({ day: undefined })}>
            Show every day
          </button>
        )}
      </div>
      {plan.status === 'error' && <p role="alert">Could not read your plan: {plan.error}</p>}
      {plan.status === 'ready' && !days.length && <p>Nothing planned yet: star talks (with times) or add your own items below.</p>}
      <JournalEditor conference={conference.id} name={conference.name} />
      {days.map((day) => (
        <Fragment key={day.day}>
          <Timeline day={day} zone={zone} onEdit={setEditing} onAdd={(s) => (setEditing(undefined), setSlot({ ...s, seq: (slot?.seq ?? 0) + 1 }))} />
          <JournalEditor conference={conference.id} day={day.day} />
        </Fragment>
      ))}
      <h3>{editing ? `Edit “${editing.title}”` : 'Add your own item'}</h3>
      <OwnItemForm
        key={editing?.id ?? `new-${saved}-${slot?.seq ?? 0}`}
        conference={conference.id}
        zone={zone}
        day={firstDay}
        days={allDays.map((d) => d.day)}
        {...(slot && !editing ? { from: slot.from, to: slot.to, focus: true } : {})}
        editing={editing?.own}
        onDone={() => {
          setEditing(undefined);
          setSlot(undefined);
          setSaved(saved + 1);
        }}
      />
      <ReminderSettingsForm />
    </section>
  );
}
