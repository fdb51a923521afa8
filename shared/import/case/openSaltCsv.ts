import { readCsvTable } from '../csvTable';
import { detectColumns } from '../headers';
import { ProblemSink } from './problemSink';
import { arrangeTree, importSkills, type TreeNode } from './tree';
import { CASE_MAX_ITEMS, type FrameworkImport } from './types';
import { idKey, joinLevels, label } from './values';

type Field =
  | 'identifier'
  | 'statement'
  | 'abbreviated'
  | 'code'
  | 'listEnumeration'
  | 'smartLevel'
  | 'parent'
  | 'type'
  | 'educationLevel';

// Compared after headerKey(): case, spaces and punctuation do not matter.
const HEADER_NAMES: Record<Field, string[]> = {
  identifier: ['identifier', 'uuid', 'CFItem identifier', 'item identifier'],
  statement: ['fullStatement', 'statement', 'full statement'],
  abbreviated: ['abbreviatedStatement', 'abbreviated statement'],
  code: ['humanCodingScheme', 'human coding scheme', 'code'],
  listEnumeration: ['listEnumeration', 'list enumeration'],
  smartLevel: ['smartLevel', 'smart level'],
  parent: ['parent', 'isChildOf', 'parentIdentifier', 'parent identifier', 'parentHumanCodingScheme', 'parent code', 'childOf'],
  type: ['CFItemType', 'item type', 'itemType', 'type'],
  educationLevel: ['educationLevel', 'education level', 'grade', 'grades', 'grade level'],
};

type RowNode = TreeNode & {
  identifier: string;
  code: string;
  statement: string;
  type: string;
  educationLevel: string;
  name: string;
  line: number;
  parentText: string;
  smartLevel: string;
};

/** The framework title a file name suggests: `ccsso_ela_item.csv` → `ccsso_ela_item`. */
function titleFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, '').trim();
}

/**
 * Reads OpenSALT's CSV item export (identifier, fullStatement, humanCodingScheme, smartLevel,
 * listEnumeration, …, educationLevel, CFItemType) into a framework and its skill tree. The
 * parent comes from a parent / isChildOf column (an identifier or a code), else from smartLevel
 * (`3.6.2.1` sits under `3.6.2`). Never throws.
 */
export function parseOpenSaltCsv(text: string, file: string): FrameworkImport {
  const sink = new ProblemSink(file);
  const framework = { identifier: '', title: titleFromFile(String(file ?? '')), creator: '' };
  try {
    return { framework, ...readRows(String(text ?? ''), String(file ?? ''), sink) };
  } catch {
    sink.add('internal', 'error', 1, 'Blendwise could not finish reading this file: export it from OpenSALT again and import the new file.');
    return { framework, skills: [], problems: sink.finish() };
  }
}

