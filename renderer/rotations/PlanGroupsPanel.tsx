import { useId } from 'react';
import { Link } from 'react-router';
import { formatDate, formatMean, type GroupingRecord, type PlanGroup, plural } from '../../shared';

type Props = {
  classId: string;
  /** the editor's own address, for the way back from the groups board */
  planPath: string;
  groupingId: string | null;
  groups: PlanGroup[];
  groupings: GroupingRecord[];
  suggestedGroups: number | null;
  onPickGrouping: (grouping: GroupingRecord | null) => void;
  onMove: (from: number, to: number) => void;
  /** a whole-class block: one group of everyone instead of a grouping */
  wholeClass: { classSize: number; onUseWholeClass: () => void } | null;
  /** mirrored stations: which set each group rotates through */
  sets: { of: Record<string, 'A' | 'B'>; onSet: (groupId: string, set: 'A' | 'B') => void } | null;
};


function groupingLabel(g: GroupingRecord): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(g.date) ? formatDate(g.date, 'medium') : g.date;
  const name = g.name.trim();
  const named = name && !name.startsWith('Groups') ? `${name} · ${day.replace(/ \d{4}$/, '')}` : `Groups ${day}`;
  return `${named} — ${plural(g.groups.length, 'group')}`;
}

/** The grouping the plan uses, and its groups in priority order (the first meets the teacher first). */
export function PlanGroupsPanel({ classId, planPath, groupingId, groups, groupings, suggestedGroups, onPickGrouping, onMove, wholeClass, sets }: Props) {
  const id = useId();
  // The groups board offers the way back to this plan, with the grouping just saved.
  const groupsLink = `/classes/${classId}/groups?forPlan=${encodeURIComponent(planPath)}`;
  const known = groupingId === null || groupings.some((g) => g.id === groupingId);
  return (
    <section className="card pe-groups" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Groups</h2>
      {wholeClass ? (
        <WholeClass groups={groups} {...wholeClass} />
      ) : groupings.length === 0 ? (
        <p>
          This class has no saved groupings yet. <Link to={groupsLink}>Make groups now</Link> from mastery
          data; this plan waits here unsaved until you come back.
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-grouping`}>Grouping</label>
          <select
            id={`${id}-grouping`}
            value={known ? (groupingId ?? '') : '__gone'}
            onChange={(e) => onPickGrouping(groupings.find((g) => g.id === e.target.value) ?? null)}
          >
            <option value="">Choose a grouping…</option>
            {!known && <option value="__gone">A grouping that was deleted (groups kept)</option>}
            {groupings.map((g) => (
              <option key={g.id} value={g.id}>
                {groupingLabel(g)}
              </option>
            ))}
          </select>
          <small className="hint">
            Or <Link to={groupsLink}>make groups now</Link>.
          </small>
        </div>
      )}
      {!wholeClass && groups.length > 0 && (
        <>
          <p className="small-text muted pe-order-hint">
            In this order each group meets the teacher: the lowest mean score first, where the need is.
          </p>
          <ol className="pe-order" aria-label="Group order">
            {groups.map((g, i) => (
              <li key={g.id} aria-label={g.name}>
                <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                <span className="pe-order-name">{g.name}</span>
                <span className="muted small-text pe-need">
                  {plural(g.studentIds.length, 'student')}
                  {typeof g.need === 'number' ? ` · mean ${formatMean(g.need)}` : ' · no scores'}
                </span>
                {sets && (
                  <select
                    className="pe-set"
                    aria-label={`${g.name} set`}
                    value={sets.of[g.id] ?? 'A'}
                    onChange={(e) => sets.onSet(g.id, e.target.value as 'A' | 'B')}
                  >
                    <option value="A">Set A</option>
                    <option value="B">Set B</option>
                  </select>
                )}
                <button
                  type="button"
                  className="icon-button pe-move"
                  aria-label={`Move ${g.name} up`}
                  disabled={i === 0}
                  onClick={() => onMove(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button pe-move"
                  aria-label={`Move ${g.name} down`}
                  disabled={i === groups.length - 1}
                  onClick={() => onMove(i, i + 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          {suggestedGroups !== null && suggestedGroups !== groups.length && (
            <p className="small-text muted">
              The play suits {plural(suggestedGroups, 'group')}; this grouping has {groups.length}.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** A whole-class block has one group, everyone in the class. */
function WholeClass({ groups, classSize, onUseWholeClass }: { groups: PlanGroup[]; classSize: number; onUseWholeClass: () => void }) {
  const one = groups.length === 1 ? groups[0]! : null;
  if (one && one.studentIds.length === classSize)
    return <p>Everyone together: the whole class, {plural(classSize, 'student')}, moves through the stations in the order listed.</p>;
  return (
    <div>
      <p>
        {one
          ? `This block has ${plural(one.studentIds.length, 'student')}, but the class now has ${classSize}.`
          : 'A whole-class block keeps everyone together in one group.'}
      </p>
      <button type="button" className="secondary small" onClick={onUseWholeClass}>
        Use the whole class ({plural(classSize, 'student')})
      </button>
    </div>
  );
}
