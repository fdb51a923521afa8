import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { format } from 'date-fns';
import { Link, useParams } from 'react-router';
import { displayName, levelFor, parseScoreEntry, type ParsedEntry, plural } from '../../../shared';
import { addEvidence, deleteEvidence, type NewEvidence } from '../../db/mastery';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { ClassLoading, ClassMissing } from '../../ui/ClassLoading';
import { Field } from '../../ui/Field';
import { checkScoreDate } from '../tracker/scoreDate';
import { errorMessage, toast } from '../../ui/toasts';
import { todayIso } from '../format';
import { NotSaved } from '../../ui/NotSaved';
import { blankDraft, cellKey, hasTypedWork, typedCells, type AssessmentDraft, type ScoreKind as Kind } from './assessmentDraft';
import { useAssessmentDraft, useAssessmentDrafts } from './assessmentDraftStore';

/** Turns what was typed in a cell into the entry the class's cut scores understand. */
function asEntry(text: string, kind: Kind, outOf: number): string {
  const t = text.trim();
  if (kind === 'percent' && /^\d+(\.\d+)?$/.test(t)) return `${t}%`;
  if (kind === 'points' && /^\d+(\.\d+)?$/.test(t)) return `${t}/${outOf}`;
  return t;
}

/** How a teacher enters an exit ticket: pick skills, date and source, then go down the column. */
export function AssessmentEntryPage() {
  const { classId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const data = readyWorkspace(useClassWorkspace(classId));
  // What is typed lives in a draft per class, so leaving the page (or the app) loses none of it.
  const stored = useAssessmentDraft(classId);
  const [blank] = useState(() => blankDraft(todayIso(), new Date().toISOString()));
  const draft = stored ?? blank;
  const { skillIds, date, source, kind, outOf, cells } = draft;
  const edit = (change: (d: AssessmentDraft) => Partial<AssessmentDraft>) =>
    useAssessmentDrafts.getState().change(classId, todayIso(), change);
  const setCell = (k: string, text: string) => edit((d) => ({ cells: { ...d.cells, [k]: text } }));
  const [errors, setErrors] = useState<string[]>([]);
  const ids = { kind: useId(), outOf: useId() };

  const chosen = useMemo(() => (data?.skills ?? []).filter((s) => skillIds.includes(s.skill.id)), [data, skillIds]);
  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;
  const { scale, cutScores } = data.settings;
  const key = cellKey;
  const parse = (text: string): ParsedEntry | null => (text.trim() ? parseScoreEntry(asEntry(text, kind, outOf), scale, cutScores) : null);
  const filled = typedCells(
    draft,
    data.students.map((st) => st.id),
    chosen.map(({ skill }) => skill.id),
  );

  const discard = () => {
    const gone = draft;
    useAssessmentDrafts.getState().discard(classId);
    setErrors([]);
    toast.undoable(`Discarded the draft of ${plural(filled.length, 'score')}.`, async () =>
      useAssessmentDrafts.getState().restore(classId, gone),
    );
  };

  const onCellKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const go = (r: number, c: number) => {
      const el = document.querySelector<HTMLInputElement>(`[data-entry="${r}:${c}"]`);
      if (el) {
        e.preventDefault();
        el.focus();
        el.select();
      }
    };
    if (e.key === 'Enter' || e.key === 'ArrowDown') go(row + 1, col);
    else if (e.key === 'ArrowUp') go(row - 1, col);
  };

  const save = async () => {
    const problems: string[] = [];
    if (!source.trim()) problems.push('Say what the assessment was (the source), such as "Exit ticket 5".');
    const day = checkScoreDate(date, todayIso());
    if (!day.ok) problems.push(day.message);
    const entries: NewEvidence[] = [];
    for (const student of data.students) {
      for (const { skill } of chosen) {
        const text = cells[key(student.id, skill.id)] ?? '';
        const parsed = parse(text);
        if (!parsed) continue;
        if (!parsed.ok) problems.push(`${displayName(student)}, ${skill.code}: ${parsed.message}`);
        else
          entries.push({
            classId,
            studentId: student.id,
            skillId: skill.id,
            score: parsed.score,
            date,
            source: source.trim(),
            note: '',
            ...(parsed.raw ? { raw: parsed.raw } : {}),
          });
      }
    }
    if (entries.length === 0 && problems.length === 0) problems.push('Enter at least one score.');
    setErrors(problems);
    if (problems.length) return;
    try {
      const saved = await addEvidence(entries);
      const typed = draft;
      useAssessmentDrafts.getState().discard(classId);
      toast.undoable(`Saved ${plural(saved.length, 'score')} from ${source.trim()}.`, async () => {
        await deleteEvidence(saved.map((e) => e.id));
        // The scores come back as the draft they were, unless something new is being typed.
        if (!hasTypedWork(useAssessmentDrafts.getState().drafts[classId])) useAssessmentDrafts.getState().restore(classId, typed);
      });
    } catch (error) {
      toast.error(`Nothing was saved: ${errorMessage(error)}`);
    }
  };

  return (
    <section className="page" aria-labelledby="assess-title">
      <header className="page-header">
        <div>
          <h1 id="assess-title">Enter assessment</h1>
          <p className="muted">Pick the skills, the date and the source, then enter one score per student.</p>
        </div>
        <Link className="button secondary" to={`/classes/${classId}/tracker`}>
          Back to tracker
        </Link>
      </header>
      {filled.length > 0 && (
        <section className="banner" aria-label="Unsaved draft">
          <p>
            <strong>Unsaved draft:</strong> {plural(filled.length, 'score')} typed, not saved yet
            (last changed {format(new Date(draft.changedAt), "d MMM 'at' HH:mm")}). They stay here if you leave this page or
            close the app; Save records them.
          </p>
          <button type="button" className="secondary small" onClick={discard}>
            Discard draft
          </button>
        </section>
      )}
      {data.skills.length === 0 ? (
        <p className="empty">
          This class tracks no skills yet. <Link to={`/classes/${classId}/skills`}>Choose its skills</Link> first.
        </p>
      ) : (
        <>
          <div className="card assess-setup">
            <fieldset className="skill-picks">
              <legend>Skills assessed</legend>
              {data.skills.map(({ skill }) => (
                <label key={skill.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={skillIds.includes(skill.id)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      edit((d) => ({ skillIds: on ? [...d.skillIds, skill.id] : d.skillIds.filter((i) => i !== skill.id) }));
                    }}
                  />
                  <span className="mono">{skill.code}</span>
                </label>
              ))}
            </fieldset>
            <div className="field-row">
              <Field label="Date" type="date" value={date} max={todayIso()} onChange={(e) => {
                  const value = e.target.value;
                  edit(() => ({ date: value }));
                }} />
              <Field label="Source" value={source} onChange={(e) => {
                  const value = e.target.value;
                  edit(() => ({ source: value }));
                }} placeholder="Exit ticket 5" />
              <div className="field">
                <label htmlFor={ids.kind}>Scores are</label>
                <select id={ids.kind} value={kind} onChange={(e) => {
                  const value = e.target.value as Kind;
                  edit(() => ({ kind: value }));
                }}>
                  <option value="level">Levels on the scale</option>
                  <option value="percent">Percents</option>
                  <option value="points">Points out of a total</option>
                </select>
              </div>
              {kind === 'points' && (
                <Field label="Out of" type="number" min={1} value={outOf} onChange={(e) => {
                    const value = Math.max(1, e.target.valueAsNumber || 1);
                    edit(() => ({ outOf: value }));
                  }} />
              )}
            </div>
          </div>
          {chosen.length === 0 ? (
            <p className="empty">Tick the skills this assessment covered.</p>
          ) : (
            <table className="table entry-table" aria-label="Scores">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  {chosen.map(({ skill }) => (
                    <th key={skill.id} scope="col" className="mono">
                      {skill.code}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.students.map((student, row) => (
                  <tr key={student.id}>
                    <th scope="row">{displayName(student)}</th>
                    {chosen.map(({ skill }, col) => {
                      const text = cells[key(student.id, skill.id)] ?? '';
                      const parsed = parse(text);
                      const level = parsed?.ok ? levelFor(parsed.score, scale) : null;
                      return (
                        <td key={skill.id}>
                          <input
                            className="entry-input"
                            data-entry={`${row}:${col}`}
                            aria-label={`Score for ${displayName(student)} on ${skill.code}`}
                            aria-invalid={parsed?.ok === false}
                            value={text}
                            onChange={(e) => setCell(key(student.id, skill.id), e.target.value)}
                            onKeyDown={(e) => onCellKey(e, row, col)}
                          />
                          <span className="entry-level" style={level ? { borderColor: level.color } : undefined}>
                            {parsed?.ok === false ? 'Not a score' : level ? `${parsed?.ok ? parsed.score : ''} ${level.label}` : ''}
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <NotSaved problems={errors} />
          <div className="actions sticky-actions">
            <button type="button" onClick={() => void save()} disabled={chosen.length === 0}>
              Save {plural(filled.length, 'score')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
