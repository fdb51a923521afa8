import type { CsvTable } from './csvTable';
import { detectColumns, tidy } from './headers';
import type { ImportProblem } from './problems';

export type SkillField = 'code' | 'statement' | 'parentCode';

export const SKILL_FIELDS: { field: SkillField; label: string }[] = [
  { field: 'code', label: 'Code' },
  { field: 'statement', label: 'Statement' },
  { field: 'parentCode', label: 'Parent code' },
];

/** Field -> column index in the table's headers. */
export type SkillMapping = Partial<Record<SkillField, number>>;

// Compared after headerKey(), so case, spaces and punctuation do not matter.
const HEADER_NAMES: Record<SkillField, string[]> = {
  code: ['Code', 'Standard', 'Human Coding Scheme', 'ID', 'Skill code', 'Standard code', 'Statement code'],
  statement: [
    'Statement',
    'Description',
    'Full Statement',
    'Skill',
    'Name',
    'Standard description',
    'Skill name',
  ],
  parentCode: ['Parent code', 'Parent', 'Parent ID', 'isChildOf', 'Parent standard', 'Parent skill'],
};

export function detectSkillMapping(headers: string[]): SkillMapping {
  return detectColumns(headers, HEADER_NAMES);
}

export type SkillPreviewRow = {
  line: number;
  code: string;
  statement: string;
  parentCode: string;
  problems: ImportProblem[];
  accepted: boolean;
  existing: boolean;
};

/** Rows whose parent chain inside the file comes back to them, each with its loop for the message. */
function findCycles(parentOf: Map<string, string>): Map<string, string[]> {
  const inCycle = new Map<string, string[]>();
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let code: string | undefined = start;
    while (code !== undefined && !done.has(code) && !onPath.has(code)) {
      onPath.set(code, path.length);
      path.push(code);
      code = parentOf.get(code);
    }
    if (code !== undefined && onPath.has(code)) {
      const loop = path.slice(onPath.get(code));
      loop.forEach((c, i) => inCycle.set(c, [...loop.slice(i), ...loop.slice(0, i), c]));
    }
    for (const c of path) done.add(c);
  }
  return inCycle;
}

/**
 * What a skills import would do, row by row; rows may list children before parents.
 * `problems` lists every problem, file-level first and then each row's in line order.
 */
export function previewSkills(
  table: CsvTable,
  mapping: SkillMapping,
  existingCodes: string[] = [],
): { rows: SkillPreviewRow[]; problems: ImportProblem[]; acceptedCount: number } {
  const { file } = table;
  const fileProblems: ImportProblem[] = [];
  const byLine = new Map<number, ImportProblem[]>();
  for (const p of table.problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const existing = new Set(existingCodes);

  const columnsOk = mapping.code !== undefined && mapping.statement !== undefined;
  if (mapping.code === undefined) {
    fileProblems.push({
      file,
      line: 1,
      severity: 'error',
      message: 'No column for skill codes was found: choose which column holds the codes, such as 6.RP.A.1.',
    });
  }
  if (mapping.statement === undefined) {
    fileProblems.push({
      file,
      line: 1,
      severity: 'error',
      message: 'No column for skill statements was found: choose which column says what each skill is.',
    });
  }

  const add = (row: SkillPreviewRow, severity: ImportProblem['severity'], message: string) => {
    row.problems.push({ file, line: row.line, severity, message });
    if (severity === 'error') row.accepted = false;
  };

  const rowOfCode = new Map<string, SkillPreviewRow>();
  const rows = table.rows.map(({ line, cells }): SkillPreviewRow => {
    const cell = (field: SkillField) => {
      const index = mapping[field];
      return index === undefined ? '' : tidy(cells[index]);
    };
    const problems = [...(byLine.get(line) ?? [])];
    byLine.delete(line);
    const row: SkillPreviewRow = {
      line,
      code: cell('code'),
      statement: cell('statement'),
      parentCode: cell('parentCode'),
      problems,
      accepted: columnsOk && !problems.some((p) => p.severity === 'error'),
      existing: false,
    };
    if (!columnsOk) return row;
    if (!row.code) add(row, 'error', 'No code: add a code such as 6.RP.A.1, or leave the row out.');
    if (!row.statement) add(row, 'error', 'No statement: say what the skill is, or leave the row out.');
    // Only a row that will be imported claims its code, so a rejected row never blocks a good one.
    if (row.accepted) {
      const first = rowOfCode.get(row.code);
      if (first) {
        add(
          row,
          'error',
          `Code ${row.code} is already used on line ${first.line}: give each skill its own code, or leave this row out.`,
        );
      } else rowOfCode.set(row.code, row);
    }
    return row;
  });

  const parentOf = new Map<string, string>();
  for (const [code, row] of rowOfCode) if (rowOfCode.has(row.parentCode)) parentOf.set(code, row.parentCode);
  for (const [code, loop] of findCycles(parentOf)) {
    const row = rowOfCode.get(code);
    if (!row) continue;
    add(
      row,
      'error',
      `Its parents loop back to it (${loop.join(' → ')}): change a parent code so the chain ends at a top-level skill.`,
    );
    rowOfCode.delete(code);
  }

  const anyRowOfCode = new Map<string, SkillPreviewRow>();
  for (const row of rows) if (row.code && !anyRowOfCode.has(row.code)) anyRowOfCode.set(row.code, row);
  for (const row of rows) {
    row.existing = existing.has(row.code);
    if (!row.accepted) continue;
    if (row.parentCode && !rowOfCode.has(row.parentCode) && !existing.has(row.parentCode)) {
      const rejected = anyRowOfCode.get(row.parentCode);
      add(
        row,
        'warning',
        rejected
          ? `Its parent ${row.parentCode} cannot be imported (see line ${rejected.line}), so this becomes a top-level skill.`
          : `Its parent ${row.parentCode} is not in this file or in your skills, so this becomes a top-level skill: add the parent to keep it underneath.`,
      );
      row.parentCode = '';
    }
    if (row.existing) {
      add(row, 'warning', `You already have skill ${row.code}: importing updates its statement and parent.`);
    }
  }

  for (const rest of byLine.values()) fileProblems.push(...rest);
  fileProblems.sort((a, b) => a.line - b.line);
  const problems = [...fileProblems, ...rows.flatMap((r) => r.problems)];
  return { rows, problems, acceptedCount: rows.filter((r) => r.accepted).length };
}
