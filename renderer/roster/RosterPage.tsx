import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { displayName, type Student, type StudentFields } from '../../shared';
import { isStaleWrite, revOf } from '../db/conflicts';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { ClassLoading } from '../ui/ClassLoading';
import {
  addStudentToClass,
  getStudent,
  setEnrollmentArchived,
  updateStudent,
  type RosterEntry,
} from '../db/students';
import { Dialog } from '../ui/Dialog';
import { StaleChoice } from '../ui/StaleChoice';
import { errorMessage, toast } from '../ui/toasts';
import { AddExistingStudent } from './AddExistingStudent';
import { exportRosterCsv } from './exportRoster';
import { StudentForm } from './StudentForm';
import { SpacerRow } from './SpacerRow';
import { useTableRows } from './useTableRows';

const NO_IDS: ReadonlySet<string> = new Set();

const STUDENT_FIELD_LABELS: [keyof StudentFields, string][] = [
  ['givenName', 'First name'],
  ['familyName', 'Last name'],
  ['preferredName', 'Preferred name'],
  ['studentNumber', 'Student ID'],
  ['email', 'Email'],
  ['notes', 'Notes'],
];

/** The fields I changed in the form (from the student as it opened), with theirs beside mine. */
function myChanges(opened: Student, mine: StudentFields, theirs: Student) {
  return STUDENT_FIELD_LABELS.filter(([key]) => (opened[key] ?? '') !== (mine[key] ?? '')).map(
    ([key, label]) => ({
      key,
      label,
      theirs: theirs[key] ?? '',
      mine: mine[key] ?? '',
    }),
  );
}

