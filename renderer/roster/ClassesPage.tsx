import { useState } from 'react';
import { useLive, useWatchedRead } from '../db/live';
import { Link, useNavigate } from 'react-router';
import type { ClassRecord } from '../../shared';
import { activeStudentCounts, createClass, listClasses, setClassArchived, updateClass, watchEnrollments } from '../db/classes';
import { Dialog } from '../ui/Dialog';
import { errorMessage, toast } from '../ui/toasts';
import { revOf } from '../db/conflicts';
import { ClassForm } from './ClassForm';
import { SampleBanner } from '../settings/SampleBanner';
import { SpacerRow } from './SpacerRow';
import { useTableRows } from './useTableRows';

export function ClassesPage() {
  const [showArchived, setShowArchived] = useState(false);
  const classes = useLive(() => listClasses(showArchived), [showArchived]);
  const counts = useWatchedRead(watchEnrollments, activeStudentCounts, []);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ClassRecord | null>(null);
  const navigate = useNavigate();
  const { indexes, before, after, measure, placeBody, rowCount } = useTableRows(classes?.length ?? 0, 45);

  const archive = async (c: ClassRecord) => {
    await setClassArchived(c.id, true);
    toast.undoable(`Archived ${c.name}.`, () => setClassArchived(c.id, false));
  };

  return (
    <section className="page" aria-labelledby="classes-title">
      <header className="page-header">
        <h1 id="classes-title">Classes</h1>
        <div className="actions">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            Show archived
          </label>
          <button type="button" onClick={() => setCreating(true)}>
            New class
          </button>
          <Link className="button secondary" to="/import/oneroster">
            Import from OneRoster
          </Link>
        </div>
      </header>
      <SampleBanner />
      {/* While a big import holds the database the list can take a while: say so, never a blank page. */}
      {classes === undefined && (
        <p className="muted" role="status" aria-busy="true">
          Loading classes…
        </p>
      )}
      {classes && classes.length === 0 && (
        <div className="empty">
          <h2>No classes yet</h2>
          <p>Create a class, then add students by hand or import your roster from a spreadsheet.</p>
          <button type="button" onClick={() => setCreating(true)}>
            Create your first class
          </button>
        </div>
      )}
      {classes && classes.length > 0 && (
        <table className="table" aria-label="Classes" aria-rowcount={rowCount}>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Subject</th>
              <th scope="col">Grade</th>
              <th scope="col">Term</th>
              <th scope="col">Students</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody ref={placeBody}>
            <SpacerRow height={before} columns={6} />
            {indexes.map((index) => {
              const c = classes[index]!;
              return (
                <tr
                  key={c.id}
                  className={c.archived ? 'archived' : undefined}
                  data-index={index}
                  ref={measure}
                  aria-rowindex={index + 2}
                >
                  <th scope="row">
                    <Link to={`/classes/${c.id}`}>{c.name}</Link>
                    {c.archived === 1 && <span className="badge">Archived</span>}
                    {c.sample === 1 && <span className="badge">Sample</span>}
                  </th>
                  <td>{c.subject}</td>
                  <td>{c.grade}</td>
                  <td>{c.term}</td>
                  <td>{counts ? (counts.get(c.id) ?? 0) : <span aria-label="counting">…</span>}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => setEditing(c)}
                      aria-label={`Edit ${c.name}`}
                    >
                      Edit
                    </button>
                    {c.archived ? (
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => void setClassArchived(c.id, false)}
                        aria-label={`Restore ${c.name}`}
                      >
                        Restore
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => void archive(c)}
                        aria-label={`Archive ${c.name}`}
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
      <Dialog title="New class" open={creating} onClose={() => setCreating(false)}>
        <ClassForm
          submitLabel="Create class"
          onCancel={() => setCreating(false)}
          onSubmit={async (fields) => {
            const id = await createClass(fields);
            setCreating(false);
            toast.success(`Created ${fields.name}.`);
            navigate(`/classes/${id}`);
          }}
        />
      </Dialog>
      <Dialog title="Edit class" open={!!editing} onClose={() => setEditing(null)}>
        {editing && (
          <ClassForm
            initial={{
              name: editing.name,
              subject: editing.subject,
              grade: editing.grade,
              term: editing.term,
            }}
            submitLabel="Save class"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              try {
                await updateClass(editing.id, fields, revOf(editing));
                setEditing(null);
                toast.success('Class saved.');
              } catch (error) {
                // Another window saved this class since the form opened: say so, keep the form.
                toast.error(`The class was not saved: ${errorMessage(error)}`);
              }
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
