import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { displayName, type Student } from '../../shared';
import { db } from '../db/db';
import { addStudentToClass, listRoster, setEnrollmentArchived, updateStudent, type RosterEntry } from '../db/students';
import { Dialog } from '../ui/Dialog';
import { toast } from '../ui/toasts';
import { AddExistingStudent } from './AddExistingStudent';
import { exportRosterCsv } from './exportRoster';
import { StudentForm } from './StudentForm';

export function RosterPage() {
  const { classId = '' } = useParams();
  const cls = useLiveQuery(() => db.classes.get(classId), [classId]);
  const [showArchived, setShowArchived] = useState(false);
  const roster = useLiveQuery(() => listRoster(classId, showArchived), [classId, showArchived]);
  const [adding, setAdding] = useState(false);
  const [addingExisting, setAddingExisting] = useState(false);
  const [editing, setEditing] = useState<Student | null>(null);
  const enrolledIds = useMemo(() => new Set((roster ?? []).map((r) => r.student.id)), [roster]);

  if (cls === undefined && roster !== undefined) {
    return (
      <section className="page">
        <h1>Class not found</h1>
        <p>
          It may have been removed. <Link to="/classes">Back to classes</Link>
        </p>
      </section>
    );
  }

  const archive = async (entry: RosterEntry) => {
    await setEnrollmentArchived(entry.enrollment.id, true);
    toast.undoable(`Archived ${displayName(entry.student)}.`, () => setEnrollmentArchived(entry.enrollment.id, false));
  };

  return (
    <section className="page" aria-labelledby="roster-title">
      <header className="page-header">
        <div>
          <h1 id="roster-title">{cls?.name ?? '…'}</h1>
          <p className="muted">{[cls?.subject, cls?.grade && `Grade ${cls.grade}`, cls?.term].filter(Boolean).join(' · ')}</p>
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

      {roster && roster.length > 0 && (
        <table className="table" aria-label="Roster">
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
          <tbody>
            {roster.map((entry) => {
              const s = entry.student;
              const archived = entry.enrollment.archived === 1;
              return (
                <tr key={entry.enrollment.id} className={archived ? 'archived' : undefined}>
                  <th scope="row">
                    <Link to={`/classes/${classId}/students/${s.id}`}>
                      {s.familyName}
                      {s.familyName && s.givenName ? ', ' : ''}
                      {s.givenName}
                    </Link>
                    {archived && <span className="badge">Archived</span>}
                    {s.notes && <span className="note-mark" title={s.notes} aria-label="Has notes">✎</span>}
                  </th>
                  <td>{s.preferredName}</td>
                  <td className="mono">{s.studentNumber}</td>
                  <td>{s.email}</td>
                  <td>{entry.enrollment.section}</td>
                  <td className="row-actions">
                    <button type="button" className="secondary small" aria-label={`Edit ${displayName(s)}`} onClick={() => setEditing(s)}>
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
                      <button type="button" className="secondary small" aria-label={`Archive ${displayName(s)}`} onClick={() => void archive(entry)}>
                        Archive
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
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
        <AddExistingStudent classId={classId} enrolledIds={enrolledIds} onDone={() => setAddingExisting(false)} />
      </Dialog>
      <Dialog title="Edit student" open={!!editing} onClose={() => setEditing(null)}>
        {editing && (
          <StudentForm
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
              await updateStudent(editing.id, fields);
              setEditing(null);
              toast.undoable(`Saved ${displayName(fields)}.`, () => updateStudent(before.id, before));
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