function readRows(text: string, file: string, sink: ProblemSink): Omit<FrameworkImport, 'framework'> {
  const table = readCsvTable(text, file);
  sink.include(table.problems);
  const columns = detectColumns(table.headers, HEADER_NAMES);
  const cell = (cells: string[], field: Field) => {
    const at = columns[field];
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };

  if (table.headers.length > 0 && columns.statement === undefined && columns.code === undefined) {
    sink.add(
      'not-opensalt',
      'error',
      1,
      'This file has neither a fullStatement nor a humanCodingScheme column, so it does not look like an OpenSALT item export. Export the framework from OpenSALT as CSV, or import it as a CASE JSON package.',
    );
    return { skills: [], problems: sink.finish() };
  }
  if (table.rows.length > 0 && columns.parent === undefined && columns.smartLevel === undefined) {
    sink.add(
      'no-hierarchy',
      'warning',
      1,
      'This file has no parent, isChildOf or smartLevel column, so every skill is imported at the top level.',
    );
  }
  if (table.rows.length > CASE_MAX_ITEMS) {
    sink.add(
      'too-many-items',
      'error',
      1,
      `This file holds ${table.rows.length} rows; Blendwise imports at most ${CASE_MAX_ITEMS}, so the rest were left out. Import a smaller framework or split it.`,
    );
  }

  const nodes: RowNode[] = [];
  const byKey = new Map<string, RowNode>();
  const byCode = new Map<string, RowNode>();
  const byCodeLower = new Map<string, RowNode>();
  const bySmartLevel = new Map<string, RowNode>();
  const count = Math.min(table.rows.length, CASE_MAX_ITEMS);
  for (let i = 0; i < count; i++) {
    const { line, cells } = table.rows[i] as { line: number; cells: string[] };
    const given = cell(cells, 'identifier');
    const statement = cell(cells, 'statement') || cell(cells, 'abbreviated');
    let code = cell(cells, 'code');
    if (given && byKey.has(idKey(given))) {
      sink.add(
        'duplicate',
        'warning',
        line,
        `Two rows share the identifier ${given}: the first one is kept and this row is left out.`,
        (n) => `${n} more rows repeat an identifier already used and were left out.`,
      );
      continue;
    }
    if (!code) {
      code = cell(cells, 'listEnumeration');
      sink.add(
        'no-code',
        'warning',
        line,
        code
          ? `"${label('', statement, given)}" has no code (humanCodingScheme), so its list number "${code}" is used as its code.`
          : `"${label('', statement, given || `line ${line}`)}" has no code (humanCodingScheme), so it is imported without one.`,
        (n) => `${n} more rows have no code (humanCodingScheme).`,
      );
    }
    if (!statement) {
      sink.add(
        'no-statement',
        'warning',
        line,
        `"${label(code, '', given || `line ${line}`)}" has no statement (fullStatement), so it is imported with an empty one.`,
        (n) => `${n} more rows have no statement.`,
      );
    }
    // With no identifier column, the code names the skill (it is what a re-import would match).
    let identifier = given || code || `line-${line}`;
    if (!given && byKey.has(idKey(identifier))) identifier = `${identifier}#line-${line}`;
    const smartLevel = cell(cells, 'smartLevel');
    const lastLevel = smartLevel.split('.').pop() ?? '';
    const node: RowNode = {
      key: idKey(identifier),
      parentKey: null,
      seq: /^\d+$/.test(lastLevel) ? Number(lastLevel) : undefined,
      order: i,
      identifier,
      code,
      statement,
      type: cell(cells, 'type'),
      educationLevel: joinLevels(cell(cells, 'educationLevel')),
      name: label(code, statement, identifier),
      line,
      parentText: cell(cells, 'parent'),
      smartLevel,
    };
    nodes.push(node);
    byKey.set(node.key, node);
    if (code && !byCode.has(code)) byCode.set(code, node);
    if (code && !byCodeLower.has(code.toLowerCase())) byCodeLower.set(code.toLowerCase(), node);
    if (smartLevel && !bySmartLevel.has(smartLevel)) bySmartLevel.set(smartLevel, node);
  }

  for (const node of nodes) {
    if (node.parentText) {
      const parent =
        byKey.get(idKey(node.parentText)) ?? byCode.get(node.parentText) ?? byCodeLower.get(node.parentText.toLowerCase());
      if (parent) node.parentKey = parent.key;
      else {
        sink.add(
          'unknown-parent',
          'warning',
          node.line,
          `"${node.name}" names the parent "${node.parentText}", which is not in this file, so it is put at the top level.`,
          (n) => `${n} more rows name a parent that is not in the file.`,
        );
      }
    } else if (node.smartLevel.includes('.')) {
      const levels = node.smartLevel.split('.');
      let parent: RowNode | undefined;
      while (!parent && levels.length > 1) {
        levels.pop();
        parent = bySmartLevel.get(levels.join('.'));
      }
      if (parent && parent !== node) node.parentKey = parent.key;
      else {
        sink.add(
          'unknown-parent',
          'warning',
          node.line,
          `"${node.name}" sits at level ${node.smartLevel}, but no row holds the level above it, so it is put at the top level.`,
          (n) => `${n} more rows name a parent that is not in the file.`,
        );
      }
    }
  }

  const ordered = arrangeTree(nodes, (loop) => {
    const path = [...loop, loop[0] as RowNode].map((n) => n.name).join(' → ');
    for (const n of loop) {
      sink.add(
        'loop',
        'error',
        n.line,
        `The parents of "${n.name}" go round in a loop (${path}), which a tree cannot hold; "${(loop[0] as RowNode).name}" was moved to the top level. Check the parent column of these rows.`,
        (n2) => `${n2} more rows are inside loops of parents.`,
      );
    }
  });

  const skills = importSkills(ordered, byKey);
  return { skills, problems: sink.finish() };
}
