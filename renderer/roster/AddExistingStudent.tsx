import { useDeferredValue, useState } from 'react';
import { useLive } from '../db/live';
import { displayName } from '../../shared';
import { enrollExisting, searchStudents } from '../db/students';
import { Field } from '../ui/Field';
import { toast } from '../ui/toasts';

/** A student can be in several classes: pick one already on file rather than typing them again. */
export function AddExistingStudent({ classId, enrolledIds, onDone }: { classId: string; enrolledIds: ReadonlySet<string>; onDone: () => void }) {
  const [query, setQuery] = useState('');
  // The search runs on the indexes (a district has 100,000 students): typing is never held up by it.
  const searched = useDeferredValue(query);
  const matches = useLive(() => searchStudents(searched, enrolledIds, 50), [searched, enrolledIds]);

  return (
    <div>
      <Field label="Search students" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      {matches && matches.length === 0 && <p className="muted">No other students match. Add a new student instead.</p>}
      <ul className="pick-list">
        {(matches ?? []).map((s) => (
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
