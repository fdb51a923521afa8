import { useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { format } from 'date-fns';
import { describeMethod, formatDate, METHOD_KINDS, type CalculationMethod, type MasteryScale, plural } from '../../../shared';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { ClassLoading } from '../../ui/ClassLoading';

import { readableInk } from '../../ui/color';
import { formatScore } from '../format';
import { visibleStudents } from '../tracker/trackerView';
import { LevelCountsBar } from './LevelCountsBar';
import {
  chunks,
  DEFAULT_ATTENTION_MIN,
  GRID_SKILLS_PER_PAGE,
  levelAbbreviations,
  masteryReport,
  type ReportCell,
  type ReportSkill,
  type ReportStudent,
} from './reportData';
import './masteryReport.css';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';

function methodWords(method: CalculationMethod): string {
  const explain = METHOD_KINDS.find((m) => m.kind === method.kind)?.explain;
  return explain ? `${describeMethod(method)}. ${explain}` : `${describeMethod(method)}.`;
}

/** A class's mastery on paper: per-skill counts and means, every student's levels, who needs attention. */
export function MasteryReportPage() {
  const { classId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const loaded = useMemo(() => ws && { data: ws, cls: ws.cls }, [ws]);
  const [attentionMin, setAttentionMin] = useState(DEFAULT_ATTENTION_MIN);
  const attentionId = useId();

  const report = useMemo(() => {
    if (!loaded) return null;
    const { data } = loaded;
    const { matrix } = data;
    const students = visibleStudents(data.students, matrix, data.settings.scale, { by: 'name' }, { attentionMin: null, skillLevel: null });
    return masteryReport({ students, skills: data.skills, matrix, scale: data.settings.scale, attentionMin });
  }, [loaded, attentionMin]);

  if (loaded === undefined) return <ClassLoading />;
  if (!loaded || !report) {
    return (
      <section className="page" aria-labelledby="report-missing">
        <h1 id="report-missing">Class not found</h1>
        <p>
          It may have been deleted. <Link to="/classes">Back to classes</Link>
        </p>
      </section>
    );
  }

  const { data, cls } = loaded;
  const { scale, method } = data.settings;
  const abbreviations = levelAbbreviations(scale);
  const tracker = `/classes/${classId}/tracker`;
  const empty =
    data.skills.length === 0
      ? 'skills'
      : data.students.length === 0
        ? 'students'
        : report.scoredCells === 0
          ? 'scores'
          : null;
  const gridPages = chunks(report.skills, GRID_SKILLS_PER_PAGE);
  const ownMethods = report.skills.filter((s) => s.method);

  const print = () =>
    savePageAsPdf('the mastery report', `${safeFileName(cls.name, 'Class')} mastery report ${format(new Date(), 'yyyy-MM-dd')}.pdf`, {
      landscape: true,
    });

  return (
    <section className="page mastery-report-page" aria-labelledby="report-title">
      <div className="sheet-toolbar mr-toolbar" role="toolbar" aria-label="Mastery report">
        <button type="button" onClick={() => void print()} disabled={empty !== null}>
          Save as PDF
        </button>
        <Link className="button secondary" to={tracker}>
          Back to tracker
        </Link>
        {empty === null && (
          <div className="field inline narrow mr-attention-field">
            <label htmlFor={attentionId}>Needs attention: below mastery on at least</label>
            <input
              id={attentionId}
              type="number"
              min={1}
              max={Math.max(1, data.skills.length)}
              value={attentionMin}
              onChange={(e) => setAttentionMin(Math.max(1, e.target.valueAsNumber || 1))}
            />
            <span className="muted">skills</span>
          </div>
        )}
        <span className="muted">Prints landscape: the skills first, then every student&apos;s level on each skill.</span>
      </div>

      <article className="mr-sheet">
        <header className="mr-header">
          <div>
            <p className="mr-kicker">Class mastery report</p>
            <h1 id="report-title">{cls.name}</h1>
          </div>
          <dl className="mr-facts">
            <div>
              <dt>Date</dt>
              <dd>{formatDate(new Date(), 'longYear')}</dd>
            </div>
            <div>
              <dt>Students</dt>
              <dd>{data.students.length}</dd>
            </div>
            <div>
              <dt>Skills</dt>
              <dd>{data.skills.length}</dd>
            </div>
          </dl>
        </header>

        <section className="mr-how" aria-label="How levels are decided">
          <p>
            <strong>Scale:</strong> <ScaleWords scale={scale} abbreviations={abbreviations} />
          </p>
          <p>
            <strong>Rolled up by:</strong> {methodWords(method)}
            {ownMethods.length > 0 &&
              ` Own method: ${ownMethods.map((s) => `${s.code}, ${describeMethod(s.method!).toLowerCase()}`).join('; ')}.`}
          </p>
          <Legend scale={scale} abbreviations={abbreviations} />
        </section>

        {empty !== null ? (
          <EmptyReport kind={empty} classId={classId} />
        ) : (
          <>
            <SkillSummary skills={report.skills} scale={scale} abbreviations={abbreviations} students={data.students.length} />
            <Attention students={report.attention} attentionMin={attentionMin} skillCount={data.skills.length} />
            {gridPages.map((skills, page) => {
              const first = page * GRID_SKILLS_PER_PAGE;
              return (
                <StudentGrid
                  key={first}
                  title={
                    gridPages.length > 1
                      ? `Levels by student, skills ${first + 1}–${first + skills.length} of ${report.skills.length}`
                      : 'Levels by student'
                  }
                  skills={skills}
                  first={first}
                  students={report.students}
                  abbreviations={abbreviations}
                  attentionMin={attentionMin}
                  scale={scale}
                />
              );
            })}
          </>
        )}
      </article>
    </section>
  );
}

function ScaleWords({ scale, abbreviations }: { scale: MasteryScale; abbreviations: Map<number, string> }) {
  return (
    <>
      {scale.levels
        .map(
          (l) =>
            `${l.label} (${abbreviations.get(l.points)}, ${plural(l.points, 'point')}${l.points === scale.masteryPoints ? ', mastery' : ''})`,
        )
        .join(', ')}
      . A student&apos;s level on a skill is the highest one their rolled-up score reaches; {scale.masteryPoints} or more is
      mastery.
    </>
  );
}

function Legend({ scale, abbreviations }: { scale: MasteryScale; abbreviations: Map<number, string> }) {
  return (
    <ul className="mr-legend" aria-label="Legend">
      {scale.levels.map((l) => (
        <li key={l.points}>
          <span className="mr-swatch" style={{ background: l.color, color: readableInk(l.color) }}>
            {abbreviations.get(l.points)}
          </span>
          {l.label} ({l.points})
        </li>
      ))}
      <li>
        <span className="mr-swatch mr-swatch-none">–</span>no level yet
      </li>
      <li>
        <span className="mr-flag">⚑</span> needs attention
      </li>
    </ul>
  );
}

function EmptyReport({ kind, classId }: { kind: 'skills' | 'students' | 'scores'; classId: string }) {
  const text = {
    skills: { title: 'This class tracks no skills yet', link: `/classes/${classId}/skills`, action: 'Choose the skills this class tracks' },
    students: { title: 'No students in this class yet', link: `/classes/${classId}`, action: 'Add students to the roster' },
    scores: { title: 'No scores yet', link: `/classes/${classId}/assess`, action: 'Enter an assessment' },
  }[kind];
  return (
    <div className="empty mr-empty">
      <h2>{text.title}</h2>
      <p>
        The report shows how many students are at each level on each skill, once there is something to count.{' '}
        <Link to={text.link}>{text.action}</Link>, then come back to print it.
      </p>
    </div>
  );
}

function SkillSummary({
  skills,
  scale,
  abbreviations,
  students,
}: {
  skills: ReportSkill[];
  scale: MasteryScale;
  abbreviations: Map<number, string>;
  students: number;
}) {
  return (
    <section className="mr-section mr-skills" aria-labelledby="mr-skills-title">
      <h2 id="mr-skills-title">Skills</h2>
      <table className="mr-table mr-skill-table" aria-labelledby="mr-skills-title">
        <thead>
          <tr>
            <th scope="col" className="mr-code-col">
              Skill
            </th>
            <th scope="col">Statement</th>
            {scale.levels.map((l) => (
              <th scope="col" key={l.points} className="mr-num mr-count-col">
                <abbr title={l.label}>{abbreviations.get(l.points)}</abbr>
                <span className="mr-level-name">{l.label}</span>
              </th>
            ))}
            <th scope="col" className="mr-num mr-count-col">
              <abbr title="No level yet">–</abbr>
              <span className="mr-level-name">No level</span>
            </th>
            <th scope="col" className="mr-bar-col">
              Students by level
            </th>
            <th scope="col" className="mr-num mr-mastery-col">
              At mastery
            </th>
            <th scope="col" className="mr-num mr-mean-col">
              Class mean
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="mono mr-code">
                {s.code}
              </th>
              <td className="mr-statement">{s.statement}</td>
              {s.counts.map((n, i) => (
                <td key={i} className="mr-num mr-count-col">
                  {n}
                </td>
              ))}
              <td className="mr-num mr-count-col">{s.none}</td>
              <td className="mr-bar-col">
                <LevelCountsBar counts={s.counts} none={s.none} scale={scale} abbreviations={abbreviations} />
              </td>
              <td className="mr-num">
                {s.atMastery} of {students}
              </td>
              <td className="mr-num mr-mean">
                {s.mean === null ? '–' : formatScore(s.mean)}
                {s.meanLevel && <span className="mr-mean-level"> {abbreviations.get(s.meanLevel.points)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Attention({ students, attentionMin, skillCount }: { students: ReportStudent[]; attentionMin: number; skillCount: number }) {
  const rule = `below mastery on ${attentionMin} or more of the ${plural(skillCount, 'skill')}`;
  return (
    <section className="mr-section mr-attention" aria-labelledby="mr-attention-title">
      <h2 id="mr-attention-title">
        <span className="mr-flag" aria-hidden="true">
          ⚑
        </span>{' '}
        Needs attention <span className="mr-h2-note">({rule})</span>
      </h2>
      {students.length === 0 ? (
        <p>No student is {rule}.</p>
      ) : (
        <table className="mr-table mr-attention-table" aria-labelledby="mr-attention-title">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col" className="mr-num">
                Below mastery
              </th>
              <th scope="col">Skills below mastery</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td className="mr-num">
                  {s.below.length} of {skillCount}
                </td>
                <td className="mono">{s.below.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function GridCell({ cell, abbreviations, code }: { cell: ReportCell; abbreviations: Map<number, string>; code: string }) {
  if (cell.value === null || !cell.level) {
    return (
      <td className="mr-cell mr-cell-none" aria-label={`${code}: no level yet`}>
        –
      </td>
    );
  }
  return (
    <td
      className={`mr-cell${cell.below ? ' mr-cell-below' : ''}`}
      style={{ background: cell.level.color, color: readableInk(cell.level.color) }}
      aria-label={`${code}: ${formatScore(cell.value)} ${cell.level.label}`}
    >
      <span className="mr-cell-level">{abbreviations.get(cell.level.points)}</span>{' '}
      <span className="mr-cell-value">{formatScore(cell.value)}</span>
    </td>
  );
}

function StudentGrid({
  title,
  skills,
  first,
  students,
  abbreviations,
  attentionMin,
  scale,
}: {
  title: string;
  skills: ReportSkill[];
  first: number;
  students: ReportStudent[];
  abbreviations: Map<number, string>;
  attentionMin: number;
  scale: MasteryScale;
}) {
  const titleId = `mr-grid-${first}`;
  return (
    <section className="mr-section mr-grid" aria-labelledby={titleId}>
      <div className="mr-grid-head">
        <h2 id={titleId}>{title}</h2>
        <p className="mr-grid-key">
          {scale.levels.map((l) => `${abbreviations.get(l.points)} ${l.label}`).join(' · ')} · – no level · ⚑ needs
          attention
        </p>
      </div>
      <table className="mr-table mr-grid-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" className="mr-name-col">
              Student
            </th>
            {skills.map((s) => (
              <th scope="col" key={s.id} className="mono mr-skill-col" title={s.statement}>
                {s.code}
              </th>
            ))}
            <th scope="col" className="mr-num mr-below-col">
              Below mastery
            </th>
          </tr>
        </thead>
        <tbody>
          {students.map((student) => {
            const flagged = student.below.length >= attentionMin;
            return (
              <tr key={student.id}>
                <th scope="row" className="mr-name">
                  {student.name}
                  {flagged && (
                    <span className="mr-flag" aria-label="needs attention">
                      {' '}
                      ⚑
                    </span>
                  )}
                </th>
                {skills.map((s, i) => (
                  <GridCell key={s.id} cell={student.cells[first + i]!} abbreviations={abbreviations} code={s.code} />
                ))}
                <td className={`mr-num${flagged ? ' mr-flagged' : ''}`}>{student.below.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
