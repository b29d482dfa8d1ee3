import type { Annotation, AnnotationPatch, Priority } from '../../lib/model/schema';

interface Props {
  annotation: Annotation | undefined;
  title: string;
  onChange: (patch: AnnotationPatch) => void;
}

export const priorityLabel: Record<Priority, string> = { must: 'Must-see', maybe: 'Maybe' };

/** Beyond the star: how much a talk matters when it clashes, and whether to watch it later. */
export function PlanControls({ annotation, title, onChange }: Props) {
  const watchLater = annotation?.watchLater === true;
  return (
    <div class="tm-plan-controls">
      <label>
        Priority{' '}
        <select
          aria-label={`Priority of ${title}`}
          value={annotation?.priority ?? ''}
          onChange={(e) => onChange({ priority: (e.currentTarget.value || null) as Priority | null })}
        >
          <option value="">Normal</option>
          <option value="must">{priorityLabel.must}</option>
          <option value="maybe">{priorityLabel.maybe}</option>
        </select>
      </label>
      <button type="button" aria-pressed={watchLater} aria-label={`Watch later: ${title}`} onClick={() => onChange({ watchLater: !watchLater })}>
        {watchLater ? '▶ On watch later' : '▷ Watch later'}
      </button>
      {annotation?.alternative && (
        <button type="button" aria-label={`Keep ${title} in the plan (no longer an alternative)`} onClick={() => onChange({ alternative: false })}>
          Back in the plan
        </button>
      )}
    </div>
  );
}

/** Short labels beside a session's title for what the plan knows about it. */
export function PlanBadges({ annotation }: { annotation: Annotation | undefined }) {
  if (!annotation) return null;
  const badges = [
    annotation.starred && annotation.priority ? priorityLabel[annotation.priority] : '',
    annotation.starred && annotation.alternative ? 'Alternative' : '',
    annotation.watchLater ? 'Watch later' : '',
  ].filter(Boolean);
  if (!badges.length) return null;
  return (
    <span class="tm-plan-badges">
      {badges.map((b) => (
        <span key={b} class={`tm-badge tm-badge-${b.toLowerCase().replace(/\W+/g, '-')}`}>
          {b}
        </span>
      ))}
    </span>
  );
}
