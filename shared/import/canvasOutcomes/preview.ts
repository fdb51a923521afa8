import type { CalculationMethod } from '../../mastery/methods';
import type { MasteryScale } from '../../mastery/scale';
import { readCsvTable, type CsvTable } from '../csvTable';
import { detectColumns, headerKey, tidy } from '../headers';
import type { ImportProblem } from '../problems';
import { readCanvasMethod } from './methods';
import { readRatings, scaleFromRatings, type CanvasRating } from './ratings';

export type CanvasOutcomeField =
  | 'vendorGuid'
  | 'objectType'
  | 'title'
  | 'description'
  | 'displayName'
  | 'calculationMethod'
  | 'calculationInt'
  | 'workflowState'
  | 'parentGuids'
  | 'masteryPoints'
  | 'ratings';

/** Field -> column index; Canvas names its columns, so they are found by name, in any order. */
export type CanvasOutcomeColumns = Partial<Record<CanvasOutcomeField, number>>;

const HEADER_NAMES: Record<CanvasOutcomeField, string[]> = {
  vendorGuid: ['vendor_guid', 'vendor guid', 'guid'],
  objectType: ['object_type', 'object type', 'type'],
  title: ['title'],
  description: ['description'],
  displayName: ['display_name', 'display name', 'friendly name'],
  calculationMethod: ['calculation_method', 'calculation method'],
  calculationInt: ['calculation_int', 'calculation int'],
  workflowState: ['workflow_state', 'workflow state', 'status'],
  parentGuids: ['parent_guids', 'parent guids', 'parent_guid'],
  masteryPoints: ['mastery_points', 'mastery points'],
  ratings: ['ratings', 'rating'],
};

export function detectCanvasOutcomeColumns(headers: string[]): CanvasOutcomeColumns {
  return detectColumns(headers, HEADER_NAMES);
}

/** Whether a header row looks like Canvas's outcomes CSV (so another importer can point here). */
export function looksLikeCanvasOutcomes(headers: string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return keys.has('vendorguid') && keys.has('objecttype');
}

export type CanvasOutcomeRow = {
  line: number;
  guid: string;
  kind: 'group' | 'outcome';
  /** the code a skill shows: the outcome's display name, else its title */
  code: string;
  statement: string;
  /** the group it sits under in Blendwise ('' for the top level) */
  parentGuid: string;
  method?: CalculationMethod;
  ratings: CanvasRating[];
  masteryPoints: number | null;
  scale?: MasteryScale;
  deleted: boolean;
  accepted: boolean;
  problems: ImportProblem[];
};

