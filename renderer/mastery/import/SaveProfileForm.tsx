import { useId, useState } from 'react';
import {
  VALUE_KINDS,
  type AssessmentProfile,
  type AssessmentValueKind,
  type ScaleScoreCut,
} from '../../../shared/import/profiles';
import { Field } from '../../ui/Field';

type Props = {
  /** the profile as it stands: the current mapping, or a template's */
  draft: AssessmentProfile;
  /** the skill names the file holds (wide headers, strand or outcome names) */
  skillNames: string[];
  onSave: (profile: AssessmentProfile) => void | Promise<void>;
  onCancel: () => void;
};

const DEFAULT_SCALE_CUTS: ScaleScoreCut[] = [
  { min: 600, points: 4 },
  { min: 500, points: 3 },
  { min: 400, points: 2 },
  { min: 0, points: 1 },
];

/** Name, value kind and the tables that turn the file's values and skill names into levels and codes. */
export function SaveProfileForm({ draft, skillNames, onSave, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(draft.name);
  const [kind, setKind] = useState<AssessmentValueKind>(draft.valueKind);
  const [cuts, setCuts] = useState<{ min: string; points: string }[]>(
    (draft.scaleScoreCuts?.length ? draft.scaleScoreCuts : DEFAULT_SCALE_CUTS).map((c) => ({
      min: String(c.min),
      points: String(c.points),
    })),
  );
  const [placements, setPlacements] = useState<{ text: string; points: string }[]>(
    Object.entries(draft.placementLevels ?? {}).map(([text, points]) => ({ text, points: String(points) })),
  );
  const [codes, setCodes] = useState<Record<string, string>>(() => {
    const map: Record<string, string> = { ...(draft.skillCodeMap ?? {}) };
    for (const n of skillNames) if (!(n in map)) map[n] = '';
    return map;
  });
  const [error, setError] = useState('');

  const save = () => {
    if (!name.trim()) return setError('Give the profile a name, like "i-Ready Math diagnostic".');
    const scaleScoreCuts = cuts
      .filter((c) => c.min.trim() !== '' && c.points.trim() !== '')
      .map((c) => ({ min: Number(c.min), points: Number(c.points) }));
    if (kind === 'scale_score' && (scaleScoreCuts.length === 0 || scaleScoreCuts.some((c) => !Number.isFinite(c.min) || !Number.isFinite(c.points)))) {
      return setError('Give each cut score a number for the lowest scale score and the points it is worth.');
    }
    const placementLevels = Object.fromEntries(
      placements.filter((p) => p.text.trim() && p.points.trim() !== '').map((p) => [p.text.trim(), Number(p.points)]),
    );
    void onSave({
      ...draft,
      name: name.trim(),
      valueKind: kind,
      scaleScoreCuts: [...scaleScoreCuts].sort((a, b) => b.min - a.min),
      placementLevels,
      skillCodeMap: Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, v.trim()])),
    });
  };

  return (
    <form
      className="save-profile"
      aria-label="Save as a profile"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>Save this mapping as a profile</h2>
      <p className="muted">
        Next time a file with the same columns comes from this source, it is recognised and imported in one click.
      </p>
      <Field label="Profile name" value={name} onChange={(e) => setName(e.target.value)} error={error || undefined} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>The scores in this file are</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AssessmentValueKind)}>
          {VALUE_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>

      {kind === 'scale_score' && (
        <fieldset>
          <legend>Cut scores: lowest scale score for each level</legend>
          {cuts.map((c, i) => (
            <div className="row" key={i}>
              <Field
                label={`Cut ${i + 1} lowest score`}
                inputMode="decimal"
                value={c.min}
                onChange={(e) => setCuts(cuts.map((x, j) => (j === i ? { ...x, min: e.target.value } : x)))}
              />
              <Field
                label={`Cut ${i + 1} level points`}
                inputMode="decimal"
                value={c.points}
                onChange={(e) => setCuts(cuts.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))}
              />
              <button type="button" className="secondary" onClick={() => setCuts(cuts.filter((_, j) => j !== i))}>
                Remove cut {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setCuts([...cuts, { min: '', points: '' }])}>
            Add a cut
          </button>
        </fieldset>
      )}

      {kind === 'placement' && (
        <fieldset>
          <legend>Placements and the level each one is</legend>
          {placements.map((p, i) => (
            <div className="row" key={i}>
              <Field
                label={`Placement ${i + 1}`}
                value={p.text}
                onChange={(e) => setPlacements(placements.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
              />
              <Field
                label={`Placement ${i + 1} level points`}
                inputMode="decimal"
                value={p.points}
                onChange={(e) => setPlacements(placements.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))}
              />
              <button
                type="button"
                className="secondary"
                onClick={() => setPlacements(placements.filter((_, j) => j !== i))}
              >
                Remove placement {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setPlacements([...placements, { text: '', points: '' }])}>
            Add a placement
          </button>
        </fieldset>
      )}

      {Object.keys(codes).length > 0 && (
        <fieldset>
          <legend>Skill codes for this source&apos;s domains</legend>
          {Object.entries(codes).map(([source, code]) => (
            <Field
              key={source}
              label={`Skill code for ${source}`}
              value={code}
              placeholder="like 6.RP.A.1"
              onChange={(e) => setCodes({ ...codes, [source]: e.target.value })}
            />
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit">Save profile</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
