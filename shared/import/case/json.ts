import { JsonLocator } from './locate';
import { ProblemSink } from './problemSink';
import { arrangeTree, importSkills, type TreeNode } from './tree';
import { CASE_MAX_ITEMS, type FrameworkImport } from './types';
import { get, idKey, isObj, joinLevels, label, seqOf, str, typeText, uuidIn, type Obj } from './values';

/** Larger than any framework export; past it the text is not even parsed. */
const MAX_TEXT_LENGTH = 256 * 1024 * 1024;
/** Associations read at most (a framework has a few per item). */
const MAX_ASSOCIATIONS = CASE_MAX_ITEMS * 10;

type ItemNode = TreeNode & {
  identifier: string;
  code: string;
  statement: string;
  type: string;
  educationLevel: string;
  name: string;
  /** Whether some isChildOf association names this item as the child. */
  placed: boolean;
  /** Whether one of them gave it a parent that is in the package (or the document). */
  linked: boolean;
};

type Ref = { kind: 'item'; node: ItemNode } | { kind: 'document' } | { kind: 'unknown'; name: string } | { kind: 'missing' };

const EXPORT_AGAIN =
  "Export the framework again from your CASE server or OpenSALT as a CASE JSON package (the 'CFPackage' download) and import that file.";

function emptyResult(sink: ProblemSink): FrameworkImport {
  return { framework: { identifier: '', title: '', creator: '' }, skills: [], problems: sink.finish() };
}

/** The line a JSON syntax error points at, from the engine's message, if it says. */
function syntaxErrorLine(message: string, locator: JsonLocator): number {
  const line = /line (\d+)/i.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/i.exec(message);
  return position ? locator.lineAt(Number(position[1])) : 1;
}

/** Finds the package object: the top level, or one wrapped as `{ "CFPackage": { … } }`. */
function packageObject(value: unknown): Obj | undefined {
  if (!isObj(value)) return undefined;
  if (get(value, 'CFDocument') !== undefined || get(value, 'CFItems') !== undefined) return value;
  const inner = get(value, 'CFPackage');
  return isObj(inner) ? inner : undefined;
}

/**
 * Reads a CASE 1.0 or 1.1 CFPackage (JSON) into a framework and its skill tree. The tree comes
 * from `isChildOf` associations (origin = child, destination = parent, the document = top level).
 * Never throws: whatever cannot be used becomes a problem.
 */
export function parseCasePackage(json: string, file = 'CASE package'): FrameworkImport {
  const sink = new ProblemSink(file);
  try {
    return parsePackage(json, sink);
  } catch {
    sink.add(
      'internal',
      'error',
      1,
      `Blendwise could not finish reading this package. ${EXPORT_AGAIN} If it still fails, the file may be damaged.`,
    );
    return emptyResult(sink);
  }
}