export type CanvasOutcomesPreview = {
  rows: CanvasOutcomeRow[];
  problems: ImportProblem[];
  acceptedCount: number;
  outcomeCount: number;
  groupCount: number;
  deletedCount: number;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Canvas descriptions are HTML: the text of it, as a statement shows it. */
export function htmlToText(html: string): string {
  return tidy(
    html
      .replace(/<\s*(br|\/p|\/div|\/li)[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
      }),
  );
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * What importing a Canvas outcomes CSV would do, row by row: groups become parent skills, outcomes
 * skills carrying their calculation method and ratings. Rows marked deleted are left out with a
 * note; rows that cannot be understood are left out with the line and what to change.
 * `problems` lists every problem, file-level first and then each row's in line order.
 */
export function previewCanvasOutcomes(table: CsvTable, columns: CanvasOutcomeColumns): CanvasOutcomesPreview {
  const { file } = table;
  const fileProblems: ImportProblem[] = [];
  const byLine = new Map<number, ImportProblem[]>();
  for (const p of table.problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);

  const missing = (['vendorGuid', 'objectType', 'title'] as const).filter((f) => columns[f] === undefined);
  for (const field of missing) {
    const name = HEADER_NAMES[field][0];
    fileProblems.push({
      file,
      line: 1,
      severity: 'error',
      message: `There is no ${name} column: this does not look like a Canvas outcomes CSV. Export the outcomes from Canvas (Outcomes → Export) and choose that file.`,
    });
  }
  const columnsOk = missing.length === 0;

  const add = (row: CanvasOutcomeRow, severity: ImportProblem['severity'], message: string) => {
    row.problems.push({ file, line: row.line, severity, message });
    if (severity === 'error') row.accepted = false;
  };

  const rowOfGuid = new Map<string, CanvasOutcomeRow>();
  const parentsOf = new Map<CanvasOutcomeRow, string[]>();
  const rows = table.rows.map(({ line, cells }): CanvasOutcomeRow => {
    const raw = (field: CanvasOutcomeField) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const cell = (field: CanvasOutcomeField) => tidy(raw(field));
    const problems = [...(byLine.get(line) ?? [])];
    byLine.delete(line);
    const type = cell('objectType').toLowerCase();
    const title = cell('title');
    const displayName = cell('displayName');
    const description = htmlToText(raw('description'));
    const row: CanvasOutcomeRow = {
      line,
      guid: cell('vendorGuid'),
      kind: type === 'group' ? 'group' : 'outcome',
      code: (type === 'group' ? '' : displayName) || title,
      statement: '',
      parentGuid: '',
      ratings: [],
      masteryPoints: null,
      deleted: false,
      accepted: columnsOk && !problems.some((p) => p.severity === 'error'),
      problems,
    };
    row.statement = [row.code !== title ? title : '', description].filter(Boolean).join(' — ');
    if (!columnsOk) return row;

    const state = cell('workflowState').toLowerCase();
    if (state === 'deleted') {
      row.deleted = true;
      row.accepted = false;
      row.problems.push({
        file,
        line,
        severity: 'warning',
        message: `${row.kind === 'group' ? 'The group' : 'The outcome'} ${title || row.guid || 'on this line'} is marked deleted in Canvas, so it is left out.`,
      });
      return row;
    }
    if (state && state !== 'active') {
      add(row, 'warning', `The workflow_state "${cell('workflowState')}" is neither active nor deleted: the row is read as active.`);
    }

    if (!row.guid) add(row, 'error', 'No vendor_guid: give the row the id Canvas exported for it, or leave the row out.');
    else if (/\s/.test(row.guid)) {
      add(row, 'warning', `The vendor_guid "${row.guid}" has a space in it, so no other row can name it as a parent.`);
    }
    if (type !== 'group' && type !== 'outcome') {
      add(
        row,
        'error',
        type
          ? `The object_type "${cell('objectType')}" is neither group nor outcome: write group or outcome.`
          : 'No object_type: write group or outcome.',
      );
    }
    if (!title) add(row, 'error', 'No title: give the group or outcome a title, or leave the row out.');

    const ratingsAt = columns.ratings;
    const ratingCells = ratingsAt === undefined ? [] : cells.slice(ratingsAt);
    const mastery = cell('masteryPoints');
    if (row.kind === 'group') {
      const extras = [
        cell('calculationMethod') || cell('calculationInt') ? 'a calculation method' : '',
        mastery ? 'mastery points' : '',
        ratingCells.some((c) => c.trim()) ? 'ratings' : '',
      ].filter(Boolean);
      if (extras.length) add(row, 'warning', `A group is not scored, so its ${extras.join(' and ')} are ignored.`);
    } else {
      const method = readCanvasMethod(cell('calculationMethod'), cell('calculationInt'));
      if (!method.ok) add(row, 'error', method.error);
      else {
        row.method = method.method;
        if (method.warning) add(row, 'warning', method.warning);
      }
      if (mastery && !NUMBER.test(mastery)) {
        add(row, 'error', `The mastery_points "${mastery}" are not a number: write the points that count as mastery, such as 3.`);
      } else if (mastery) row.masteryPoints = Number(mastery);
      const read = readRatings(ratingCells, ratingsAt ?? 0);
      for (const e of read.errors) add(row, 'error', e);
      for (const w of read.warnings) add(row, 'warning', w);
      row.ratings = read.ratings;
      if (!read.errors.length) {
        const { scale, note } = scaleFromRatings(read.ratings, row.masteryPoints);
        if (scale) row.scale = scale;
        if (note) add(row, 'warning', note);
      }
    }

    // Only a row that will be imported claims its guid, so a rejected row never blocks a good one.
    if (row.accepted) {
      const first = rowOfGuid.get(row.guid);
      if (first) {
        add(row, 'error', `The vendor_guid ${row.guid} is already used on line ${first.line}: give each row its own, or leave this one out.`);
      } else rowOfGuid.set(row.guid, row);
    }
    parentsOf.set(row, cell('parentGuids').split(/[\s,;]+/).filter(Boolean));
    return row;
  });

  const deletedGuids = new Map<string, CanvasOutcomeRow>();
  for (const row of rows) if (row.deleted && row.guid && !deletedGuids.has(row.guid)) deletedGuids.set(row.guid, row);

  // Where each accepted row sits. A row named in several groups sits in the deepest one (the most
  // specific); a skill has one place in Blendwise, so the others are named in a note. Parents may
  // come after their children; a chain that loops back is cut where it closes.
  const depth = new Map<CanvasOutcomeRow, number>();
  const placing = new Set<CanvasOutcomeRow>();
  const ancestors = (guid: string): Set<string> => {
    const seen = new Set<string>();
    for (let g = guid; g && !seen.has(g); g = rowOfGuid.get(g)?.parentGuid ?? '') seen.add(g);
    return seen;
  };
  const place = (row: CanvasOutcomeRow): number => {
    const known = depth.get(row);
    if (known !== undefined) return known;
    placing.add(row);
    const candidates: { guid: string; depth: number }[] = [];
    for (const guid of parentsOf.get(row) ?? []) {
      const parent = rowOfGuid.get(guid);
      if (guid === row.guid || (parent && placing.has(parent))) {
        add(row, 'warning', `Its parent ${guid} sits inside it, which cannot be: that parent is left out.`);
      } else if (parent && parent.kind === 'group') {
        candidates.push({ guid, depth: place(parent) });
      } else if (parent) {
        add(row, 'warning', `Its parent ${guid} (line ${parent.line}) is an outcome, not a group, so it cannot hold it: that parent is left out.`);
      } else if (deletedGuids.has(guid)) {
        add(row, 'warning', `Its group ${guid} is marked deleted (line ${deletedGuids.get(guid)!.line}), so it is not placed in it.`);
      } else {
        add(row, 'warning', `Its parent ${guid} is not a group in this file (or could not be imported), so it is not placed in it.`);
      }
    }
    const deepest = candidates.reduce<{ guid: string; depth: number } | null>(
      (best, c) => (best === null || c.depth > best.depth ? c : best),
      null,
    );
    row.parentGuid = deepest?.guid ?? '';
    if (deepest) {
      const inside = ancestors(deepest.guid);
      const others = candidates.filter((c) => !inside.has(c.guid)).map((c) => rowOfGuid.get(c.guid)!);
      if (others.length) {
        const chosen = rowOfGuid.get(deepest.guid)!;
        add(
          row,
          'warning',
          `It is also in ${others.map((o) => `"${o.code}"`).join(', ')}; a skill has one place in Blendwise, so it sits under "${chosen.code}" only.`,
        );
      }
    }
    placing.delete(row);
    const d = deepest ? deepest.depth + 1 : 0;
    depth.set(row, d);
    return d;
  };
  for (const row of rows) if (row.accepted) place(row);

  for (const rest of byLine.values()) fileProblems.push(...rest);
  fileProblems.sort((a, b) => a.line - b.line);
  const accepted = rows.filter((r) => r.accepted);
  return {
    rows,
    problems: [...fileProblems, ...rows.flatMap((r) => r.problems)],
    acceptedCount: accepted.length,
    outcomeCount: accepted.filter((r) => r.kind === 'outcome').length,
    groupCount: accepted.filter((r) => r.kind === 'group').length,
    deletedCount: rows.filter((r) => r.deleted).length,
  };
}

/** Reads the text of an outcomes CSV and previews it (tests and conformance; the app reads in its worker). */
export function parseCanvasOutcomes(text: string, file: string): CanvasOutcomesPreview {
  const table = readCsvTable(text, file);
  return previewCanvasOutcomes(table, detectCanvasOutcomeColumns(table.headers));
}
