import { useId, useState, type FormEvent } from 'react';
import { scaleRange, type MasteryScale, type Skill } from '../../../shared';
import { Field } from '../../ui/Field';
import { errorMessage } from '../../ui/toasts';
import { checkEvidence, type CheckedEvidence, type EvidenceDraft, type EvidenceErrors } from './profileData';

type Props = {
  initial: EvidenceDraft;
  scale: MasteryScale;
  /** the skills to choose from; without it the skill is fixed (editing) */
  skills?: Skill[];
  /** the fixed skill's code, shown when editing */
  skillCode?: string;
  /** the original result ('85%', '18/20') when the score came from one */
  raw?: string | undefined;
  submitLabel: string;
  onSubmit: (value: CheckedEvidence) => Promise<void>;
  onCancel: () => void;
};

/** Score, date, source and note for one piece of evidence, checked with plain-words errors. */
export function EvidenceForm({
  initial,
  scale,
  skills,
  skillCode,
  raw,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const [draft, setDraft] = useState<EvidenceDraft>(initial);
  const [errors, setErrors] = useState<EvidenceErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const skillId = useId();
  const noteId = useId();
  const { min, max } = scaleRange(scale);
  const set = (key: keyof EvidenceDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const levelsHint = scale.levels.map((l) => `${l.points} ${l.label}`).join(' · ');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkEvidence(draft, scale, skills ? skills.map((s) => s.id) : [draft.skillId]);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFailure('');
    setSaving(true);
    try {
      await onSubmit(checked.value);
    } catch (error) {
      setFailure(`Could not save the score: ${errorMessage(error)}`);
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {skills ? (
        <div className="field">
          <label htmlFor={skillId}>Skill</label>
          <select
            id={skillId}
            value={draft.skillId}
            onChange={set('skillId')}
            autoFocus
            aria-invalid={!!errors.skillId}
            aria-describedby={errors.skillId ? `${skillId}-error` : undefined}
          >
            {!skills.some((s) => s.id === draft.skillId) && <option value="">Choose a skill…</option>}
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} — {s.statement.length > 70 ? `${s.statement.slice(0, 69)}…` : s.statement}
              </option>
            ))}
          </select>
          {errors.skillId && (
            <small id={`${skillId}-error`} className="field-error">
              {errors.skillId}
            </small>
          )}
        </div>
      ) : (
        <p className="evidence-form-skill">
          Skill <span className="mono">{skillCode}</span>
          {raw && <span className="muted"> · original result {raw}</span>}
        </p>
      )}
      <div className="field-row">
        <Field
          label="Score"
          type="number"
          inputMode="decimal"
          step="any"
          min={min}
          max={max}
          value={draft.score}
          onChange={set('score')}
          error={errors.score}
          hint={levelsHint}
          autoFocus={!skills}
        />
        <Field label="Date" type="date" value={draft.date} onChange={set('date')} error={errors.date} />
      </div>
      <Field
        label="Source"
        value={draft.source}
        onChange={set('source')}
        error={errors.source}
        hint="Where the score came from, like Exit ticket 3 or Quiz 1"
      />
      <div className="field">
        <label htmlFor={noteId}>Note</label>
        <textarea
          id={noteId}
          rows={3}
          value={draft.note}
          onChange={set('note')}
          aria-invalid={!!errors.note}
          aria-describedby={errors.note ? `${noteId}-error` : undefined}
        />
        {errors.note && (
          <small id={`${noteId}-error`} className="field-error">
            {errors.note}
          </small>
        )}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
