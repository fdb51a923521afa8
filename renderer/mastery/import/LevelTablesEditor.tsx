import { useId } from 'react';
import {
  PLACEMENT_BANDS,
  placementDefaultsText,
  type AssessmentValueKind,
  type MasteryScale,
  type PlacementBand,
} from '../../../shared';
import { Field } from '../../ui/Field';
import type { LevelTablesDraft } from './levelTables';

type Props = {
  kind: AssessmentValueKind;
  draft: LevelTablesDraft;
  onChange: (draft: LevelTablesDraft) => void;
  /** the class scale the levels are chosen from */
  scale: MasteryScale;
};

/** How a profile's scale scores or placements become levels: cut scores, or the placement table. */
export function LevelTablesEditor({ kind, draft, onChange, scale }: Props) {
  if (kind === 'scale_score') return <CutScoresEditor draft={draft} onChange={onChange} />;
  if (kind === 'placement') return <PlacementTableEditor draft={draft} onChange={onChange} scale={scale} />;
  return null;
}

export const DRAFT_CUTS_NOTE =
  "Placeholder cuts: check them against your school's norms before relying on levels.";

function CutScoresEditor({ draft, onChange }: Omit<Props, 'kind' | 'scale'>) {
  const { cuts } = draft;
  const setCuts = (next: LevelTablesDraft['cuts']) => onChange({ ...draft, cuts: next });
  return (
    <fieldset>
      <legend>Cut scores: lowest scale score for each level</legend>
      {draft.cutsDraft && (
        <p className="banner warning" role="note">
          {DRAFT_CUTS_NOTE} Each score keeps its scale score, so the levels can be worked out again when the cuts change.
        </p>
      )}
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
      <label className="checkbox">
        <input
          type="checkbox"
          checked={!draft.cutsDraft}
          onChange={(e) => onChange({ ...draft, cutsDraft: !e.target.checked })}
        />
        I have checked these cuts against our school&apos;s norms
      </label>
    </fieldset>
  );
}

const pointsText = (x: number) => String(Math.round(x * 1e6) / 1e6);

function PlacementTableEditor({ draft, onChange, scale }: Omit<Props, 'kind'>) {
  const id = useId();
  const { own } = draft;
  const setOwn = (next: LevelTablesDraft['own']) => onChange({ ...draft, own: next });
  const setBand = (band: PlacementBand, points: number) => onChange({ ...draft, bands: { ...draft.bands, [band]: points } });
  return (
    <>
      <fieldset>
        <legend>Placement table: the level each placement is</legend>
        <p className="muted" id={`${id}-how`}>
          Placements like &quot;Mid 7&quot;, &quot;Level K&quot; or &quot;Late 5&quot; are read against the student&apos;s
          grade in the file (the Student grade column): Mid 7 for a grade 7 student is on grade level, Level 5 is 2 grade
          levels below. Older wordings (&quot;Early On Grade Level&quot;, &quot;2 Grade Levels Below&quot;, &quot;Tested
          Out&quot;) are read as they say. {placementDefaultsText(scale)}
        </p>
        {PLACEMENT_BANDS.map(({ band, label }) => {
          const value = draft.bands[band];
          const known = scale.levels.some((l) => l.points === value);
          return (
            <div className="field" key={band}>
              <label htmlFor={`${id}-${band}`}>Level for {label.toLowerCase()}</label>
              <select
                id={`${id}-${band}`}
                aria-describedby={`${id}-how`}
                value={pointsText(value)}
                onChange={(e) => setBand(band, Number(e.target.value))}
              >
                {!known && <option value={pointsText(value)}>{pointsText(value)} points</option>}
                {scale.levels.map((l) => (
                  <option key={l.points} value={pointsText(l.points)}>
                    {l.label} ({pointsText(l.points)})
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Your own placement wordings</legend>
        <p className="muted">For a wording the table above does not read; these come first.</p>
        {own.map((p, i) => (
          <div className="row" key={i}>
            <Field
              label={`Placement ${i + 1}`}
              value={p.text}
              onChange={(e) => setOwn(own.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
            <Field
              label={`Placement ${i + 1} level points`}
              inputMode="decimal"
              value={p.points}
              onChange={(e) => setOwn(own.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))}
            />
            <button type="button" className="secondary" onClick={() => setOwn(own.filter((_, j) => j !== i))}>
              Remove placement {i + 1}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setOwn([...own, { text: '', points: '' }])}>
          Add a placement
        </button>
      </fieldset>
    </>
  );
}
