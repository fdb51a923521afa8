import { useId, useState, type FormEvent } from 'react';
import { emptyStudentFields, fieldErrors, studentFieldsSchema, type StudentFields } from '../../shared';
import { Field } from '../ui/Field';

type Props = {
  initial?: StudentFields;
  submitLabel: string;
  onSubmit: (fields: StudentFields) => Promise<void>;
  onCancel: () => void;
};

export function StudentForm({ initial = emptyStudentFields, submitLabel, onSubmit, onCancel }: Props) {
  const [fields, setFields] = useState<StudentFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const notesId = useId();
  const set = (key: keyof StudentFields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = studentFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    await onSubmit(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field-row">
        <Field label="First name" value={fields.givenName} onChange={set('givenName')} error={errors.givenName} autoFocus />
        <Field label="Last name" value={fields.familyName} onChange={set('familyName')} error={errors.familyName} />
      </div>
      <div className="field-row">
        <Field label="Preferred name" value={fields.preferredName} onChange={set('preferredName')} hint="What the student likes to be called" />
        <Field label="Student ID" value={fields.studentNumber} onChange={set('studentNumber')} error={errors.studentNumber} />
      </div>
      <Field label="Email" type="email" value={fields.email} onChange={set('email')} error={errors.email} />
      <div className="field">
        <label htmlFor={notesId}>Notes</label>
        <textarea id={notesId} rows={3} value={fields.notes} onChange={set('notes')} />
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
