import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { rosterFormatLabel } from '../../shared/import/rosterExport';
import { bridge } from '../bridge';
import { undoRosterSync } from '../db/ecosystemImport';
import { ImportProgress } from '../ui/import/ImportProgress';
import { clearImportProgress, showImportProgress } from '../ui/import/importProgressStore';
import { ImportWorkerClient, JobCancelled } from '../ui/import/importWorkerClient';
import { ProblemList } from '../ui/import/ProblemList';
import type { RosterRead, RosterSynced } from '../ui/import/readRoster';
import { useImportRun } from '../ui/import/useImportRun';
import { errorMessage, toast } from '../ui/toasts';
import { classStatus, someNames, type PickedView } from '../ui/import/oneRosterPlan';
import { plural } from '../../shared';

/** Classes listed at once; a district export's thousands come behind a button. */
const CLASS_PAGE = 200;

export function OneRosterImportPage() {
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<RosterRead | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [shown, setShown] = useState(CLASS_PAGE);
  // Why the files last chosen were refused (damaged, too large, not a roster): stays on the page, a toast would go before it is read.
  const [refused, setRefused] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const { busy, run } = useImportRun();
  const client = useMemo(() => new ImportWorkerClient(), []);
  const stopWriting = useRef(false);

  useEffect(
    () => () => {
      client.cancel();
      clearImportProgress();
    },
    [client],
  );

  // What the picked classes change is worked out in the worker, which keeps the plan: a district's
  // plan held here made the window miss frames. Until it answers, the last answer stays on screen;
  // Import sends the picks themselves.
  const [pickedView, setPickedView] = useState<{ from: RosterRead; picked: Set<string>; view: PickedView } | null>(null);
  useEffect(() => {
    if (!loaded || (pickedView?.from === loaded && pickedView.picked === picked)) return;
    let current = true;
    client.ask({ kind: 'roster-picked', token: loaded.token, picked: [...picked] }).then(
      (view) => current && setPickedView({ from: loaded, picked, view }),
      (error: unknown) => current && !(error instanceof JobCancelled) && toast.error(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [client, loaded, picked, pickedView]);
  const view = loaded && pickedView?.from === loaded ? pickedView.view : null;
  const settled = pickedView?.picked === picked;
  const importable = useMemo(() => loaded?.classes.filter((c) => c.status !== 'deleted') ?? [], [loaded]);

  // The files are read and planned in the import worker; progress and Cancel show under the header.
  const choose = async () => {
    let files;
    try {
      files = await bridge.openFiles({
        title: 'Choose the roster export (a .zip, or its CSV files)',
        multiple: true,
        filters: [
          { name: 'OneRoster or School Data Sync export', extensions: ['zip', 'csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
    } catch (error) {
      setRefused(errorMessage(error));
      return;
    }
    if (files.length === 0) return;
    client.cancel();
    setLoaded(null);
    setRefused(null);
    setReading(true);
    const label = files.map((f) => f.name).join(', ');
    let stopped = false;
    const cancel = () => {
      stopped = true;
      client.cancel();
      clearImportProgress();
      setReading(false);
      toast.info(`Stopped reading ${label}. Nothing was imported.`);
    };
    try {
      showImportProgress({ step: 'Reading the classes already in Blendwise', fraction: null }, cancel);
      // What is on file is read in the worker too: a district's 100,000 students never cross to this window.
      const read = await client.run<RosterRead>(
        { type: 'read-roster', files },
        (progress) => showImportProgress(progress, cancel),
        [...new Set(files.map((f) => f.data.buffer))],
      );
      if (stopped) return;
      const all = new Set(read.classes.filter((c) => c.status !== 'deleted').map((c) => c.key));
      setLoaded(read);
      setPicked(all);
      setPickedView({ from: read, picked: all, view: read.picked });
      setShown(CLASS_PAGE);
    } catch (error) {
      if (error instanceof JobCancelled) return;
      setRefused(errorMessage(error));
    } finally {
      setReading(false);
      if (!client.busy) clearImportProgress(cancel);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const confirm = async () => {
    if (!loaded || !view || !settled || view.classCount === 0) return;
    stopWriting.current = false;
    const stop = () => {
      stopWriting.current = true;
      client.abort();
    };
    await run(async () => {
      try {
        showImportProgress({ step: 'Saving the classes and students', fraction: 0 }, stop);
        // Written in the worker, from the plan it kept: only the picked classes' keys go over.
        const { classIds, newClasses, updatedClasses, newStudents, updatedStudents, joined, left, ...undo } = await client.run<RosterSynced>(
          { type: 'apply-roster-sync', token: loaded.token, picked: [...picked] },
          (progress) => showImportProgress(progress, stop),
        );
        const outcome = { classIds, newClasses, updatedClasses, newStudents, updatedStudents, joined, left, undo };
        const parts = [
          outcome.newClasses && plural(outcome.newClasses, 'new class', 'new classes'),
          outcome.classIds.length - outcome.newClasses && plural(outcome.classIds.length - outcome.newClasses, 'class updated', 'classes updated'),
          plural(outcome.newStudents, 'new student', 'new students'),
          outcome.updatedStudents && plural(outcome.updatedStudents, 'student updated', 'students updated'),
          outcome.left && plural(outcome.left, 'student left a class', 'students left a class'),
        ].filter(Boolean);
        toast.undoable(`Imported ${plural(outcome.classIds.length, 'class', 'classes')}: ${parts.join(', ')}.`, () => undoRosterSync(outcome.undo));
        navigate(`/classes/${outcome.classIds[0]}`);
      } catch (error) {
        if (stopWriting.current || error instanceof JobCancelled) toast.info('Stopped saving. Nothing was imported.');
        else throw error;
      } finally {
        clearImportProgress(stop);
      }
    });
  };

  const allPicked = importable.length > 0 && importable.every((c) => picked.has(c.key));
  const deleted = loaded?.classes.filter((c) => c.status === 'deleted') ?? [];

  return (
    <section className="page" aria-labelledby="oneroster-title">
      <header className="page-header">
        <div>
          <h1 id="oneroster-title">Import from OneRoster</h1>
          <p className="muted">classes and students from your school system (OneRoster or School Data Sync)</p>
        </div>
        <div className="actions">
          <button type="button" className={loaded ? 'secondary' : undefined} disabled={busy} onClick={() => void choose()}>
            {loaded ? 'Choose other files…' : 'Choose files…'}
          </button>
          <Link className="button secondary" to="/classes">
            Cancel
          </Link>
        </div>
      </header>
      <ImportProgress />

      {refused && (
        <div className="banner error" role="alert">
          <p>
            <strong>Nothing was imported from the files you chose.</strong> {refused}
          </p>
        </div>
      )}

      {!loaded && !reading && (
        <div className="empty">
          <h2>Bring in your classes from the school system</h2>
          <p>
            Many student information systems export rosters as OneRoster CSV files (versions 1.0, 1.1 and 1.2), often
            as one .zip file; Microsoft School Data Sync exports work too. Choose the .zip, or all of its CSV files at
            once (users.csv, classes.csv, enrollments.csv and manifest.csv). Blendwise shows what the import changes,
            you pick the classes you teach, and nothing is saved until you import. Importing a newer export later
            updates the same classes: new students join, students who left come off the roster and keep their work.
          </p>
        </div>
      )}

      {loaded && view && (
        <>
          <div className="import-summary" role="status">
            <strong>{rosterFormatLabel(loaded)}</strong> ({loaded.mode === 'delta' ? 'changes only' : 'full export'}) from{' '}
            {loaded.names.join(', ')}: {plural(loaded.counts.classes, 'class', 'classes')}, {plural(loaded.counts.students, 'student', 'students')},{' '}
            {plural(loaded.counts.teachers, 'teacher', 'teachers')}.
          </div>
          {loaded.mode === 'delta' && (
            <div className="banner warning">
              This export holds only changes since an earlier one. Blendwise adds and updates the classes and students
              in it, and takes off a roster only the students it marks to be deleted.
            </div>
          )}
          <ProblemList title="Problems" problems={loaded.problems} />

          {loaded.classes.length === 0 ? (
            <div className="empty">
              <h2>No classes found</h2>
              <p>These files hold no classes to import. Check the problems above, or choose the whole export.</p>
            </div>
          ) : (
            <>
              <section className="eco-changes" aria-label="What this import changes">
                <h2 className="section-title">What this import changes</h2>
                <ul>
                  {view.lines.map((line) => (
                    <li key={line.label}>
                      <strong>{line.label}</strong>
                      {line.detail && <>: {line.detail}</>}
                    </li>
                  ))}
                </ul>
              </section>

              <div className="toolbar">
                <h2 className="section-title">Classes</h2>
                {importable.length > 0 && (
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={allPicked}
                      onChange={(e) => setPicked(e.target.checked ? new Set(importable.map((c) => c.key)) : new Set())}
                    />
                    Select all
                  </label>
                )}
              </div>
              <table className="table eco-classes" aria-label="Classes in the export">
                <thead>
                  <tr>
                    <th scope="col">Class</th>
                    <th scope="col">Code</th>
                    <th scope="col">Term</th>
                    <th scope="col">Teachers</th>
                    <th scope="col">In Blendwise</th>
                    <th scope="col">Students</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.classes.slice(0, shown).map((c) => (
                    <tr key={c.key}>
                      <th scope="row">
                        {c.status === 'deleted' ? (
                          <span>{c.fields.name}</span>
                        ) : (
                          <label className="checkbox">
                            <input type="checkbox" checked={picked.has(c.key)} onChange={(e) => toggle(c.key, e.target.checked)} />
                            {c.fields.name}
                          </label>
                        )}
                      </th>
                      <td>{c.classCode}</td>
                      <td>{c.fields.term}</td>
                      <td>{c.teachers.length > 0 ? c.teachers.join(', ') : <span className="muted">none</span>}</td>
                      <td>
                        <span className="badge">{classStatus(c)}</span>
                        {c.note && <p className="muted">{c.note}</p>}
                        {c.leavingCount > 0 && (
                          <p className="muted">
                            {plural(c.leavingCount, 'student leaves', 'students leave')}: {c.leavingNames}
                          </p>
                        )}
                      </td>
                      <td className="eco-count">{c.studentCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {loaded.classes.length > shown && (
                <button type="button" className="link-button" onClick={() => setShown((n) => n + CLASS_PAGE)}>
                  Show {Math.min(CLASS_PAGE, loaded.classes.length - shown)} more classes ({loaded.classes.length - shown} not shown)
                </button>
              )}
              {deleted.length > 0 && (
                <p className="muted" role="note" aria-label="Classes to be deleted">
                  {plural(deleted.length, 'class is', 'classes are')} marked to be deleted in the school system and
                  {deleted.length === 1 ? ' is' : ' are'} not imported: {someNames(deleted, (c) => c.fields.name)}.
                </p>
              )}

              {view.byName.count > 0 && (
                <div className="banner warning" role="note" aria-label="Students matched by name">
                  <p>
                    <strong>
                      {view.byName.count === 1
                        ? '1 student matches an existing student by name: they will be merged.'
                        : `${view.byName.count} students match existing students by name: they will be merged.`}
                    </strong>{' '}
                    The student in Blendwise has no student ID, so check these are the same children. To keep one apart,
                    give the student already in Blendwise their student ID first.
                  </p>
                  <ul className="eco-matches">
                    {view.byName.first.map((s) => (
                      <li key={s.key}>
                        {s.name} <span className="mono">({s.studentNumber})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}

              <div className="actions sticky-actions">
                <button type="button" disabled={busy || reading || !settled || view.classCount === 0} onClick={() => void confirm()}>
                  {busy ? 'Importing…' : `Import ${plural(view.classCount, 'class', 'classes')}`}
                </button>
                <Link className="button secondary" to="/classes">
                  Cancel
                </Link>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
