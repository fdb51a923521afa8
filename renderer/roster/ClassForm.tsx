import { useState, type FormEvent } from 'react';
import { classFieldsSchema, fieldErrors, type ClassFields } from '../../shared';
import { Field } from '../ui/Field';

type Props = { initial?: ClassFields; submitLabel: string; onSubmit: (fields: ClassFields) => Promise<void>; onCancel: () => void };

const blank: ClassFields = { name: '', subject: '', grade: '', term: '' };

export function ClassForm({ initial = blank, submitLabel, onSubmit, onCancel }: Props) {
  const [fields, setFields] = useState<ClassFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof ClassFields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = classFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label="Class name" value={fields.name} onChange={set('name')} error={errors.name} autoFocus placeholder="Grade 6 Math — Period 2" />
      <div className="field-row">
        <Field label="Subject" value={fields.subject} onChange={set('subject')} error={errors.subject} />
        <Field label="Grade" value={fields.grade} onChange={set('grade')} error={errors.grade} />
        <Field label="Term" value={fields.term} onChange={set('term')} error={errors.term} placeholder="2026–27 Fall" />
      </div>
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
