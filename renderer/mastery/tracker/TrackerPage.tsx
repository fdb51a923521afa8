import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeMethod, displayName, parseScoreEntry, plural, type Evidence, type Student } from '../../../shared';
import {
  addEvidence,
  cellEvidence,
  deleteEvidence,
  restoreEvidence,
  type TrackedSkill,
} from '../../db/mastery';
import { showScoreNow, useClassWorkspace } from '../../db/workspace';
import { ClassLoading, ClassMissing } from '../../ui/ClassLoading';
import { readableInk } from '../../ui/color';
import { errorMessage, toast, useToasts } from '../../ui/toasts';
import { formatScore, todayIso } from '../format';
import { CellScoresDialog, type CellRef } from './CellScoresDialog';
import { readPastedBlock } from './pasteBlock';
import { PasteScoresDialog, type PasteRequest } from './PasteScoresDialog';
import { TrackerGrid } from './TrackerGrid';
import { checkScoreDate, daysAgoLabel, scoreDayLabel } from './scoreDate';
import { useScoreDate } from './scoreDateStore';
import { belowMasteryCount, visibleStudents, type SortKey, type TrackerFilter } from './trackerView';

function encodeSort(s: SortKey): string {
  return s.by === 'skill' ? `skill:${s.skillId}:${s.dir}` : s.by;
}
function decodeSort(v: string): SortKey {
  if (v.startsWith('skill:')) {
    const [, skillId, dir] = v.split(':');
    return { by: 'skill', skillId: skillId!, dir: dir === 'desc' ? 'desc' : 'asc' };
  }
  return v === 'attention' ? { by: 'attention' } : { by: 'name' };
}

/** After the next frame; at most 50 ms, since a hidden window paints no frames and a score must still be saved. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

// Memoized: the header's links need not work out their addresses again for each score typed.
const TrackerHeader = memo(function TrackerHeader({
  classId,
  students,
  skills,
  method,
}: {
  classId: string;
  students: number;
  skills: number;
  method: string;
}) {
  return (
    <header className="page-header">
      <div>
        <h1 id="tracker-title">Tracker</h1>
        <p className="muted">
          {students} students · {skills} skills · {method} ·{' '}
          <Link to={`/classes/${classId}/mastery`}>change</Link>
        </p>
      </div>
      <div className="actions">
        <Link className="button small" to={`/classes/${classId}/assess`}>
          Enter assessment
        </Link>
        <Link className="button secondary small" to={`/classes/${classId}/import-results`}>
          Import results
        </Link>
        <Link className="button secondary small" to={`/classes/${classId}/mastery-report`}>
          Mastery report
        </Link>
      </div>
    </header>
  );
});

/** The page's polite announcements (what was saved or removed), set through `setterRef`. */
function StatusLine({ setterRef }: { setterRef: RefObject<(text: string) => void> }) {
  const [status, setStatus] = useState('');
  useLayoutEffect(() => {
    setterRef.current = setStatus;
    return () => {
      setterRef.current = () => undefined;
    };
  }, [setterRef]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {status}
    </p>
  );
}

