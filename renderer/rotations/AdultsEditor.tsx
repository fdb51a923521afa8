import { useId, useState, type FormEvent } from 'react';
import type { ClassAdult } from '../../shared';
import { setClassAdults } from '../db/classes';
import { errorMessage, toast } from '../ui/toasts';
import { ROLE_LABELS } from './planDraft';
import { newId } from '../db/ids';

/** The class's adults who can run a station (saved with the class, not the plan). */
export function AdultsEditor({ classId, adults }: { classId: string; adults: ClassAdult[] }) {
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ClassAdult['role']>('teacher');
  const save = async (next: ClassAdult[], message: string, undo?: ClassAdult[]) => {
    try {
      await setClassAdults(classId, next);
      if (undo) toast.undoable(message, () => setClassAdults(classId, undo));
    } catch (e) {
      toast.error(`The adults were not saved: ${errorMessage(e)}`);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void save([...adults, { id: newId(), name: name.trim(), role }], '');
    setName('');
  };
  return (
    <section className="card pe-adults" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Adults</h2>
      {adults.length === 0 ? (
        <p className="muted small-text">No adults listed for this class yet. Add yourself and any co-teacher or aide.</p>
      ) : (
        <ul className="pe-adult-list" aria-label="Adults in this class">
          {adults.map((a) => (
            <li key={a.id}>
              {a.name} <span className="muted">· {ROLE_LABELS[a.role]}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${a.name}`}
                onClick={() => void save(adults.filter((x) => x.id !== a.id), `Removed ${a.name}.`, adults)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="pe-adult-form" onSubmit={add} aria-label="Add an adult">
        <div className="field inline">
          <label htmlFor={`${id}-name`}>Adult name</label>
          <input id={`${id}-name`} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field inline">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as ClassAdult['role'])}>
            {(Object.keys(ROLE_LABELS) as ClassAdult['role'][]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary small">
          Add adult
        </button>
      </form>
    </section>
  );
}
