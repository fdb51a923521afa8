import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { format } from 'date-fns';
import {
  describeMethod,
  displayName,
  formatDate,
  levelFor,
  type Evidence,
  type MasteryScale,
  type Skill,
} from '../../../shared';
import { addEvidence, deleteEvidence, restoreEvidence, updateEvidence } from '../../db/mastery';
import { Dialog } from '../../ui/Dialog';
import { errorMessage, toast } from '../../ui/toasts';
import { EvidenceForm } from './EvidenceForm';
import { LevelChip } from './LevelChip';
import { formatValue, newestFirst, textOn, type CheckedEvidence } from './profileData';
import { SkillChart } from './SkillChart';
import { useStudentProfile, type ProfileSkill } from './useStudentProfile';
import { StudentGoals } from '../../goals/profile/StudentGoals';

/** '2026-11-02' as a teacher reads it: '2 Nov 2026' (the stored text if it is not a date). */
function friendlyDate(date: string): string {
  return formatDate(date, 'medium');
}

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** One student in one class: where they stand on every tracked skill, how they got there, and every score. */
export function StudentProfilePage() {
  const { classId = '', studentId = '' } = useParams();
  const profile = useStudentProfile(classId, studentId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Evidence | null>(null);
  const evidenceHeading = useRef<HTMLHeadingElement>(null);

  if (profile === undefined) {
    return (
      <section className="page" aria-busy="true">
        <p className="muted">Loading the student…</p>
      </section>
    );
  }

  if (profile.status === 'missing') {
    return (
      <section className="page" aria-labelledby="profile-missing">
        <h1 id="profile-missing">Student not found</h1>
        <p>
          {profile.cls
            ? `This student is not on the roster of ${profile.cls.name}. They may have been removed. `
            : 'The class or the student may have been removed. '}
          {profile.cls ? (
            <Link to={`/classes/${classId}`}>Back to the roster</Link>
          ) : (
            <Link to="/classes">Back to classes</Link>
          )}
        </p>
      </section>
    );
  }

  const { cls, student, enrollment, settings, skills, evidence, skillById } = profile;
  const scale = settings.scale;
  const name = displayName(student);
  const codeOf = (skillId: string) => skillById.get(skillId)?.code ?? 'an unknown skill';
  const mastery = scale.levels.find((l) => l.points === scale.masteryPoints);
  const withResult = skills.filter((s) => s.cell.value !== null);
  const atMastery = withResult.filter((s) => (s.cell.value as number) >= scale.masteryPoints);
  const plotted = skills.filter((s) => s.series.length > 0);
  const trackedSkills: Skill[] = skills.map((s) => s.skill);
  const rows = newestFirst(evidence);

  const add = async (v: CheckedEvidence) => {
    const records = await addEvidence([{ classId, studentId, ...v }]);
    setAdding(false);
    toast.undoable(`Added a ${codeOf(v.skillId)} score of ${formatValue(v.score)} for ${name}.`, async () => {
      await deleteEvidence(records.map((r) => r.id));
    });
  };

  const save = async (before: Evidence, v: CheckedEvidence) => {
    const { score, date, source, note } = before;
    await updateEvidence(before.id, { score: v.score, date: v.date, source: v.source, note: v.note });
    setEditing(null);
    toast.undoable(`Saved the ${codeOf(before.skillId)} score from ${friendlyDate(v.date)}.`, () =>
      updateEvidence(before.id, { score, date, source, note }),
    );
  };

  const remove = async (e: Evidence) => {
    try {
      const records = await deleteEvidence([e.id]);
      // The row and its button are gone: put the keyboard back somewhere sensible.
      evidenceHeading.current?.focus();
      toast.undoable(`Deleted the ${codeOf(e.skillId)} score from ${friendlyDate(e.date)}.`, () =>
        restoreEvidence(records),
      );
    } catch (error) {
      toast.error(`Could not delete the score: ${errorMessage(error)}`);
    }
  };

  return (
    <section className="page student-profile" aria-labelledby="profile-title">
      <header className="page-header">
        <div>
          <h1 id="profile-title">
            {name || 'Unnamed student'}
            {(enrollment.archived === 1 || student.archived === 1) && <span className="badge">Archived</span>}
          </h1>
          <p className="muted">
            {student.studentNumber ? (
              <>
                Student ID <span className="mono">{student.studentNumber}</span> ·{' '}
              </>
            ) : (
              'No student ID · '
            )}
            {cls.name}
          </p>
          {student.notes && <p className="profile-notes">{student.notes}</p>}
        </div>
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)} disabled={skills.length === 0}>
            Add evidence
          </button>
          <Link className="button secondary" to={`/classes/${classId}/tracker`}>
            Class tracker
          </Link>
          <Link className="button secondary" to={`/classes/${classId}`}>
            Class roster
          </Link>
        </div>
      </header>

      <section aria-labelledby="profile-skills-title" className="profile-section">
        <div className="toolbar">
          <h2 id="profile-skills-title" className="section-title">
            Skills <span className="muted">({skills.length})</span>
          </h2>
          {skills.length > 0 && (
            <p className="muted profile-summary">
              At mastery on {atMastery.length} of {withResult.length}{' '}
              {withResult.length === 1 ? 'skill' : 'skills'} with a result
            </p>
          )}
        </div>
        {skills.length === 0 ? (
          <div className="empty">
            <h3>This class tracks no skills yet</h3>
            <p>
              Choose the skills this class works on, and this page will show where {name || 'the student'}{' '}
              stands on each. <Link to={`/classes/${classId}/skills`}>Choose tracked skills</Link>
            </p>
          </div>
        ) : (
          <SkillsTable skills={skills} scale={scale} />
        )}
        {skills.length > 0 && (
          <p className="muted table-note">
            Rolled up by {describeMethod(settings.method)}
            {skills.some((s) => s.overridden) ? ' unless a skill says otherwise' : ''}. Mastery is{' '}
            {scale.masteryPoints}
            {mastery ? ` (${mastery.label})` : ''}.{' '}
            <Link to={`/classes/${classId}/mastery`}>Mastery settings</Link>
          </p>
        )}
      </section>

      <StudentGoals classId={classId} studentId={studentId} />

      {plotted.length > 0 && (
        <section aria-labelledby="profile-growth-title" className="profile-section">
          <div className="toolbar">
            <h2 id="profile-growth-title" className="section-title">
              Growth over time
            </h2>
            <ChartLegend scale={scale} />
          </div>
          <div className="chart-grid">
            {plotted.map((s) => (
              <SkillChart key={s.skill.id} skill={s} scale={scale} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="profile-evidence-title" className="profile-section">
        <div className="toolbar">
          <h2 id="profile-evidence-title" className="section-title" ref={evidenceHeading} tabIndex={-1}>
            Evidence <span className="muted">({rows.length})</span>
          </h2>
        </div>
        {rows.length === 0 ? (
          <div className="empty">
            <h3>No evidence yet</h3>
            {skills.length === 0 ? (
              <p>Once the class tracks some skills, scores for {name || 'the student'} can be added here.</p>
            ) : (
              <p>
                Add a score with <strong>Add evidence</strong> at the top of this page, or score the whole
                class at once on the <Link to={`/classes/${classId}/assess`}>Enter assessment</Link> page.
              </p>
            )}
          </div>
        ) : (
          <table className="table evidence-table" aria-label="Evidence">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Skill</th>
                <th scope="col">Score</th>
                <th scope="col">Original</th>
                <th scope="col">Source</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const code = codeOf(e.skillId);
                const level = levelFor(e.score, scale);
                const about = `${code} score from ${e.date}`;
                return (
                  <tr key={e.id}>
                    <td className="nowrap">
                      <time dateTime={e.date}>{friendlyDate(e.date)}</time>
                    </td>
                    <th scope="row" className="mono nowrap">
                      {code}
                    </th>
                    <td className="nowrap">
                      {e.score === null ? (
                        <span className="muted">Not scored</span>
                      ) : (
                        <>
                          <span className="score-number">{formatValue(e.score)}</span>{' '}
                          <LevelChip level={level} />
                        </>
                      )}
                    </td>
                    <td className="mono">{e.raw ?? ''}</td>
                    <td>{e.source}</td>
                    <td className="evidence-note">{e.note}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Edit ${about}`}
                        onClick={() => setEditing(e)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Delete ${about}`}
                        onClick={() => void remove(e)}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <Dialog title="Add evidence" open={adding} onClose={() => setAdding(false)}>
        <EvidenceForm
          initial={{ skillId: trackedSkills[0]?.id ?? '', score: '', date: today(), source: '', note: '' }}
          scale={scale}
          skills={trackedSkills}
          submitLabel="Add evidence"
          onCancel={() => setAdding(false)}
          onSubmit={add}
        />
      </Dialog>
      <Dialog title="Edit evidence" open={!!editing} onClose={() => setEditing(null)}>
        {editing && (
          <EvidenceForm
            initial={{
              skillId: editing.skillId,
              score: editing.score === null ? '' : String(editing.score),
              date: editing.date,
              source: editing.source,
              note: editing.note,
            }}
            scale={scale}
            skillCode={codeOf(editing.skillId)}
            raw={editing.raw}
            submitLabel="Save evidence"
            onCancel={() => setEditing(null)}
            onSubmit={(v) => save(editing, v)}
          />
        )}
      </Dialog>
    </section>
  );
}

function SkillsTable({ skills, scale }: { skills: ProfileSkill[]; scale: MasteryScale }) {
  return (
    <table className="table profile-skills" aria-label="Skills">
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Statement</th>
          <th scope="col">Now</th>
          <th scope="col">Level</th>
          <th scope="col">Scores</th>
          <th scope="col">Last score</th>
        </tr>
      </thead>
      <tbody>
        {skills.map((s) => {
          const { value, count, last } = s.cell;
          const level = levelFor(value, scale);
          return (
            <tr key={s.skill.id}>
              <th scope="row" className="mono nowrap">
                {s.skill.code}
              </th>
              <td className="skill-statement-cell">{s.skill.statement}</td>
              <td className="nowrap">
                <span className="score-number">{value === null ? '—' : formatValue(value)}</span>
                {s.overridden && <small className="method-note muted">{describeMethod(s.method)}</small>}
              </td>
              <td className="nowrap">
                <LevelChip level={level} empty={count === 0 ? 'No scores yet' : 'Not enough scores yet'} />
              </td>
              <td>{count}</td>
              <td className="nowrap">{last ? <time dateTime={last}>{friendlyDate(last)}</time> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What the marks on the plots mean, in words with a sample of each mark. */
function ChartLegend({ scale }: { scale: MasteryScale }) {
  return (
    <ul className="chart-legend" aria-label="How to read the plots">
      <li>
        <span className="legend-dots" aria-hidden="true">
          {scale.levels.map((l) => (
            <span
              key={l.points}
              className="legend-dot"
              style={{ background: l.color, color: textOn(l.color) }}
            />
          ))}
        </span>
        A score, coloured by level
      </li>
      <li>
        <span className="legend-line" aria-hidden="true" />
        Rolled-up value after each score
      </li>
      <li>
        <span className="legend-line legend-dashed" aria-hidden="true" />
        Mastery ({scale.masteryPoints})
      </li>
    </ul>
  );
}
