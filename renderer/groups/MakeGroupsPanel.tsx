import { useId } from 'react';
import { displayName } from '../../shared';
import type { GroupingData } from '../db/groupings';
import type { BoardSettings, Strategy } from './boardStore';
import { GroupRules } from './GroupRules';

const STRATEGIES: { value: Strategy; label: string; hint: string }[] = [
  { value: 'similar', label: 'Similar levels (targeted small-group teaching)', hint: 'The group that most needs you comes first.' },
  { value: 'mixed', label: 'Mixed levels (collaborative work)', hint: 'Even groups that avoid repeating recent pairs.' },
];

type Props = {
  classId: string;
  data: GroupingData;
  settings: BoardSettings;
  names: Record<string, string>;
  onSettings: (change: Partial<BoardSettings>) => void;
  onAbsent: (studentId: string, absent: boolean) => void;
  onMake: () => void;
  /** some students are locked on the board: offer to regroup around them */
  lockedCount: number;
  /** whole groups locked on the board, by name: they stay exactly as they are */
  lockedGroupNames: string[];
};

export function MakeGroupsPanel({
  classId,
  data,
  settings,
  names,
  onSettings,
  onAbsent,
  onMake,
  lockedCount,
  lockedGroupNames,
}: Props) {
  const anyLock = lockedCount > 0 || lockedGroupNames.length > 0;
  const keeps = [
    lockedGroupNames.length > 0 &&
      `${lockedGroupNames.join(', ')} ${lockedGroupNames.length === 1 ? 'stays' : 'stay'} exactly as ${lockedGroupNames.length === 1 ? 'it is' : 'they are'}`,
    lockedCount > 0 && `${lockedCount} locked ${lockedCount === 1 ? 'student stays' : 'students stay'} where they are`,
  ].filter(Boolean);
  const ids = { count: useId(), max: useId(), sizeHint: useId(), makeHint: useId() };
  const chosen = new Set(settings.skillIds);
  const absent = new Set(settings.absent);
  const byName = data.students.map((s) => ({ id: s.id, name: displayName(s) })).sort((a, b) => a.name.localeCompare(b.name));
  const toggleSkill = (skillId: string, on: boolean) =>
    // Keep the class's skill order, whatever order they were ticked in.
    onSettings({ skillIds: data.skills.map((s) => s.skill.id).filter((id) => (id === skillId ? on : chosen.has(id))) });
  const noSkill = settings.skillIds.length === 0;
  const present = data.students.length - data.students.filter((s) => absent.has(s.id)).length;

  return (
    <section className="card gb-make" aria-labelledby="gb-make-title">
      <h2 id="gb-make-title" className="gb-panel-title">
        Make groups
      </h2>
      <div className="gb-make-grid">
        <div className="gb-make-col">
          <fieldset className="gb-skills">
            <legend>Skills to group by</legend>
            <div className="gb-skill-list">
              {data.skills.map(({ skill }) => (
                <label key={skill.id} className="checkbox" title={skill.statement}>
                  <input type="checkbox" checked={chosen.has(skill.id)} onChange={(e) => toggleSkill(skill.id, e.target.checked)} />
                  {skill.code}
                </label>
              ))}
            </div>
          </fieldset>
          <details className="gb-absent">
            <summary>
              Absent today <span className="badge">{absent.size}</span>
            </summary>
            <fieldset>
              <legend className="visually-hidden">Absent today</legend>
              <div className="gb-absent-list">
                {data.students.map((s) => (
                  <label key={s.id} className="checkbox">
                    <input type="checkbox" checked={absent.has(s.id)} onChange={(e) => onAbsent(s.id, e.target.checked)} />
                    {displayName(s)}
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
        </div>

        <div className="gb-make-col">
          <fieldset className="gb-strategy">
            <legend>Strategy</legend>
            {STRATEGIES.map((s) => (
              <label key={s.value} className="checkbox" title={s.hint}>
                <input
                  type="radio"
                  name={`strategy-${classId}`}
                  value={s.value}
                  checked={settings.strategy === s.value}
                  onChange={() => onSettings({ strategy: s.value })}
                />
                {s.label}
              </label>
            ))}
          </fieldset>
          <div className="gb-size">
            <div className="field">
              <label htmlFor={ids.count}>Number of groups</label>
              <input
                id={ids.count}
                type="number"
                min={1}
                max={Math.max(1, present)}
                value={settings.groupCount}
                aria-describedby={ids.sizeHint}
                onChange={(e) => onSettings({ groupCount: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.max}>Largest group size</label>
              <input
                id={ids.max}
                type="number"
                min={1}
                placeholder="any"
                value={settings.maxSize}
                aria-describedby={ids.sizeHint}
                onChange={(e) => onSettings({ maxSize: e.target.value })}
              />
            </div>
          </div>
          <p className="hint gb-size-hint" id={ids.sizeHint}>
            Leave the number empty to let the largest size decide how many groups.
          </p>
          <div className="actions">
            <button type="button" onClick={onMake} disabled={noSkill || present === 0} aria-describedby={noSkill ? ids.makeHint : undefined}>
              Make groups
            </button>
            {anyLock && (
              <button type="button" className="secondary" onClick={onMake} disabled={noSkill}>
                Regroup the rest
              </button>
            )}
          </div>
          {noSkill && (
            <p className="hint gb-make-hint" id={ids.makeHint}>
              Tick at least one skill to group by.
            </p>
          )}
          {anyLock && !noSkill && <p className="hint gb-make-hint">{keeps.join('; ')}.</p>}
        </div>

        <div className="gb-make-col">
          <GroupRules classId={classId} rules={data.rules} students={byName} names={names} />
        </div>
      </div>
    </section>
  );
}
