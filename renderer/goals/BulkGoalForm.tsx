import { useId, useState } from 'react';
import { addWeeks, format, parseISO } from 'date-fns';
import { displayName, plural } from '../../shared';
import type { GoalDraft } from '../db/goals';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { Field } from '../ui/Field';
import { formatScore, todayIso } from '../mastery/format';

type Props = { classId: string; onSubmit: (drafts: GoalDraft[]) => Promise<void>; onCancel: () => void };

/** "Everyone below Meets on 6.RP.A.3: reach Meets by 12 December" — one goal each, editable later. */
export function BulkGoalForm({ classId, onSubmit, onCancel }: Props) {
  const data = readyWorkspace(useClassWorkspace(classId));
  const today = todayIso();
  const [skillId, setSkillId] = useState('');
  const [below, setBelow] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState(format(addWeeks(parseISO(today), 3), 'yyyy-MM-dd'));
  const [title, setTitle] = useState('');
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const ids = { skill: useId(), below: useId(), target: useId() };

  const scale = data?.settings.scale;
  const belowPoints = below ?? scale?.masteryPoints ?? 3;
  const targetPoints = target ?? scale?.masteryPoints ?? 3;
  const skill = data?.skills.find((s) => s.skill.id === skillId);

  // The levels are the workspace's own (already rolled up): picking the students is a filter.
  const candidates =
    data && skill
      ? data.students
          .map((student) => ({ student, value: data.matrix.get(student.id)?.get(skill.skill.id)?.value ?? null }))
          .filter((c) => c.value === null || c.value < belowPoints)
      : [];

  if (!data || !scale) return <p aria-busy="true">Loading…</p>;
  const levelName = (points: number) =>
    scale.levels.find((l) => l.points === points)?.label ?? String(points);
  const defaultTitle = skill ? `I can reach ${levelName(targetPoints)} on ${skill.skill.code}` : '';
  const chosen = candidates.filter((c) => !excluded.has(c.student.id));

  const submit = async () => {
    if (!skill) return setError('Pick the skill the goals are about.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || dueDate < today)
      return setError('Pick a due date from today on.');
    if (chosen.length === 0) return setError('No student is chosen.');
    setError('');
    await onSubmit(
      chosen.map((c) => ({
        classId,
        studentId: c.student.id,
        title: (title.trim() || defaultTitle).slice(0, 200),
        skills: [{ skillId: skill.skill.id, target: targetPoints }],
        startDate: today,
        dueDate,
        actionSteps: [],
      })),
    );
  };

  return (
    <div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.skill}>Skill</label>
          <select id={ids.skill} value={skillId} onChange={(e) => setSkillId(e.target.value)}>
            <option value="">— pick a skill —</option>
            {data.skills.map(({ skill: s }) => (
              <option key={s.id} value={s.id}>
                {s.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.below}>Students below</label>
          <select id={ids.below} value={belowPoints} onChange={(e) => setBelow(Number(e.target.value))}>
            {scale.levels.map((l) => (
              <option key={l.points} value={l.points}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.target}>Reach</label>
          <select id={ids.target} value={targetPoints} onChange={(e) => setTarget(Number(e.target.value))}>
            {scale.levels.map((l) => (
              <option key={l.points} value={l.points}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <Field label="By" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </div>
      <Field
        label="Goal title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder={defaultTitle || 'I can …'}
        hint="Each student can reword it afterwards."
      />
      {skill && (
        <fieldset className="bulk-students">
          <legend>
            {plural(candidates.length, 'student is', 'students are')} below{' '}
            {levelName(belowPoints)} on {skill.skill.code}
          </legend>
          {candidates.length === 0 && <p className="muted">Nobody: the whole class is there already.</p>}
          {candidates.map(({ student, value }) => (
            <label key={student.id} className="checkbox">
              <input
                type="checkbox"
                checked={!excluded.has(student.id)}
                onChange={(e) =>
                  setExcluded((prev) => {
                    const next = new Set(prev);
                    if (e.target.checked) next.delete(student.id);
                    else next.add(student.id);
                    return next;
                  })
                }
              />
              {displayName(student)}{' '}
              <span className="muted">({value === null ? 'no evidence yet' : formatScore(value)})</span>
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void submit()} disabled={!skill || chosen.length === 0}>
          Create {plural(chosen.length, 'goal')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
