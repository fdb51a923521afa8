import { useId } from 'react';
import { METHOD_KINDS, type CalculationMethod, type MethodKind } from '../../../shared';

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
};

export function MethodPicker({ label, value, onChange, allowInherit, explain }: Props) {
  const id = useId();
  const spec = value ? METHOD_KINDS.find((m) => m.kind === value.kind) : undefined;
  const paramValue = spec?.param && value ? (value as Record<string, unknown>)[spec.param.name] : undefined;
  return (
    <div className="method-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value?.kind ?? ''}
          onChange={(e) => onChange(e.target.value ? methodOfKind(e.target.value as MethodKind, value ?? undefined) : null)}
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
          <label htmlFor={`${id}-param`}>{spec.param.label}</label>
          <input
            id={`${id}-param`}
            type="number"
            min={spec.param.min}
            max={spec.param.max}
            step={1}
            value={typeof paramValue === 'number' && !Number.isNaN(paramValue) ? paramValue : ''}
            onChange={(e) => onChange({ ...value, [spec.param!.name]: e.target.valueAsNumber } as CalculationMethod)}
          />
        </div>
      )}
      {explain && spec && <p className="hint method-explain">{spec.explain}</p>}
    </div>
  );
}
