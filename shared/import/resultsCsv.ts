// Importing assessment results from a gradebook or quiz export: one row per score ("long"), or one
// row per student with a column per skill code ("wide"). Pure: what a row means, never where it goes.
import type { CutScores, MasteryScale } from '../mastery/scale';
import { displayName } from '../model';
import type { CsvTable } from './csvTable';
import { tidy } from './headers';
import type { ImportProblem } from './problems';
import {
  headerSkill,
  skillFinder,
  wideColumns,
  type ResultsField,
  type ResultsMapping,
} from './resultsMapping';
import { parseDate, readScore, type ReadScore } from './resultsValues';
import { studentMatcher, type RosterStudent } from './studentMatch';

export {
  detectResultsMapping,
  LONG_ONLY_FIELDS,
  RESULTS_FIELDS,
  type ResultsField,
  type ResultsMapping,
} from './resultsMapping';
export type ResultsContext = {
  /** the class roster */
  students: RosterStudent[];
  /** the class's tracked skills */
  skills: { id: string; code: string }[];
  scale: MasteryScale;
  cutScores: CutScores;
  /** 'YYYY-MM-DD' */
  today: string;
  defaultSource?: string;
  defaultDate?: string;
  /** evidence already stored for the class, so importing the same file twice adds nothing */
  existing?: {
    studentId: string;
    skillId: string;
    date: string;
    score: number | null;
    source: string;
    raw?: string;
    origin?: { ref?: string };
  }[];
};

export type ResultsPreviewRow = {
  line: number;
  studentId: string | null;
  studentLabel: string;
  skillId: string | null;
  skillCode: string;
  score: number | null;
  raw: string;
  date: string;
  source: string;
  note: string;
  /** the student's grade as the file wrote it (placements are read against it) */
  grade: string;
  /** the source's own id for the test event, when the file has one */
  ref: string;
  /** the profile that turned `raw` into `score`, so the score can be levelled again later */
  profileId?: string;
  /** how the value was read, in a teacher's words ("Mid 7 in grade 7: mid on grade level") */
  reading?: string;
  problems: ImportProblem[];
  accepted: boolean;
};

export type ResultsPreview = {
  rows: ResultsPreviewRow[];
  problems: ImportProblem[];
  acceptedCount: number;
  layout: 'long' | 'wide';
  /** the columns read as one skill each (wide files): detected, or as the mapping says */
  skillColumns: number[];
};

// The test's own id tells two tests on one day apart (i-Ready's Activity Id, NWEA's TestID).
const dupKey = (r: {
  studentId: string | null;
  skillId: string | null;
  date: string;
  score: number | null;
  source: string;
  raw?: string;
  ref: string;
}) => JSON.stringify([r.studentId, r.skillId, r.date, r.score, r.source.trim().toLowerCase(), r.raw ?? '', r.ref]);

/**
 * What importing the file would record, score by score. `problems` lists file-level problems
 * first, then each row's in line order (a problem shared by the scores of one wide row once).
 * Only accepted rows are imported. Never throws: what it cannot read becomes a problem.
 */
export function previewResults(
  table: CsvTable,
  mapping: ResultsMapping,
  ctx: ResultsContext,
): ResultsPreview {
  try {
    return buildPreview(table, mapping, ctx);
  } catch {
    const message =
      'This file could not be read as results: save it from the spreadsheet as CSV and import again.';
    return {
      rows: [],
      problems: [{ file: table?.file ?? '', line: 1, severity: 'error', message }],
      acceptedCount: 0,
      layout: 'long',
      skillColumns: [],
    };
  }
}

