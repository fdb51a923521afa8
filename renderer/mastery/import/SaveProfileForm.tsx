import { useId, useState } from 'react';
import { VALUE_KINDS, type AssessmentProfile, type AssessmentValueKind, type MasteryScale } from '../../../shared';
import { Field } from '../../ui/Field';
import { draftOf, fieldsOf, type LevelTablesDraft } from './levelTables';
import { LevelTablesEditor } from './LevelTablesEditor';

type Props = {
  /** the profile as it stands: the current mapping, or a template's */
  draft: AssessmentProfile;
  /** the skill names the file holds (wide headers, strand or outcome names) */
  skillNames: string[];
  /** the class scale, for the placement table's levels */
  scale: MasteryScale;
  onSave: (profile: AssessmentProfile) => void | Promise<void>;
  onCancel: () => void;
};

/** Name, value kind and the tables that turn the file's values and skill names into levels and codes. */
export function SaveProfileForm({ draft, skillNames, scale, onSave, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(draft.name);
  const [kind, setKind] = useState<AssessmentValueKind>(draft.valueKind);
  const [tables, setTables] = useState<LevelTablesDraft>(() => draftOf(draft, scale));
  const [codes, setCodes] = useState<Record<string, string>>(() => {
    const map: Record<string, string> = { ...(draft.skillCodeMap ?? {}) };
    for (const n of skillNames) if (!(n in map)) map[n] = '';
    return map;
  });
  const [error, setError] = useState('');

  const save = () => {
    if (!name.trim()) return setError('Give the profile a name, like "i-Ready Math diagnostic".');
    const read = fieldsOf(tables, kind);
    if (!read.ok) return setError(read.error);
    void onSave({
      ...draft,
      name: name.trim(),
      valueKind: kind,
      ...read.fields,
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

      <LevelTablesEditor kind={kind} draft={tables} onChange={setTables} scale={scale} />

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
