import { useId, useState, type FormEvent } from 'react';
import type { CheckInDraft } from '../../db/goals';
import { Field } from '../../ui/Field';
import { checkCheckIn, CONFIDENCE_LEVELS, CONFIDENCE_WORDS, type CheckInErrors, type CheckInValues } from './checkIns';

type Props = {
  goalId: string;
  initial: CheckInValues;
  submitLabel: string;
  onSubmit: (draft: CheckInDraft) => Promise<void>;
  onCancel: () => void;
};

/** A check-in with the student: what the teacher saw, what the student says, and when to meet next. */
export function CheckInForm({ goalId, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<CheckInValues>(initial);
  const [errors, setErrors] = useState<CheckInErrors>({});
  const [busy, setBusy] = useState(false);
  const ids = { note: useId(), reflection: useId(), confidence: useId() };
  const set = (patch: Partial<CheckInValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A message goes once its field is changed; the rest wait for the next try.
    if (('date' in patch && errors.date) || ('nextDate' in patch && errors.nextDate)) {
      setErrors((e) => ({ ...e, ...('date' in patch ? { date: undefined } : {}), ...('nextDate' in patch ? { nextDate: undefined } : {}) }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkCheckIn(goalId, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(checked.draft);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="checkin-form">
      <div className="field-row">
        <Field
          label="Date"
          type="date"
          value={values.date}
          onChange={(e) => set({ date: e.target.value })}
          error={errors.date}
          required
        />
        <Field
          label="Next check-in"
          type="date"
          value={values.nextDate}
          min={values.date || undefined}
          onChange={(e) => set({ nextDate: e.target.value })}
          error={errors.nextDate}
          hint="Optional: when to meet again"
        />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Teacher note</label>
        <textarea
          id={ids.note}
          rows={3}
          value={values.teacherNote}
          // The date is filled in already: what the teacher types first is the note.
          data-autofocus
          onChange={(e) => set({ teacherNote: e.target.value })}
          placeholder="Solved 3 of 4 unit-rate problems; mixed up which quantity goes first."
        />
      </div>
      <div className="field">
        <label htmlFor={ids.reflection}>Student reflection</label>
        <textarea
          id={ids.reflection}
          rows={3}
          value={values.reflection}
          onChange={(e) => set({ reflection: e.target.value })}
          placeholder="In the student's words: what went well, what is still hard"
        />
      </div>
      <fieldset className="confidence-group">
        <legend>Student&apos;s confidence</legend>
        <div className="confidence-options">
          <label className="confidence-option">
            <input
              type="radio"
              name={ids.confidence}
              checked={values.confidence === null}
              onChange={() => set({ confidence: null })}
            />
            <span>Not asked</span>
          </label>
          {CONFIDENCE_LEVELS.map((level) => (
            <label key={level} className="confidence-option">
              <input
                type="radio"
                name={ids.confidence}
                value={level}
                checked={values.confidence === level}
                onChange={() => set({ confidence: level })}
              />
              <span>
                <span className="confidence-number">{level}</span> {CONFIDENCE_WORDS[level]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
