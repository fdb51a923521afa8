import { useId } from 'react';

type Props<F extends string> = {
  fields: { field: F; label: string }[];
  headers: string[];
  mapping: Partial<Record<F, number>>;
  onChange: (mapping: Partial<Record<F, number>>) => void;
};

/** One select per field: which column of the file holds it. Detection guesses; the teacher decides. */
export function MappingEditor<F extends string>({ fields, headers, mapping, onChange }: Props<F>) {
  const id = useId();
  return (
    <fieldset className="mapping">
      <legend>Columns</legend>
      {fields.map(({ field, label }) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{label}</label>
          <select
            id={`${id}-${field}`}
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const next = { ...mapping };
              if (e.target.value === '') delete next[field];
              else next[field] = Number(e.target.value);
              onChange(next);
            }}
          >
            <option value="">— not in this file —</option>
            {headers.map((h, i) => (
              <option key={i} value={i}>
                {h || `Column ${i + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
