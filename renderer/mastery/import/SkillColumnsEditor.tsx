import { useId } from 'react';
import type { ResultsMapping } from '../../../shared/import/resultsCsv';

type Props = {
  headers: string[];
  mapping: ResultsMapping;
  /** the columns the preview reads as skills */
  skillColumns: number[];
  scaleRange: string;
  onChange: (mapping: ResultsMapping) => void;
};

/** For a file with one column per skill: which columns are skills, and what their numbers mean. */
export function SkillColumnsEditor({ headers, mapping, skillColumns, scaleRange, onChange }: Props) {
  const id = useId();
  const used = new Set(Object.values(mapping).filter((v) => typeof v === 'number'));
  return (
    <fieldset className="mapping skill-columns">
      <legend>Skill columns (one column per skill)</legend>
      {headers.map((h, i) =>
        used.has(i) ? null : (
          <label className="checkbox" key={i}>
            <input
              type="checkbox"
              checked={skillColumns.includes(i)}
              onChange={(e) =>
                onChange({
                  ...mapping,
                  skillColumns: e.target.checked
                    ? [...skillColumns, i].sort((a, b) => a - b)
                    : skillColumns.filter((c) => c !== i),
                })
              }
            />
            {h || `Column ${i + 1}`}
          </label>
        ),
      )}
      <div className="field">
        <label htmlFor={`${id}-values`}>Numbers in skill columns are</label>
        <select
          id={`${id}-values`}
          value={mapping.wideValues ?? 'score'}
          onChange={(e) =>
            onChange({ ...mapping, wideValues: e.target.value === 'percent' ? 'percent' : 'score' })
          }
        >
          <option value="score">Scores on the class scale ({scaleRange})</option>
          <option value="percent">Percents (0 to 100)</option>
        </select>
      </div>
    </fieldset>
  );
}