export function TrackerPage() {
  const { classId = '' } = useParams();
  const state = useClassWorkspace(classId);
  // Only this class's workspace, never the one shown before it (the hook hands out no other).
  const data = state.status === 'ready' ? state.workspace : state.status === 'missing' ? null : undefined;
  const [sort, setSort] = useState<SortKey>({ by: 'name' });
  const [attentionOn, setAttentionOn] = useState(false);
  const [attentionMin, setAttentionMin] = useState(3);
  const [levelFilter, setLevelFilter] = useState<TrackerFilter['skillLevel']>(null);
  // The saved-score announcements live in their own small component: one arriving after each
  // write re-renders that line, not the page around the grid.
  const statusLine = useRef<(text: string) => void>(() => undefined);
  const setStatus = (text: string) => statusLine.current(text);
  const registerUndo = useToasts((s) => s.register);
  const navigate = useNavigate();
  const [scoresOf, setScoresOf] = useState<CellRef | null>(null);
  const [pasted, setPasted] = useState<PasteRequest | null>(null);
  const ids = { sort: useId(), attention: useId(), skill: useId(), level: useId(), date: useId() };
  const today = todayIso();
  const scoreDate = useScoreDate(classId, today);
  const dateCheck = checkScoreDate(scoreDate.date, today);
  const backDated = dateCheck.ok && dateCheck.date !== today;
  const dayLabel = dateCheck.ok ? scoreDayLabel(dateCheck.date, today) : '';

  const matrix = data?.matrix ?? null;
  const belowCounts = useMemo(
    () =>
      new Map(
        (data?.students ?? []).map((s) => [
          s.id,
          matrix ? belowMasteryCount(matrix, s.id, data!.settings.scale) : 0,
        ]),
      ),
    [data, matrix],
  );
  const students = useMemo(
    () =>
      data && matrix
        ? visibleStudents(data.students, matrix, data.settings.scale, sort, {
            attentionMin: attentionOn ? attentionMin : null,
            skillLevel: levelFilter,
          })
        : [],
    [data, matrix, sort, attentionOn, attentionMin, levelFilter],
  );

  // The selects' long option lists (two per skill to sort by, one per skill to filter on) are
  // made once per skill list, so typing a score does not re-render hundreds of <option>s.
  const skills = data?.skills;
  const sortOptions = useMemo(
    () =>
      skills?.map(({ skill }) => (
        <optgroup key={skill.id} label={skill.code}>
          <option value={`skill:${skill.id}:asc`}>{skill.code}, lowest first</option>
          <option value={`skill:${skill.id}:desc`}>{skill.code}, highest first</option>
        </optgroup>
      )),
    [skills],
  );
  const filterOptions = useMemo(
    () =>
      skills?.map(({ skill }) => (
        <option key={skill.id} value={skill.id}>
          {skill.code}
        </option>
      )),
    [skills],
  );

  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;
  const { scale, method, cutScores } = data.settings;

  const validate = (text: string) => {
    if (!dateCheck.ok) return `Not saved: fix the "Scores dated" day first. ${dateCheck.message}`;
    const parsed = parseScoreEntry(text, scale, cutScores);
    return parsed.ok ? null : parsed.message;
  };
  const enter = async (student: Student, tracked: TrackedSkill, text: string): Promise<void> => {
    const parsed = parseScoreEntry(text, scale, cutScores);
    if (!parsed.ok || !dateCheck.ok) return;
    const date = dateCheck.date;
    const shown = showScoreNow(classId, student.id, tracked.skill.id, parsed.score, date);
    const label = `${formatScore(parsed.score)} for ${displayName(student)} on ${tracked.skill.code}`;
    // The typed value paints first; the write starts after that frame, so its set-up never
    // delays the keystroke a teacher is waiting to see.
    const saved: Promise<Evidence | undefined> = afterPaint().then(async () => {
      const [record] = await addEvidence([
        {
          classId,
          studentId: student.id,
          skillId: tracked.skill.id,
          score: parsed.score,
          date,
          source: 'Tracker',
          note: '',
          ...(parsed.raw ? { raw: parsed.raw } : {}),
        },
      ]);
      return record;
    });
    // Undo is there from the keystroke on: a Ctrl+Z pressed before the write lands waits for it.
    registerUndo(
      `Score ${label}`,
      async () => {
        const record = await saved.catch(() => undefined);
        if (!record) return;
        await deleteEvidence([record.id]);
        setStatus(`Removed the score ${label}.`);
      },
      async () => {
        const record = await saved.catch(() => undefined);
        if (!record) return;
        await restoreEvidence([record]);
        setStatus(`Put back the score ${label}.`);
      },
    );
    try {
      await saved;
    } catch (error) {
      shown.forget();
      toast.error(`The score was not saved: ${errorMessage(error)}`);
      return;
    }
    setStatus(`Saved ${label}, dated ${scoreDayLabel(date, today)}. Ctrl+Z undoes it.`);
  };

  const deleteNewest = async (student: Student, tracked: TrackedSkill) => {
    const who = `${displayName(student)} on ${tracked.skill.code}`;
    try {
      const scored = (await cellEvidence(classId, student.id, tracked.skill.id)).filter(
        (e) => e.score !== null,
      );
      const newest = scored[scored.length - 1];
      if (!newest) return;
      await deleteEvidence([newest.id]);
      const label = `the newest score (${formatScore(newest.score ?? 0)}) for ${who}`;
      registerUndo(
        `Removed ${label}`,
        async () => {
          await restoreEvidence([newest]);
          setStatus(`Put back ${label}.`);
        },
        async () => {
          await deleteEvidence([newest.id]);
          setStatus(`Removed ${label} again.`);
        },
      );
      setStatus(`Removed ${label}. ${scored.length - 1} left. Ctrl+Z puts it back.`);
    } catch (error) {
      toast.error(`The score was not removed: ${errorMessage(error)}`);
    }
  };

  const paste = (from: { row: number; col: number }, text: string, shown: Student[]) => {
    if (!dateCheck.ok) {
      toast.error(`Not pasted: fix the "Scores dated" day first. ${dateCheck.message}`);
      return;
    }
    const block = readPastedBlock(
      text,
      from,
      { rows: shown.length, cols: data.skills.length },
      scale,
      cutScores,
    );
    setPasted({ block, students: shown, skills: data.skills, dayLabel });
  };

  const addPasted = async ({ block, students: shown, skills: tracked }: PasteRequest) => {
    setPasted(null);
    if (!dateCheck.ok) return;
    const date = dateCheck.date;
    try {
      const added = await addEvidence(
        block.scores.map((s) => ({
          classId,
          studentId: shown[s.row]!.id,
          skillId: tracked[s.col]!.skill.id,
          score: s.score,
          date,
          source: 'Tracker (pasted)',
          note: '',
          ...(s.raw ? { raw: s.raw } : {}),
        })),
      );
      const label = plural(added.length, 'pasted score');
      registerUndo(
        `Added ${label}`,
        async () => {
          await deleteEvidence(added.map((e) => e.id));
          setStatus(`Removed the ${label}.`);
        },
        async () => {
          await restoreEvidence(added);
          setStatus(`Put back the ${label}.`);
        },
      );
      setStatus(`Added ${label}, dated ${dayLabel}. Ctrl+Z undoes it.`);
    } catch (error) {
      toast.error(`The pasted scores were not added: ${errorMessage(error)}`);
    }
  };

  return (
    <section className={`page tracker-page${backDated ? ' back-dated' : ''}`} aria-labelledby="tracker-title">
      {/* The first stop of the page's Tab order: straight to the grid, past the toolbar. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => document.querySelector<HTMLElement>('#tracker-grid [tabindex="0"]')?.focus()}
      >
        Skip to the grid
      </button>
      <TrackerHeader
        classId={classId}
        students={data.students.length}
        skills={data.skills.length}
        method={describeMethod(method)}
      />

      {data.skills.length === 0 || data.students.length === 0 ? (
        <div className="empty">
          <h2>
            {data.students.length === 0 ? 'No students in this class yet' : 'This class tracks no skills yet'}
          </h2>
          <p>
            The tracker shows each student&apos;s level on each skill.{' '}
            {data.students.length === 0 ? (
              <Link to={`/classes/${classId}`}>Add students to the roster</Link>
            ) : (
              <Link to={`/classes/${classId}/skills`}>Choose the skills this class tracks</Link>
            )}
            .
          </p>
        </div>
      ) : (
        <>
          {/* The bars share a line where they fit: the grid keeps the height (12 rows at 1024 x 700). */}
          <div className="tracker-bars">
            <div className="tracker-toolbar score-date-bar" role="group" aria-label="Score entry">
              <div className="field inline">
                <label htmlFor={ids.date}>Scores dated</label>
                <input
                  id={ids.date}
                  type="date"
                  max={today}
                  value={scoreDate.date}
                  onChange={(e) => scoreDate.choose(e.target.value)}
                  aria-invalid={!dateCheck.ok}
                  aria-describedby={`${ids.date}-note`}
                />
              </div>
              {scoreDate.date !== today && (
                <button type="button" className="secondary small" onClick={() => scoreDate.choose(today)}>
                  Back to today
                </button>
              )}
              <p
                id={`${ids.date}-note`}
                className={dateCheck.ok ? 'score-date-note' : 'score-date-note field-error'}
                aria-live="polite"
              >
                {!dateCheck.ok ? (
                  dateCheck.message
                ) : backDated ? (
                  <strong className="score-date-badge">
                    Entering scores for {dayLabel} ({daysAgoLabel(dateCheck.date, today)})
                  </strong>
                ) : (
                  <span className="muted visually-hidden">New scores are dated today, {dayLabel}.</span>
                )}
              </p>
            </div>
            <div className="tracker-toolbar" role="group" aria-label="Sort and filter">
              <div className="field inline">
                <label htmlFor={ids.sort}>Sort by</label>
                <select
                  id={ids.sort}
                  value={encodeSort(sort)}
                  onChange={(e) => setSort(decodeSort(e.target.value))}
                >
                  <option value="name">Name</option>
                  <option value="attention">Most skills below mastery</option>
                  {sortOptions}
                </select>
              </div>
              <div className="field inline">
                <label htmlFor={ids.skill}>Level on skill</label>
                <select
                  id={ids.skill}
                  value={levelFilter?.skillId ?? ''}
                  onChange={(e) =>
                    setLevelFilter(
                      e.target.value
                        ? {
                            skillId: e.target.value,
                            level: levelFilter?.level ?? scale.levels[scale.levels.length - 1]!.points,
                          }
                        : null,
                    )
                  }
                >
                  <option value="">Any skill</option>
                  {filterOptions}
                </select>
              </div>
              {levelFilter && (
                <div className="field inline">
                  <label htmlFor={ids.level}>is</label>
                  <select
                    id={ids.level}
                    value={String(levelFilter.level)}
                    onChange={(e) =>
                      setLevelFilter({
                        ...levelFilter,
                        level: e.target.value === 'none' ? 'none' : Number(e.target.value),
                      })
                    }
                  >
                    {scale.levels.map((l) => (
                      <option key={l.points} value={l.points}>
                        {l.label}
                      </option>
                    ))}
                    <option value="none">No evidence</option>
                  </select>
                </div>
              )}
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={attentionOn}
                  onChange={(e) => setAttentionOn(e.target.checked)}
                />
                Needs attention
              </label>
              {attentionOn && (
                <div className="field inline narrow">
                  <label htmlFor={ids.attention}>below mastery on at least</label>
                  <input
                    id={ids.attention}
                    type="number"
                    min={1}
                    max={data.skills.length}
                    value={attentionMin}
                    onChange={(e) => setAttentionMin(Math.max(1, e.target.valueAsNumber || 1))}
                  />
                </div>
              )}
            </div>
          </div>
          <div className="legend" aria-label="Levels">
            {scale.levels.map((l) => (
              <span
                key={l.points}
                className="legend-item"
                style={{ background: l.color, color: readableInk(l.color) }}
              >
                <strong>{l.label.slice(0, 1)}</strong> {l.label} ({l.points})
                {l.points === scale.masteryPoints ? ' · mastery' : ''}
              </span>
            ))}
            <details className="keys-help">
              <summary>Keys</summary>
              <p>
                Type a score (3, 85% or 18/20) in a cell for {backDated ? dayLabel : 'today'}: it adds a
                score. Enter saves, Esc cancels, Tab moves right. Delete removes the newest score; Alt+↓ shows
                the scores behind a cell; paste a block from a spreadsheet; Ctrl+Z undoes. On a name, Enter
                opens the profile.
              </p>
            </details>
          </div>
          {students.length === 0 ? (
            <p className="empty">No student matches these filters.</p>
          ) : (
            <TrackerGrid
              classId={classId}
              openStudent={(student) => navigate(`/classes/${classId}/students/${student.id}`)}
              onDeleteNewest={(student, skill) => void deleteNewest(student, skill)}
              onShowScores={(student, skill) => setScoresOf({ classId, student, skill })}
              onPaste={paste}
              students={students}
              skills={data.skills}
              matrix={matrix!}
              scale={scale}
              attentionMin={attentionMin}
              belowCounts={belowCounts}
              validate={validate}
              entryDate={backDated ? dayLabel : undefined}
              onEnter={enter}
            />
          )}
          <StatusLine setterRef={statusLine} />
          <CellScoresDialog
            cell={scoresOf}
            scale={scale}
            cutScores={cutScores}
            today={today}
            onClose={() => setScoresOf(null)}
          />
          <PasteScoresDialog
            request={pasted}
            onAdd={(r) => void addPasted(r)}
            onClose={() => setPasted(null)}
          />
        </>
      )}
    </section>
  );
}
