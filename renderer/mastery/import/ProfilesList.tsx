import { useState } from 'react';
import type { AssessmentProfile } from '../../../shared/import/profiles';
import { toast } from '../../ui/toasts';
import { saveProfiles } from './profilesStore';

/** The teacher's saved profiles: rename or delete (with Undo). */
export function ProfilesList({ profiles }: { profiles: AssessmentProfile[] }) {
  const [editing, setEditing] = useState<string | null>(null);
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
          </li>
        ))}
      </ul>
    </section>
  );
}
