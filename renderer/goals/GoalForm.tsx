import { useId, useState, type FormEvent } from 'react';
import { addWeeks, format } from 'date-fns';
import { displayName, goalDraftSchema, type MasteryScale, type Student } from '../../shared';
import type { GoalDraft } from '../db/goals';
import type { TrackedSkill } from '../db/mastery';
import { Field } from '../ui/Field';

type Props = {
  classId: string;
  /** choose the student here, or fix it (from a student's profile) */
  students: Student[];
  fixedStudentId?: string | undefined;
  skills: TrackedSkill[];
  scale: MasteryScale;
  initial?: GoalDraft | undefined;
  submitLabel: string;
  onSubmit: (draft: GoalDraft) => Promise<void>;
  onCancel: () => void;
};

export function blankGoal(classId: string, studentId: string, scale: MasteryScale, today: string): GoalDraft {
  return {
    classId,
    studentId,
    title: '',
    skills: [{ skillId: '', target: scale.masteryPoints }],
    startDate: today,
    dueDate: format(addWeeks(new Date(`${today}T12:00:00`), 4), 'yyyy-MM-dd'),
    actionSteps: [],
  };
}

export function GoalForm({ classId, students, fixedStudentId, skills, scale, initial, submitLabel, onSubmit, onCancel }: Props) {
  const today = format(new Date(), 'yyyy-MM-dd');
  const [draft, setDraft] = useState<GoalDraft>(initial ?? blankGoal(classId, fixedStudentId ?? '', scale, today));
  const [steps, setSteps] = useState((initial?.actionSteps ?? []).join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ids = { student: useId(), steps: useId() };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = { ...draft, actionSteps: steps.split('\n').map((s) => s.trim()).filter(Boolean) };
    const found: Record<string, string> = {};
    if (!candidate.studentId) found.studentId = 'Pick the student whose goal this is.';
    const parsed = goalDraftSchema(scale).safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        found[key] ??= issue.message;
      }
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    await onSubmit(candidate);
  };

  const setSkill = (i: number, patch: Partial<GoalDraft['skills'][number]>) =>
    setDraft({ ...draft, skills: draft.skills.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  return (
    <form onSubmit={submit} noValidate>
      {!fixedStudentId && (
        <div className="field">
          <label htmlFor={ids.student}>Student</label>
          <select id={ids.student} value={draft.studentId} onChange={(e) => setDraft({ ...draft, studentId: e.target.value })}>
            <option value="">— pick a student —</option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {displayName(s)}
              </option>
            ))}
          </select>
          {errors.studentId && <small className="field-error">{errors.studentId}</small>}
        </div>
      )}
      <Field
        label="Goal, in the student's words"
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={errors.title}
        placeholder="I can find a unit rate and use it to compare prices"
        autoFocus
      />
      <fieldset className="goal-skills">
        <legend>Skills and targets</legend>
        {draft.skills.map((s, i) => (
          <div className="field-row" key={i}>
            <div className="field">
              <label htmlFor={`${ids.student}-skill-${i}`}>Skill {draft.skills.length > 1 ? i + 1 : ''}</label>
              <select id={`${ids.student}-skill-${i}`} value={s.skillId} onChange={(e) => setSkill(i, { skillId: e.target.value })}>
                <option value="">— pick a skill —</option>
                {skills.map(({ skill }) => (
                  <option key={skill.id} value={skill.id}>
                    {skill.code} — {skill.statement.slice(0, 70)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids.student}-target-${i}`}>Target {draft.skills.length > 1 ? i + 1 : ''}</label>
              <select id={`${ids.student}-target-${i}`} value={s.target} onChange={(e) => setSkill(i, { target: Number(e.target.value) })}>
                {scale.levels.map((l) => (
                  <option key={l.points} value={l.points}>
                    {l.points} {l.label}
                  </option>
                ))}
              </select>
            </div>
            {draft.skills.length > 1 && (
              <button
                type="button"
                className="secondary small align-end"
                aria-label={`Remove skill ${i + 1}`}
                onClick={() => setDraft({ ...draft, skills: draft.skills.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {errors.skills && <small className="field-error">{errors.skills}</small>}
        <button
          type="button"
          className="secondary small"
          onClick={() => setDraft({ ...draft, skills: [...draft.skills, { skillId: '', target: scale.masteryPoints }] })}
        >
          Add another skill
        </button>
      </fieldset>
      <div className="field-row">
        <Field label="Start date" type="date" value={draft.startDate} onChange={(e) => setDraft({ ...draft, startDate: e.target.value })} error={errors.startDate} />
        <Field label="Due date" type="date" value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} error={errors.dueDate} />
      </div>
      <div className="field">
        <label htmlFor={ids.steps}>Action steps (one per line, optional)</label>
        <textarea id={ids.steps} rows={3} value={steps} onChange={(e) => setSteps(e.target.value)} placeholder="10 minutes of IXL practice daily" />
      </div>
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