export function RosterPage() {
  const { classId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const cls = ws?.cls;
  const [showArchived, setShowArchived] = useState(false);
  const roster = ws ? (showArchived ? ws.allRoster : ws.roster) : undefined;
  const [adding, setAdding] = useState(false);
  const [addingExisting, setAddingExisting] = useState(false);
  // The student as the edit form opened them (their rev is what a save is checked against).
  const [editing, setEditing] = useState<Student | null>(null);
  // A save refused because another window saved this student first: my values and theirs.
  const [stale, setStale] = useState<{
    message: string;
    mine: StudentFields;
    theirs: Student | undefined;
  } | null>(null);
  // Only while the dialog that needs it is open: a district-size class would build it at every change.
  const enrolledIds = useMemo(
    () => (addingExisting ? new Set((roster ?? []).map((r) => r.student.id)) : NO_IDS),
    [roster, addingExisting],
  );
  // A district roster is found by name or ID here: the browser's Find sees only the rows in view.
  const [find, setFind] = useState('');
  const findId = useId();
  const found = useDeferredValue(find);
  const shownRoster = useMemo(() => filterRoster(roster ?? [], found), [roster, found]);
  const { virtual, indexes, before, after, measure, placeBody, rowCount } = useTableRows(shownRoster.length, 45);

  if (ws === undefined) return <ClassLoading />;
  if (ws === null) {
    return (
      <section className="page">
        <h1>Class not found</h1>
        <p>
          It may have been removed. <Link to="/classes">Back to classes</Link>
        </p>
      </section>
    );
  }

  // After the teacher saw what the other window saved: my changes on top of theirs, on purpose.
  // Only the fields I changed are written, so what they changed elsewhere stays.
  const keepMine = async (opened: Student, mine: StudentFields, theirs: Student) => {
    const changes = Object.fromEntries(
      myChanges(opened, mine, theirs).map((c) => [c.key, c.mine]),
    ) as Partial<StudentFields>;
    try {
      const rev = await updateStudent(theirs.id, changes, revOf(theirs));
      setStale(null);
      setEditing(null);
      toast.undoable(`Saved your changes to ${displayName({ ...theirs, ...changes })}.`, async () => {
        await updateStudent(theirs.id, theirs, rev);
      });
    } catch (error) {
      if (isStaleWrite(error))
        setStale({ message: error.message, mine, theirs: await getStudent(theirs.id) });
      else toast.error(`The student was not saved: ${errorMessage(error)}`);
    }
  };

  const archive = async (entry: RosterEntry) => {
    await setEnrollmentArchived(entry.enrollment.id, true);
    toast.undoable(`Archived ${displayName(entry.student)}.`, () =>
      setEnrollmentArchived(entry.enrollment.id, false),
    );
  };

  return (
    <section className="page" aria-labelledby="roster-title">
      <header className="page-header">
        <div>
          <h1 id="roster-title">{cls?.name ?? '…'}</h1>
          <p className="muted">
            {[cls?.subject, cls?.grade && `Grade ${cls.grade}`, cls?.term].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            Add student
          </button>
          <button type="button" className="secondary" onClick={() => setAddingExisting(true)}>
            Add existing student
          </button>
          <Link className="button secondary" to={`/classes/${classId}/import`}>
            Import roster CSV
          </Link>
          <button type="button" className="secondary" onClick={() => void exportRosterCsv(classId)}>
            Export CSV
          </button>
        </div>
      </header>

      <div className="toolbar">
        <h2 className="section-title">Roster {roster && <span className="muted">({roster.length})</span>}</h2>
        {(virtual || find) && (
          <div className="field inline">
            <label htmlFor={findId}>Find a student</label>
            <input
              id={findId}
              type="search"
              value={find}
              onChange={(e) => setFind(e.target.value)}
              placeholder="Name or student ID"
            />
          </div>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived students
        </label>
      </div>

      {roster && roster.length === 0 && (
        <div className="empty">
          <h2>No students yet</h2>
          <p>Add students one by one, or import the roster your school system exports as CSV.</p>
          <div className="actions">
            <button type="button" onClick={() => setAdding(true)}>
              Add student
            </button>
            <Link className="button secondary" to={`/classes/${classId}/import`}>
              Import roster CSV
            </Link>
          </div>
        </div>
      )}

      {roster && roster.length > 0 && found && shownRoster.length === 0 && (
        <p className="muted" role="status">
          No student in this class matches “{found}”.
        </p>
      )}

      {roster && roster.length > 0 && (
        <table className="table" aria-label="Roster" aria-rowcount={rowCount}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Preferred</th>
              <th scope="col">Student ID</th>
              <th scope="col">Email</th>
              <th scope="col">Section</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody ref={placeBody}>
            <SpacerRow height={before} columns={6} />
            {indexes.map((index) => {
              const entry = shownRoster[index]!;
              const s = entry.student;
              const archived = entry.enrollment.archived === 1;
              return (
                <tr
                  key={entry.enrollment.id}
                  className={archived ? 'archived' : undefined}
                  data-index={index}
                  ref={measure}
                  aria-rowindex={index + 2}
                >
                  <th scope="row">
                    <Link to={`/classes/${classId}/students/${s.id}`}>
                      {s.familyName}
                      {s.familyName && s.givenName ? ', ' : ''}
                      {s.givenName}
                    </Link>
                    {archived && <span className="badge">Archived</span>}
                    {s.notes && (
                      <span className="note-mark" title={s.notes} aria-label="Has notes">
                        ✎
                      </span>
                    )}
                  </th>
                  <td>{s.preferredName}</td>
                  <td className="mono">{s.studentNumber}</td>
                  <td>{s.email}</td>
                  <td>{entry.enrollment.section}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={`Edit ${displayName(s)}`}
                      onClick={() => setEditing(s)}
                    >
                      Edit
                    </button>
                    {archived ? (
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Restore ${displayName(s)}`}
                        onClick={() => void setEnrollmentArchived(entry.enrollment.id, false)}
                      >
                        Restore
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Archive ${displayName(s)}`}
                        onClick={() => void archive(entry)}
                      >
                        Archive
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
            <SpacerRow height={after} columns={6} />
          </tbody>
        </table>
      )}

      <Dialog title="Add student" open={adding} onClose={() => setAdding(false)}>
        <StudentForm
          submitLabel="Add student"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            await addStudentToClass(classId, fields);
            setAdding(false);
            toast.success(`Added ${displayName(fields)}.`);
          }}
        />
      </Dialog>
      <Dialog title="Add existing student" open={addingExisting} onClose={() => setAddingExisting(false)}>
        <AddExistingStudent
          classId={classId}
          enrolledIds={enrolledIds}
          onDone={() => setAddingExisting(false)}
        />
      </Dialog>
      <Dialog
        title="Edit student"
        open={!!editing}
        onClose={() => {
          setEditing(null);
          setStale(null);
        }}
      >
        {editing && stale && (
          <StaleChoice
            message={stale.message}
            actions={[
              {
                label: 'Load theirs',
                tone: 'secondary',
                onClick: () => {
                  setStale(null);
                  setEditing(stale.theirs ?? null);
                },
              },
              ...(stale.theirs
                ? [
                    {
                      label: 'Keep mine',
                      tone: 'secondary' as const,
                      onClick: () => void keepMine(editing, stale.mine, stale.theirs!),
                    },
                  ]
                : []),
            ]}
          >
            {stale.theirs ? (
              <>
                <p>Your changes, beside what is saved now:</p>
                <ul>
                  {myChanges(editing, stale.mine, stale.theirs).map((d) => (
                    <li key={d.key}>
                      {d.label}: yours “{d.mine}”, saved “{d.theirs}”
                    </li>
                  ))}
                </ul>
                <p>
                  <strong>Load theirs</strong> drops your changes and shows the student as saved, to edit
                  again. <strong>Keep mine</strong> saves your changes on top of theirs: what they changed
                  elsewhere stays.
                </p>
              </>
            ) : (
              <p>The student is no longer there: your changes cannot be saved.</p>
            )}
          </StaleChoice>
        )}
        {editing && !stale && (
          <StudentForm
            key={`${editing.id}:${revOf(editing)}`}
            initial={{
              givenName: editing.givenName,
              familyName: editing.familyName,
              preferredName: editing.preferredName,
              studentNumber: editing.studentNumber,
              email: editing.email,
              notes: editing.notes,
            }}
            submitLabel="Save student"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              const before = editing;
              try {
                const rev = await updateStudent(editing.id, fields, revOf(editing));
                setEditing(null);
                toast.undoable(`Saved ${displayName(fields)}.`, async () => {
                  await updateStudent(before.id, before, rev);
                });
              } catch (error) {
                if (isStaleWrite(error))
                  setStale({ message: error.message, mine: fields, theirs: await getStudent(editing.id) });
                else toast.error(`The student was not saved: ${errorMessage(error)}`);
              }
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

/** The roster entries whose name, preferred name or student ID holds `query` (any case). */
function filterRoster(roster: readonly RosterEntry[], query: string): readonly RosterEntry[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return roster;
  return roster.filter(({ student: s }) =>
    `${s.familyName}, ${s.givenName} ${s.givenName} ${s.familyName} ${s.preferredName ?? ''} ${s.studentNumber ?? ''}`
      .toLocaleLowerCase()
      .includes(q),
  );
}
