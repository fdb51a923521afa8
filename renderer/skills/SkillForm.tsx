import { useId, useState, type FormEvent } from 'react';
import { fieldErrors, skillFieldsSchema, type SkillFields, type SkillRow } from '../../shared';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/toasts';

type Props = {
  initial: SkillFields;
  /** the skills that may be chosen as parent (the skill itself and its sub-skills are left out) */
  parents: SkillRow[];
  submitLabel: string;
  onSubmit: (fields: SkillFields) => Promise<void>;
  onCancel: () => void;
};

export function SkillForm({ initial, parents, submitLabel, onSubmit, onCancel }: Props) {
  const [fields, setFields] = useState<SkillFields>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const statementId = useId();
  const parentId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = skillFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      setErrors({ parentId: errorMessage(error) });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label="Code" value={fields.code} onChange={(e) => setFields({ ...fields, code: e.target.value })} error={errors.code} autoFocus placeholder="6.RP.A.1" />
      <div className="field">
        <label htmlFor={statementId}>Statement</label>
        <textarea
          id={statementId}
          rows={3}
          value={fields.statement}
          aria-invalid={!!errors.statement}
          onChange={(e) => setFields({ ...fields, statement: e.target.value })}
        />
        {errors.statement && <small className="field-error">{errors.statement}</small>}
      </div>
      <div className="field">
        <label htmlFor={parentId}>Parent skill</label>
        <select id={parentId} value={fields.parentId ?? ''} onChange={(e) => setFields({ ...fields, parentId: e.target.value || null })}>
          <option value="">— none (top level) —</option>
          {parents.map(({ skill, depth }) => (
            <option key={skill.id} value={skill.id}>
              {'\u00a0\u00a0'.repeat(depth)}
              {skill.code} — {skill.statement.slice(0, 60)}
            </option>
          ))}
        </select>
        {errors.parentId && <small className="field-error">{errors.parentId}</small>}
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