function parsePackage(json: string, sink: ProblemSink): FrameworkImport {
  const text = typeof json === 'string' ? json.replace(/^\uFEFF/, '') : '';
  if (text.length > MAX_TEXT_LENGTH) {
    sink.add('too-large', 'error', 1, `This file is too large to be a framework (over 256 MB). ${EXPORT_AGAIN}`);
    return emptyResult(sink);
  }
  if (text.trim() === '') {
    sink.add('empty', 'error', 1, `The file is empty. ${EXPORT_AGAIN}`);
    return emptyResult(sink);
  }
  const locator = new JsonLocator(text);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    const looksLikeCsv = !/^\s*[[{]/.test(text);
    sink.add(
      'not-json',
      'error',
      syntaxErrorLine(message, locator),
      looksLikeCsv
        ? `This file is not JSON, so it is not a CASE package. If it is a spreadsheet (CSV) export, import it as a CSV file instead; otherwise: ${EXPORT_AGAIN}`
        : `This file is not valid JSON (it may be cut short or edited by hand), so it cannot be read as a CASE package. ${EXPORT_AGAIN}`,
    );
    return emptyResult(sink);
  }

  const pkg = packageObject(value);
  const docRaw = pkg ? get(pkg, 'CFDocument') : undefined;
  const itemsRaw = pkg ? get(pkg, 'CFItems') : undefined;
  if (!pkg || (!isObj(docRaw) && !Array.isArray(itemsRaw))) {
    sink.add(
      'not-package',
      'error',
      1,
      `This JSON file is not a CASE package: it has no CFDocument and no CFItems. ${EXPORT_AGAIN}`,
    );
    return emptyResult(sink);
  }

  const doc: Obj = isObj(docRaw) ? docRaw : {};
  if (!isObj(docRaw)) {
    sink.add('no-document', 'error', 1, `This package has no CFDocument, so the framework has no name or identifier. ${EXPORT_AGAIN}`);
  }
  const framework = {
    identifier: str(get(doc, 'identifier')).trim(),
    title: str(get(doc, 'title')).trim(),
    creator: str(get(doc, 'creator')).trim(),
  };
  const docKeys = new Set<string>();
  if (framework.identifier) docKeys.add(idKey(framework.identifier));
  const docUri = str(get(doc, 'uri')).trim();
  if (docUri) docKeys.add(docUri.toLowerCase());

  const items = Array.isArray(itemsRaw) ? itemsRaw : [];
  if (items.length === 0) {
    sink.add(
      'no-items',
      'error',
      1,
      Array.isArray(itemsRaw)
        ? 'This package holds no items (CFItems is empty), so there are no skills to import.'
        : `This package has no CFItems, so there are no skills to import (it may be a single document rather than a full package). ${EXPORT_AGAIN}`,
    );
  }
  if (items.length > CASE_MAX_ITEMS) {
    sink.add(
      'too-many-items',
      'error',
      1,
      `This package holds ${items.length} items; Blendwise imports at most ${CASE_MAX_ITEMS}, so the rest were left out. Import a smaller framework or split it.`,
    );
  }

  // Items, in file order; the first of each identifier wins.
  const nodes: ItemNode[] = [];
  const byKey = new Map<string, ItemNode>();
  const byUri = new Map<string, ItemNode>();
  const itemLine = (id: string) => () => locator.line(id, 'CFItems');
  const count = Math.min(items.length, CASE_MAX_ITEMS);
  for (let i = 0; i < count; i++) {
    const raw: unknown = items[i];
    if (!isObj(raw)) {
      sink.add('bad-item', 'warning', 1, `Entry ${i + 1} of CFItems is not an item, so it was left out.`);
      continue;
    }
    const identifier = str(get(raw, 'identifier')).trim();
    const code0 = str(get(raw, 'humanCodingScheme')).trim();
    const full = str(get(raw, 'fullStatement')).trim();
    const statement = full || str(get(raw, 'abbreviatedStatement')).trim() || str(get(raw, 'alternativeLabel')).trim();
    if (!identifier) {
      sink.add(
        'no-identifier',
        'warning',
        1,
        `Item ${i + 1} of CFItems ("${label(code0, statement, '')}") has no identifier, so nothing can point at it and it was left out.`,
        (n) => `${n} more items have no identifier and were left out.`,
      );
      continue;
    }
    const key = idKey(identifier);
    if (byKey.has(key) || docKeys.has(key)) {
      sink.add(
        'duplicate',
        'warning',
        itemLine(identifier),
        byKey.has(key)
          ? `Two items share the identifier ${identifier}: the first one is kept and this copy ("${label(code0, statement, identifier)}") is left out.`
          : `An item has the same identifier as the framework itself (${identifier}), so it was left out.`,
        (n) => `${n} more items repeat an identifier already used and were left out.`,
      );
      continue;
    }
    let code = code0;
    if (!code) {
      code = str(get(raw, 'listEnumeration')).trim();
      sink.add(
        'no-code',
        'warning',
        itemLine(identifier),
        code
          ? `"${label('', statement, identifier)}" has no code (humanCodingScheme), so its list number "${code}" is used as its code.`
          : `"${label('', statement, identifier)}" has no code (humanCodingScheme), so it is imported without one.`,
        (n) => `${n} more items have no code (humanCodingScheme).`,
      );
    }
    if (!statement) {
      sink.add(
        'no-statement',
        'warning',
        itemLine(identifier),
        `"${label(code, '', identifier)}" has no statement (fullStatement), so it is imported with an empty one.`,
        (n) => `${n} more items have no statement.`,
      );
    }
    const typeRef = get(raw, 'CFItemTypeURI');
    const node: ItemNode = {
      key,
      parentKey: null,
      seq: undefined,
      order: i,
      identifier,
      code,
      statement,
      type: typeText(get(raw, 'CFItemType')) || (isObj(typeRef) ? str(get(typeRef, 'title')).trim() : ''),
      educationLevel: joinLevels(get(raw, 'educationLevel')),
      name: label(code, statement, identifier),
      placed: false,
      linked: false,
    };
    nodes.push(node);
    byKey.set(key, node);
    const uri = str(get(raw, 'uri')).trim().toLowerCase();
    if (uri && !byUri.has(uri)) byUri.set(uri, node);
  }

  const resolveText = (t: string): Ref | undefined => {
    const trimmed = t.trim();
    if (!trimmed) return undefined;
    const key = idKey(trimmed);
    const lower = trimmed.toLowerCase();
    const direct = byKey.get(key) ?? byUri.get(lower);
    if (direct) return { kind: 'item', node: direct };
    if (docKeys.has(key) || docKeys.has(lower)) return { kind: 'document' };
    return undefined;
  };
  const resolve = (ref: unknown): Ref => {
    const id = isObj(ref) ? str(get(ref, 'identifier')) : str(ref);
    const uri = isObj(ref) ? str(get(ref, 'uri')) : '';
    for (const candidate of [id, uri, uuidIn(id) ?? '', uuidIn(uri) ?? '']) {
      const found = resolveText(candidate);
      if (found) return found;
    }
    const name = (isObj(ref) ? str(get(ref, 'title')).trim() : '') || id.trim() || uri.trim();
    return name ? { kind: 'unknown', name } : { kind: 'missing' };
  };

  // The tree, from isChildOf associations in file order; an item keeps its first parent.
  const associationsRaw = pkg ? get(pkg, 'CFAssociations') : undefined;
  const associations = Array.isArray(associationsRaw) ? associationsRaw : [];
  if (associations.length > MAX_ASSOCIATIONS) {
    sink.add(
      'too-many-associations',
      'error',
      1,
      `This package holds ${associations.length} associations; only the first ${MAX_ASSOCIATIONS} were read, so some skills may sit at the top level.`,
    );
  }
  // With no items there is nothing to place: the error above says so, and each link would only repeat it.
  const assocCount = nodes.length === 0 ? 0 : Math.min(associations.length, MAX_ASSOCIATIONS);
  for (let i = 0; i < assocCount; i++) {
    const a: unknown = associations[i];
    if (!isObj(a)) continue;
    if (str(get(a, 'associationType')).trim().toLowerCase() !== 'ischildof') continue;
    const assocId = str(get(a, 'identifier')).trim();
    const line = () => (assocId ? locator.line(assocId, 'CFAssociations') : 1);
    const origin = resolve(get(a, 'originNodeURI'));
    const destination = resolve(get(a, 'destinationNodeURI'));
    if (origin.kind !== 'item') {
      sink.add(
        'unknown-association',
        'warning',
        line,
        origin.kind === 'unknown'
          ? `An isChildOf association names "${origin.name}" as the child, but no item in this package has that identifier, so the link was ignored.`
          : origin.kind === 'document'
            ? 'An isChildOf association places the framework document itself under something, so the link was ignored.'
            : 'An isChildOf association has no child (originNodeURI), so the link was ignored.',
        (n) => `${n} more associations name items that are not in this package and were ignored.`,
      );
      continue;
    }
    const child = origin.node;
    if (destination.kind === 'unknown' || destination.kind === 'missing') {
      child.placed = true;
      sink.add(
        'unknown-association',
        'warning',
        line,
        destination.kind === 'unknown'
          ? `"${child.name}" is placed under "${destination.name}", which is not in this package, so that link was ignored.`
          : `An isChildOf association for "${child.name}" has no parent (destinationNodeURI), so that link was ignored.`,
        (n) => `${n} more associations name items that are not in this package and were ignored.`,
      );
      continue;
    }
    if (child.linked) {
      const other = destination.kind === 'document' ? 'the top level' : `"${destination.node.name}"`;
      sink.add(
        'many-parents',
        'warning',
        line,
        `"${child.name}" is placed under more than one parent; Blendwise keeps it under the first one and ignores ${other}.`,
        (n) => `${n} more items have more than one parent; each keeps its first.`,
      );
      continue;
    }
    child.placed = true;
    child.linked = true;
    child.parentKey = destination.kind === 'document' ? null : destination.node.key;
    child.seq = seqOf(get(a, 'sequenceNumber'));
  }

  for (const node of nodes) {
    if (node.placed) continue;
    sink.add(
      'no-parent',
      'warning',
      itemLine(node.identifier),
      `"${node.name}" is not placed anywhere in the framework (no isChildOf association), so it is put at the top level.`,
      (n) => `${n} more items have no parent and were put at the top level.`,
    );
  }

  const ordered = arrangeTree(nodes, (loop) => {
    const path = [...loop, loop[0] as ItemNode].map((n) => n.name).join(' → ');
    loop.forEach((n, i) => {
      sink.add(
        'loop',
        'error',
        itemLine(n.identifier),
        `The parents of "${n.name}" go round in a loop (${path}), which a tree cannot hold. ` +
          (i === 0
            ? `"${n.name}" was moved to the top level to break the loop; check its isChildOf associations.`
            : `Check the isChildOf associations of these items; "${(loop[0] as ItemNode).name}" was moved to the top level.`),
        (n2) => `${n2} more items are inside loops of parents.`,
      );
    });
  });

  const skills = importSkills(ordered, byKey);
  return { framework, skills, problems: sink.finish() };
}
