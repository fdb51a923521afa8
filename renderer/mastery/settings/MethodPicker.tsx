import { useId, useState } from 'react';
import { METHOD_KINDS, type CalculationMethod, type MethodKind } from '../../../shared';
import { checkMethodParam } from './methodParam';

export function methodOfKind(kind: MethodKind, previous?: CalculationMethod): CalculationMethod {
  const spec = METHOD_KINDS.find((m) => m.kind === kind)!;
  if (!spec.param) return { kind } as CalculationMethod;
  const prev = previous && previous.kind === kind ? (previous as Record<string, unknown>)[spec.param.name] : undefined;
  return { kind, [spec.param.name]: typeof prev === 'number' ? prev : spec.param.default } as CalculationMethod;
}

type Props = {
  label: string;
  /** null: "use the class's method" (only offered when allowInherit) */
  value: CalculationMethod | null;
  onChange: (method: CalculationMethod | null) => void;
  allowInherit?: string;
  explain?: boolean;
  /** what the fields are for when the page has several pickers (a skill code), for screen readers */
  about?: string;
  /** said after the error while the number is not valid, e.g. which value still counts */
  keptNote?: string | undefined;
};

export function MethodPicker({ label, value, onChange, allowInherit, explain, about, keptNote }: Props) {
  const id = useId();
  const spec = value ? METHOD_KINDS.find((m) => m.kind === value.kind) : undefined;
  const paramValue = spec?.param && value ? (value as Record<string, unknown>)[spec.param.name] : undefined;
  // The number field shows the teacher's own text while they type, not the value: a caller that
  // keeps only valid values (a skill's override) would otherwise snap the field back on the first
  // keystroke out of range.
  const [draft, setDraft] = useState<string | null>(null);
  const stored = typeof paramValue === 'number' && !Number.isNaN(paramValue) ? String(paramValue) : '';
  const check = draft !== null && spec?.param ? checkMethodParam(draft, spec.param) : null;
  // A valid draft the value no longer matches was overtaken (an undo, another window): show the value.
  const shown = draft !== null && !(check?.ok && check.value !== paramValue) ? draft : stored;
  const error = draft !== null && shown === draft && check && !check.ok ? check.message : null;
  return (
    <div className="method-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value?.kind ?? ''}
          onChange={(e) => {
            setDraft(null);
            onChange(e.target.value ? methodOfKind(e.target.value as MethodKind, value ?? undefined) : null);
          }}
        >
          {allowInherit && <option value="">{allowInherit}</option>}
          {METHOD_KINDS.map((m) => (
            <option key={m.kind} value={m.kind}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      {spec?.param && value && (
        <div className="field narrow">
          <label htmlFor={`${id}-param`}>
            {spec.param.label}
            {about && <span className="visually-hidden"> for {about}</span>}
          </label>
          <input
            id={`${id}-param`}
            type="number"
            min={spec.param.min}
            max={spec.param.max}
            step={1}
            value={shown}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-param-error` : undefined}
            onChange={(e) => {
              const text = e.target.value;
              setDraft(text);
              const checked = checkMethodParam(text, spec.param!);
              // An invalid draft still goes to the caller, as NaN, so a form that saves on a button
              // refuses it; a caller that saves at once must drop it.
              onChange({ ...value, [spec.param!.name]: checked.ok ? checked.value : NaN } as CalculationMethod);
            }}
            onBlur={() => {
              if (check?.ok) setDraft(null);
            }}
          />
          {error && (
            <small id={`${id}-param-error`} className="field-error method-param-error">
              {error}
              {keptNote ? ` ${keptNote}` : ''}
            </small>
          )}
        </div>
      )}
      {explain && spec && <p className="hint method-explain">{spec.explain}</p>}
    </div>
  );
}
