import { useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { displayName } from '../../shared';
import { enrollExisting, listAllStudents } from '../db/students';
import { Field } from '../ui/Field';
import { toast } from '../ui/toasts';

/** A student can be in several classes: pick one already on file rather than typing them again. */
export function AddExistingStudent({ classId, enrolledIds, onDone }: { classId: string; enrolledIds: Set<string>; onDone: () => void }) {
  const students = useLive(() => listAllStudents(), []);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return (students ?? [])
      .filter((s) => !enrolledIds.has(s.id))
      .filter((s) => !q || `${displayName(s)} ${s.givenName} ${s.studentNumber}`.toLocaleLowerCase().includes(q))
      .sort((a, b) => a.familyName.localeCompare(b.familyName))
      .slice(0, 50);
  }, [students, enrolledIds, query]);

  return (
    <div>
      <Field label="Search students" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      {students && matches.length === 0 && <p className="muted">No other students match. Add a new student instead.</p>}
      <ul className="pick-list">
        {matches.map((s) => (
          <li key={s.id}>
            <span>
              {displayName(s)} {s.studentNumber && <span className="muted">· {s.studentNumber}</span>}
            </span>
            <button
              type="button"
              className="small"
              aria-label={`Add ${displayName(s)} to this class`}
              onClick={async () => {
                await enrollExisting(classId, s.id);
                toast.success(`Added ${displayName(s)}.`);
                onDone();
              }}
            >
              Add
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
