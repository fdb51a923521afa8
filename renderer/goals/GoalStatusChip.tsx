import { GOAL_STATUS_LABELS, type GoalStatus } from '../../shared';

/** The status in words, with a colour and a symbol as extra cues (never colour alone). */
const SYMBOL: Record<GoalStatus, string> = {
  met: '✓',
  on_track: '↗',
  at_risk: '!',
  off_track: '!!',
  overdue: '⏰',
  no_data: '?',
};

export function GoalStatusChip({ status, closedAs }: { status: GoalStatus; closedAs?: 'met' | 'dropped' | undefined }) {
  if (closedAs === 'dropped') return <span className="goal-chip goal-dropped">Dropped</span>;
  return (
    <span className={`goal-chip goal-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {GOAL_STATUS_LABELS[status]}
    </span>
  );
}
