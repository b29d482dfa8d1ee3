import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardView } from '../../lib/search/dashboard-view';
import { getDb, type StoredConference } from '../../lib/db/database';
import { dayPlans } from '../../lib/plan/clashes';
import type { PlanItem } from '../../lib/plan/items';
import { loadPlan } from '../../lib/db/plan';
import type { OwnItem } from '../../lib/model/schema';
import { localDate } from '../../lib/util/time';
import { browserZone } from '../../lib/util/zones';
import { useLive } from '../hooks/use-live';
import { ConferenceSelect } from '../ui/ConferenceSelect';
import { OwnItemForm } from './OwnItemForm';
import { QuickAdd } from './QuickAdd';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { JournalEditor } from '../journal/JournalEditor';
import { Timeline, type AddSlot, type FormPlace } from './Timeline';
import type { SetView } from '../dashboard/use-view';

/** The open own-item form: where it was opened (a day, a gap, an item, or the plan's head) and what it starts with. */
interface OpenForm {
  day: string;
  at: FormPlace | 'head';
  from?: string;
  to?: string;
  editing?: OwnItem;
  /** Tells repeated opens apart: a fresh form each time. */
  seq: number;
}

interface Props {
  view: DashboardView;
  setView: SetView;
  conferences: readonly StoredConference[];
}

/** The plan of one conference: a timeline per day with clashes and gaps, and the user's own items where they go. */
export function PlanView({ view, setView, conferences }: Props) {
  const conference = conferences.find((c) => c.id === view.conference) ?? conferences[0];
  const plan = useLive(() => loadPlan(getDb(), conference?.id), [conference?.id]);
  const [form, setForm] = useState<OpenForm | undefined>();
  // The button that opened the form gets the focus back when it closes; a saved gap is filled, so its day's "+ Add" does.
  const opener = useRef<{ element: Element | null; day: string } | undefined>();
  const [refocus, setRefocus] = useState<{ saved: boolean } | undefined>();
  useEffect(() => {
    if (!refocus || !opener.current) return;
    const { element, day } = opener.current;
    const gap = element instanceof HTMLElement && element.classList.contains('tm-gap-add');
    const target = element instanceof HTMLElement && element.isConnected && !(gap && refocus.saved) ? element : document.getElementById(`tm-add-${day}`) ?? document.getElementById('tm-add-item');
    target?.focus();
    opener.current = undefined;
    setRefocus(undefined);
  }, [refocus]);
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
  const today = localDate(new Date().toISOString(), zone);
  const dayNames = allDays.map((d) => d.day);
  const firstDay = view.day ?? (dayNames.includes(today) ? today : (days[0]?.day ?? today));
  const open = (next: Omit<OpenForm, 'seq'>) => {
    opener.current = { element: document.activeElement, day: next.day };
    setForm({ ...next, seq: (form?.seq ?? 0) + 1 });
  };
  const onAdd = (slot: AddSlot) => open(slot);
  const onEdit = (item: PlanItem) => item.own && open({ day: localDate(item.own.start, zone), at: `item:${item.id}`, editing: item.own });
  const node = form && (
    <OwnItemForm
      key={form.seq}
      conference={conference.id}
      zone={zone}
      day={form.day}
      days={dayNames}
      {...(form.from && form.to ? { from: form.from, to: form.to } : {})}
      editing={form.editing}
      onDone={(saved) => {
        setForm(undefined);
        setRefocus({ saved });
      }}
    />
  );

  return (
    <section class="tm-plan" aria-label={`Plan of ${conference.name}`}>
      <div class="tm-plan-head">
        <ConferenceSelect class="tm-filter" conferences={conferences} value={conference.id} onChange={(id) => setView({ conference: id, day: undefined })} />
        {view.day && (
          <button type="button" onClick={() => setView({ day: undefined })}>
            Show every day
          </button>
        )}
        <button type="button" id="tm-add-item" onClick={() => open({ day: firstDay, at: 'head' })}>
          + Add your own item
        </button>
      </div>
      <QuickAdd key={`${conference.id} ${firstDay}`} conference={conference.id} zone={zone} days={dayNames} day={firstDay} />
      {form?.at === 'head' && node}
      {plan.status === 'error' && <p role="alert">Could not read your plan: {plan.error}</p>}
      {plan.status === 'ready' && !days.length && <p>Nothing planned yet: star talks (with times) or add your own items.</p>}
      <JournalEditor conference={conference.id} name={conference.name} />
      {days.map((day) => (
        <Fragment key={day.day}>
          <Timeline day={day} zone={zone} onEdit={onEdit} onAdd={onAdd} {...(node && form.at !== 'head' && (form.at.startsWith('item:') || form.day === day.day) ? { form: { at: form.at, node } } : {})} />
          <JournalEditor conference={conference.id} day={day.day} />
        </Fragment>
      ))}
      <ReminderSettingsForm />
    </section>
  );
}
