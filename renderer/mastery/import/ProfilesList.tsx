import { useState } from 'react';
import type { AssessmentProfile } from '../../../shared/import/profiles';
import type { MasteryScale } from '../../../shared';
import { toast } from '../../ui/toasts';
import { DRAFT_CUTS_NOTE } from './LevelTablesEditor';
import { ProfileLevelsForm } from './ProfileLevelsForm';
import { saveProfiles } from './profilesStore';
import './profiles.css';

type Props = {
  profiles: AssessmentProfile[];
  scale: MasteryScale;
  studentName: (id: string) => string | undefined;
  skillCode: (id: string) => string | undefined;
};

const levelsByTable = (p: AssessmentProfile) => p.valueKind === 'scale_score' || p.valueKind === 'placement';

/** The teacher's saved profiles: rename, delete (with Undo), or change the table that levels their scores. */
export function ProfilesList({ profiles, scale, studentName, skillCode }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [levels, setLevels] = useState<string | null>(null);
  const [name, setName] = useState('');
  if (profiles.length === 0) return null;

  const rename = async (p: AssessmentProfile) => {
    const next = name.trim();
    setEditing(null);
    if (!next || next === p.name) return;
    await saveProfiles(profiles.map((x) => (x.id === p.id ? { ...x, name: next } : x)));
    toast.undoable(`Renamed the profile '${p.name}' to '${next}'.`, () => saveProfiles(profiles));
  };
  const remove = async (p: AssessmentProfile) => {
    await saveProfiles(profiles.filter((x) => x.id !== p.id));
    toast.undoable(`Deleted the profile '${p.name}'.`, () => saveProfiles(profiles));
  };

  return (
    <section className="profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">Profiles</h2>
      <ul>
        {profiles.map((p) => (
          <li key={p.id}>
            {editing === p.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename(p);
                }}
              >
                <input aria-label={`New name for ${p.name}`} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
                <button type="submit">Save name</button>
                <button type="button" className="secondary" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span>{p.name}</span>{' '}
                {p.valueKind === 'scale_score' && p.cutsDraft && <span className="muted">({DRAFT_CUTS_NOTE}) </span>}
                {levelsByTable(p) && (
                  <>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Change the levels of ${p.name}`}
                      aria-expanded={levels === p.id}
                      onClick={() => setLevels(levels === p.id ? null : p.id)}
                    >
                      {p.valueKind === 'placement' ? 'Change the placement table' : 'Change the cut scores'}
                    </button>{' '}
                  </>
                )}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Rename ${p.name}`}
                  onClick={() => {
                    setEditing(p.id);
                    setName(p.name);
                  }}
                >
                  Rename
                </button>{' '}
                <button type="button" className="secondary" aria-label={`Delete ${p.name}`} onClick={() => void remove(p)}>
                  Delete
                </button>
              </>
            )}
            {levels === p.id && (
              <ProfileLevelsForm
                profile={p}
                profiles={profiles}
                scale={scale}
                studentName={studentName}
                skillCode={skillCode}
                onClose={() => setLevels(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