function buildPreview(table: CsvTable, mapping: ResultsMapping, ctx: ResultsContext): ResultsPreview {
  const { file, headers } = table;
  const fileProblems: ImportProblem[] = [];
  const fileProblem = (severity: ImportProblem['severity'], message: string, line = 1) =>
    fileProblems.push({ file, line, severity, message });
  const byLine = new Map<number, ImportProblem[]>();
  for (const p of table.problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);

  const findSkill = skillFinder(ctx.skills);
  const auto = mapping.skillCode === undefined ? wideColumns(headers, ctx.skills, mapping) : [];
  const wide = (mapping.skillColumns ?? auto).filter(
    (i) => Number.isInteger(i) && i >= 0 && i < headers.length,
  );
  const layout = wide.length > 0 ? 'wide' : 'long';
  const skillColumns: { index: number; skill: { id: string; code: string } }[] = [];
  for (const index of wide) {
    const skill = headerSkill(findSkill, headers[index] ?? '');
    if (skill) skillColumns.push({ index, skill });
    else {
      fileProblem(
        'warning',
        `The column "${headers[index]}" is not a skill this class tracks, so it is left out: add it under Tracked skills, or untick the column.`,
      );
    }
  }

  const mapped = (f: ResultsField) => mapping[f] !== undefined;
  if (!(['studentId', 'studentName', 'givenName', 'familyName'] as const).some(mapped)) {
    fileProblem(
      'error',
      "No column for students was found: choose which column holds the student ID or the student's name.",
    );
  }
  if (layout === 'long' && !mapped('skillCode')) {
    fileProblem(
      'error',
      'No column for skill codes was found: choose which column holds the skill code (like 6.RP.A.1), or name each score column by its skill code.',
    );
  }
  if (layout === 'long' && !mapped('score') && !mapped('percent') && !mapped('points')) {
    fileProblem(
      'error',
      'No column for scores was found: choose which column holds the score, the percent or the points.',
    );
  }
  const usable = !fileProblems.some((p) => p.severity === 'error');

  const defaultDate = parseDate(ctx.defaultDate ?? '') ?? ctx.today;
  const defaultSource = tidy(ctx.defaultSource) || file.replace(/\.(csv|tsv|txt)$/i, '');
  let usedDefaultDate = false;
  const matchStudent = studentMatcher(ctx.students);
  const scoreScale = { scale: ctx.scale, cutScores: ctx.cutScores };

  const rows: ResultsPreviewRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (f: ResultsField) => {
      const index = mapping[f];
      return index === undefined ? '' : tidy(cells[index]);
    };
    const problem = (severity: ImportProblem['severity'], message: string): ImportProblem => ({
      file,
      line,
      severity,
      message,
    });
    // Problems of the whole line, shared by each score on it.
    const shared: ImportProblem[] = [...(byLine.get(line) ?? [])];

    const id = cell('studentId');
    const name = [cell('givenName'), cell('familyName')].filter(Boolean).join(' ') || cell('studentName');
    const match = matchStudent(id, name);
    if (match.kind === 'error') shared.push(problem('error', match.message));
    else if (match.kind === 'none' && usable)
      shared.push(
        problem('error', "No student on this row: add the student's ID or name, or leave the row out."),
      );
    const student = match.kind === 'found' ? match.student : null;

    let date = defaultDate;
    const dateText = cell('date');
    if (dateText) {
      const read = parseDate(dateText);
      date = read ?? dateText;
      if (!read)
        shared.push(
          problem(
            'error',
            `The date "${dateText}" cannot be read: write it as year-month-day, like ${ctx.today}.`,
          ),
        );
      else if (read > ctx.today)
        shared.push(
          problem(
            'warning',
            `The date ${read} is after today: check it (the score is imported with that date).`,
          ),
        );
    }

    const entries: { code: string; skill: { id: string; code: string } | null; read: ReadScore }[] = [];
    if (layout === 'wide') {
      for (const { index, skill } of skillColumns) {
        const read = readScore(cells[index] ?? '', mapping.wideValues ?? 'score', scoreScale);
        // In a gradebook an empty or excused cell just means "not assessed on this skill".
        if (read.kind !== 'blank' && read.kind !== 'not-scored')
          entries.push({ code: skill.code, skill, read });
      }
    } else {
      const code = cell('skillCode');
      const [as, text] = (['score', 'percent', 'points'] as const)
        .map((f) => [f, cell(f)] as const)
        .find(([, t]) => t) ?? ['score', ''];
      entries.push({
        code,
        skill: findSkill(code),
        read: readScore(text, as, scoreScale, cell('pointsPossible')),
      });
    }
    if (entries.length === 0) continue;
    byLine.delete(line);
    if (!dateText) usedDefaultDate = true;

    for (const { code, skill, read } of entries) {
      const original = mapping.rawColumn === undefined ? '' : tidy(cells[mapping.rawColumn]);
      const row: ResultsPreviewRow = {
        line,
        studentId: student?.id ?? null,
        studentLabel: student ? displayName(student) : name || id,
        skillId: skill?.id ?? null,
        skillCode: skill?.code ?? code,
        score: read.kind === 'score' ? read.score : null,
        raw: original || (read.kind === 'score' ? read.raw : ''),
        date,
        source: cell('source') || defaultSource,
        note: cell('note'),
        grade: cell('grade'),
        ref: cell('ref'),
        problems: [...shared],
        accepted: usable,
      };
      if (layout === 'long' && !code)
        row.problems.push(problem('error', 'No skill code on this row: fill it in, or leave the row out.'));
      else if (!skill) {
        row.problems.push(
          problem(
            'error',
            `"${code}" is not a skill this class tracks: add it under Tracked skills, or fix the code.`,
          ),
        );
      }
      if (read.kind === 'blank')
        row.problems.push(problem('error', 'No score on this row: fill it in, or leave the row out.'));
      else if (read.kind === 'error') row.problems.push(problem('error', read.message));
      else if (read.kind === 'not-scored') {
        row.problems.push(
          problem(
            'warning',
            `The score is "${read.text}", so there is nothing to record: the row is left out.`,
          ),
        );
        row.accepted = false;
      }
      if (row.problems.some((p) => p.severity === 'error')) row.accepted = false;
      rows.push(row);
    }
  }

  // Only scores that will be imported claim their key, so a rejected row never hides a good one.
  const existing = new Set((ctx.existing ?? []).map((e) => dupKey({ ...e, ref: e.origin?.ref ?? '' })));
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!row.accepted) continue;
    const key = dupKey(row);
    const message = existing.has(key)
      ? `${row.studentLabel}'s ${row.skillCode} score from ${row.source} on ${row.date} is already recorded (an earlier import?): left out so it is not counted twice.`
      : firstLine.has(key)
        ? `Same score as line ${firstLine.get(key)} (student, skill, date, score and source): left out so it is not counted twice.`
        : null;
    if (message) {
      row.problems.push({ file, line: row.line, severity: 'warning', message });
      row.accepted = false;
    } else firstLine.set(key, row.line);
  }

  if (usedDefaultDate && defaultDate > ctx.today) {
    fileProblem('warning', `The date for rows without one (${defaultDate}) is after today: check it.`);
  }
  // Table problems on lines that gave no scores (the header, an empty file) belong to the file.
  for (const rest of byLine.values()) fileProblems.push(...rest);
  fileProblems.sort((a, b) => a.line - b.line);
  const problems = [...new Set([...fileProblems, ...rows.flatMap((r) => r.problems)])];
  return { rows, problems, acceptedCount: rows.filter((r) => r.accepted).length, layout, skillColumns: wide };
}
