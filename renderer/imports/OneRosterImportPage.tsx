import { useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate } from 'react-router';
import { parseOneRoster, type RosterImport } from '../../shared';
import { bridge } from '../bridge';
import { listClasses } from '../db/classes';
import { importClassesWithStudents, previewStudentMatches } from '../db/ecosystemImport';
import { ProblemList } from '../ui/import/ProblemList';
import { useImportRun } from '../ui/import/useImportRun';
import { errorMessage, toast } from '../ui/toasts';
import { classGrade, classSubject, classViews, personName, toRosterRow } from './oneRosterPlan';
import { readCsvFiles } from './readImportFiles';

type Loaded = { names: string[]; data: RosterImport };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function OneRosterImportPage() {
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  // Why the files last chosen were refused (damaged, too large): stays on the page, a toast would go before it is read.
  const [refused, setRefused] = useState<string | null>(null);
  const { busy, run } = useImportRun();
  const existingClassNames = useLive(async () => new Set((await listClasses(true)).map((c) => c.name)), []);

  const views = useMemo(() => (loaded ? classViews(loaded.data) : []), [loaded]);
  const chosen = useMemo(() => views.filter((v) => picked.has(v.cls.sourcedId)), [views, picked]);
  const rows = useMemo(() => chosen.flatMap((v) => v.students.map(toRosterRow)), [chosen]);
  const rowsKey = rows.map((r) => r.studentNumber).join('\n');
  const matches = useLive(() => previewStudentMatches(rows), [rowsKey]);
  const uniqueStudents = new Set(rows.map((r) => r.studentNumber)).size;

  const choose = async () => {
    try {
      const files = await bridge.openFiles({
        title: 'Choose the OneRoster export (a .zip, or its CSV files)',
        multiple: true,
        filters: [
          { name: 'OneRoster export', extensions: ['zip', 'csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (files.length === 0) return;
      const { texts, notes } = readCsvFiles(files);
      const parsed = parseOneRoster(texts);
      const data = notes.length > 0 ? { ...parsed, problems: [...notes, ...parsed.problems] } : parsed;
      setLoaded({ names: files.map((f) => f.name), data });
      setPicked(new Set(classViews(data).map((v) => v.cls.sourcedId)));
      setRefused(null);
    } catch (error) {
      setLoaded(null);
      setRefused(errorMessage(error));
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
    if (chosen.length === 0) return;
    await run(async () => {
      const outcome = await importClassesWithStudents(
        chosen.map((v) => ({
          name: v.cls.title || v.cls.classCode || v.cls.sourcedId,
          subject: classSubject(v.cls),
          grade: classGrade(v.cls),
          term: '',
          students: v.students.map(toRosterRow),
        })),
      );
      const newStudents = outcome.created;
      const onFile = uniqueStudents - newStudents;
      toast.success(
        `Imported ${plural(chosen.length, 'class', 'classes')}: ${plural(newStudents, 'new student', 'new students')}` +
          (onFile > 0 ? `, ${onFile} already on file` : '') +
          '.',
      );
      navigate(`/classes/${outcome.classIds[0]}`);
    });
  };

  const allPicked = views.length > 0 && chosen.length === views.length;
  const data = loaded?.data;

  return (
    <section className="page" aria-labelledby="oneroster-title">
      <header className="page-header">
        <div>
          <h1 id="oneroster-title">Import from OneRoster</h1>
          <p className="muted">classes and students from your school system</p>
        </div>
        <div className="actions">
          <button type="button" className={loaded ? 'secondary' : undefined} onClick={() => void choose()}>
            {loaded ? 'Choose other files…' : 'Choose files…'}
          </button>
          <Link className="button secondary" to="/classes">
            Cancel
          </Link>
        </div>
      </header>

      {refused && (
        <div className="banner error" role="alert">
          <p>
            <strong>Nothing was imported from the files you chose.</strong> {refused}
          </p>
        </div>
      )}

      {!loaded && (
        <div className="empty">
          <h2>Bring in your classes from the school system</h2>
          <p>
            Many student information systems export rosters as OneRoster CSV files (versions 1.0, 1.1 and 1.2), often
            as one .zip file. Choose the .zip, or all of its CSV files at once (users.csv, classes.csv,
            enrollments.csv and manifest.csv). Blendwise shows the classes it found, you pick the ones you teach, and
            nothing is saved until you import.
          </p>
        </div>
      )}

      {loaded && data && (
        <>
          <div className="import-summary" role="status">
            <strong>OneRoster {data.version}</strong> ({data.mode === 'delta' ? 'changes only' : 'full export'}) from{' '}
            {loaded.names.join(', ')}: {plural(views.length, 'class', 'classes')}, {plural(data.students.length, 'student', 'students')},{' '}
            {plural(data.teachers.length, 'teacher', 'teachers')}.
          </div>
          {data.mode === 'delta' && (
            <div className="banner warning">
              This export holds only changes since an earlier one. Blendwise adds the classes and students in it; it
              does not remove anyone. For a first import, ask for a full (bulk) export.
            </div>
          )}
          <ProblemList title="Problems" problems={data.problems} />

          {views.length === 0 ? (
            <div className="empty">
              <h2>No classes found</h2>
              <p>These files hold no classes to import. Check the problems above, or choose the whole export.</p>
            </div>
          ) : (
            <>
              <div className="toolbar">
                <h2 className="section-title">Classes</h2>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={allPicked}
                    onChange={(e) => setPicked(e.target.checked ? new Set(views.map((v) => v.cls.sourcedId)) : new Set())}
                  />
                  Select all
                </label>
              </div>
              <table className="table eco-classes" aria-label="Classes in the export">
                <thead>
                  <tr>
                    <th scope="col">Class</th>
                    <th scope="col">Code</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Grade</th>
                    <th scope="col">Teachers</th>
                    <th scope="col">Students</th>
                  </tr>
                </thead>
                <tbody>
                  {views.map((v) => (
                    <tr key={v.cls.sourcedId}>
                      <th scope="row">
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            checked={picked.has(v.cls.sourcedId)}
                            onChange={(e) => toggle(v.cls.sourcedId, e.target.checked)}
                          />
                          {v.cls.title || v.cls.classCode || v.cls.sourcedId}
                        </label>
                        {existingClassNames?.has(v.cls.title) && (
                          <span className="badge" title="Importing it makes a second class with this name">
                            Already a class
                          </span>
                        )}
                      </th>
                      <td>{v.cls.classCode}</td>
                      <td>{classSubject(v.cls)}</td>
                      <td>{classGrade(v.cls)}</td>
                      <td>
                        {v.teachers.length > 0 ? (
                          <>
                            <span className="eco-count">{v.teachers.length}</span> {v.teachers.map(personName).join(', ')}
                          </>
                        ) : (
                          <span className="muted">none</span>
                        )}
                      </td>
                      <td className="eco-count">{v.students.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>

              {matches && matches.byName.length > 0 && (
                <div className="banner warning" role="note" aria-label="Students matched by name">
                  <p>
                    <strong>
                      {matches.byName.length === 1
                        ? '1 student matches an existing student by name: they will be merged.'
                        : `${matches.byName.length} students match existing students by name: they will be merged.`}
                    </strong>{' '}
                    Their student IDs differ or are missing, so check these are the same children. To keep one apart,
                    rename the student already in Blendwise first.
                  </p>
                  <ul className="eco-matches">
                    {matches.byName.map((m, i) => (
                      <li key={i}>
                        {m.row.givenName} {m.row.familyName} <span className="mono">({m.row.studentNumber})</span> — same name as a student {m.existing}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {matches && matches.byId > 0 && (
                <p className="muted">
                  {matches.byId === 1
                    ? '1 student is already in Blendwise with the same student ID: they will be added to the class, not duplicated.'
                    : `${matches.byId} students are already in Blendwise with the same student ID: they will be added to the classes, not duplicated.`}
                </p>
              )}

              <div className="actions sticky-actions">
                <button type="button" disabled={busy || chosen.length === 0} onClick={() => void confirm()}>
                  {busy ? 'Importing…' : `Import ${plural(chosen.length, 'class', 'classes')}`}
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
