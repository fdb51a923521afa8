import { describe, it, expect } from 'vitest';
import {
  CASE_MAX_ITEMS,
  parseCasePackage,
  parseOpenSaltCsv,
  type FrameworkImport,
} from '../../../shared/import/casePackage';

const DOC = 'c5fb0000-0000-4000-8000-000000000000';
const RP = 'c5fb0000-0000-4000-8000-000000000001';
const RPA = 'c5fb0000-0000-4000-8000-000000000002';
const A1 = 'c5fb0000-0000-4000-8000-000000000011';
const A2 = 'c5fb0000-0000-4000-8000-000000000012';
const A3 = 'c5fb0000-0000-4000-8000-000000000013';
const HOST = 'https://case.example.org/ims/case/v1p0';

type Json = Record<string, unknown>;

const item = (identifier: string, code: string, statement: string, extra: Json = {}): Json => ({
  uri: `${HOST}/CFItems/${identifier}`,
  identifier,
  lastChangeDateTime: '2024-01-01T00:00:00+00:00',
  humanCodingScheme: code,
  fullStatement: statement,
  CFItemType: 'Standard',
  educationLevel: ['06'],
  ...extra,
});

const link = (title: string, identifier: string, kind = 'CFItems') => ({
  title,
  identifier,
  uri: `${HOST}/${kind}/${identifier}`,
});

let assocCount = 0;
const childOf = (child: string, parent: string, sequenceNumber?: number, extra: Json = {}): Json => {
  const identifier = `a5500000-0000-4000-8000-${String(++assocCount).padStart(12, '0')}`;
  return {
    uri: `${HOST}/CFAssociations/${identifier}`,
    identifier,
    lastChangeDateTime: '2024-01-01T00:00:00+00:00',
    associationType: 'isChildOf',
    originNodeURI: link('child', child),
    destinationNodeURI: parent === DOC ? link('doc', DOC, 'CFDocuments') : link('parent', parent),
    ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
    ...extra,
  };
};

/** document → 6.RP → 6.RP.A → 6.RP.A.1..3; the file lists items and links out of order. */
function ratiosPackage(version: '1.0' | '1.1' = '1.0'): Json {
  const v11 = version === '1.1';
  return {
    CFDocument: {
      uri: `${HOST}/CFDocuments/${DOC}`,
      identifier: DOC,
      creator: 'Example State',
      title: 'Grade 6 Mathematics',
      lastChangeDateTime: '2024-01-01T00:00:00+00:00',
      ...(v11 ? { caseVersion: '1.1', frameworkType: 'Standards', extensions: { x: 1 } } : {}),
    },
    CFItems: [
      item(A3, '6.RP.A.3', 'Use ratio and rate reasoning to solve problems.', v11 ? { subject: ['Math'], extensions: {} } : {}),
      item(A1, '6.RP.A.1', 'Understand the concept of a ratio.'),
      item(RPA, '6.RP.A', 'Understand ratio concepts.', { CFItemType: 'Cluster' }),
      item(A2, '6.RP.A.2', 'Understand the concept of a unit rate.', { educationLevel: ['06', '07'] }),
      item(RP, '6.RP', 'Ratios and Proportional Relationships', { CFItemType: 'Domain' }),
    ],
    CFAssociations: [
      childOf(A2, RPA, 2, v11 ? { notes: 'n', extensions: {} } : {}),
      childOf(A3, RPA, 3),
      childOf(RPA, RP, 1),
      childOf(A1, RPA, 1),
      childOf(RP, DOC, 1),
      {
        ...childOf(A1, A3),
        associationType: 'isRelatedTo',
      },
    ],
    CFDefinitions: { CFConcepts: [], CFSubjects: [], CFLicenses: [], CFItemTypes: [], CFAssociationGroupings: [] },
  };
}

const codes = (r: FrameworkImport) => r.skills.map((s) => s.code);
const messages = (r: FrameworkImport) => r.problems.map((p) => `${p.severity}: ${p.message}`);

/** Every parent is in the list and comes before its children. */
function expectTreeOrder(r: FrameworkImport) {
  const seen = new Set<string>();
  for (const s of r.skills) {
    if (s.parentIdentifier !== null) expect(seen.has(s.parentIdentifier)).toBe(true);
    seen.add(s.identifier);
  }
}

const parse = (pkg: unknown, file?: string) => parseCasePackage(JSON.stringify(pkg, null, 2), file);

describe('parseCasePackage: the tree', () => {
  for (const version of ['1.0', '1.1'] as const) {
    it(`reads a CASE ${version} package into a tree in sequenceNumber order`, () => {
      const r = parse(ratiosPackage(version));
      expect(r.problems).toEqual([]);
      expect(r.framework).toEqual({ identifier: DOC, title: 'Grade 6 Mathematics', creator: 'Example State' });
      expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.1', '6.RP.A.2', '6.RP.A.3']);
      expect(r.skills.map((s) => s.parentIdentifier)).toEqual([null, RP, RPA, RPA, RPA]);
      expect(r.skills[0]).toEqual({
        identifier: RP,
        code: '6.RP',
        statement: 'Ratios and Proportional Relationships',
        parentIdentifier: null,
        type: 'Domain',
        educationLevel: '06',
      });
      expect(r.skills[3]?.educationLevel).toBe('06,07');
      expect(r.skills[1]?.type).toBe('Cluster');
    });
  }

  it('keeps file order among siblings that have no sequenceNumber', () => {
    const pkg = ratiosPackage();
    for (const a of pkg.CFAssociations as Json[]) delete a.sequenceNumber;
    expect(codes(parse(pkg))).toEqual(['6.RP', '6.RP.A', '6.RP.A.3', '6.RP.A.1', '6.RP.A.2']);
  });

  it('compares identifiers as UUIDs in any case, and accepts bare strings and urn:uuid: references', () => {
    const pkg = ratiosPackage();
    const assocs = pkg.CFAssociations as Json[];
    (assocs[0] as Json).originNodeURI = { title: 'x', identifier: A2.toUpperCase(), uri: 'x' };
    (assocs[1] as Json).originNodeURI = `urn:uuid:${A3}`;
    (assocs[3] as Json).originNodeURI = { uri: `${HOST}/CFItems/${A1}` };
    (assocs[4] as Json).destinationNodeURI = { title: 'doc', identifier: 'wrong', uri: `local:${DOC.toUpperCase()}` };
    const r = parse(pkg);
    expect(r.problems).toEqual([]);
    expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.1', '6.RP.A.2', '6.RP.A.3']);
  });

  it('reads wrong-case field names and enums, a BOM, CFItemType objects and sequence numbers as text', () => {
    const pkg = ratiosPackage();
    const items = pkg.CFItems as Json[];
    (items[0] as Json).CFItemType = { title: 'Standard', identifier: 'x', uri: 'y' };
    (items[1] as Json).educationLevel = 'KG';
    for (const a of pkg.CFAssociations as Json[]) {
      if (a.associationType === 'isChildOf') a.associationType = 'IsChildOf';
      if (typeof a.sequenceNumber === 'number') a.sequenceNumber = String(a.sequenceNumber);
    }
    const renamed = { cfDocument: pkg.CFDocument, cfItems: pkg.CFItems, cfAssociations: pkg.CFAssociations };
    const r = parseCasePackage('\uFEFF' + JSON.stringify(renamed));
    expect(r.problems).toEqual([]);
    expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.1', '6.RP.A.2', '6.RP.A.3']);
    expect(r.skills.find((s) => s.code === '6.RP.A.3')?.type).toBe('Standard');
    expect(r.skills.find((s) => s.code === '6.RP.A.1')?.educationLevel).toBe('KG');
  });

  it('falls back to abbreviatedStatement without a warning, and to listEnumeration with one', () => {
    const pkg = ratiosPackage();
    const items = pkg.CFItems as Json[];
    delete (items[1] as Json).fullStatement;
    (items[1] as Json).abbreviatedStatement = 'Ratios';
    delete (items[2] as Json).humanCodingScheme;
    (items[2] as Json).listEnumeration = 'A';
    const r = parse(pkg);
    expect(r.skills.find((s) => s.identifier === A1)?.statement).toBe('Ratios');
    expect(r.skills.find((s) => s.identifier === RPA)?.code).toBe('A');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'warning', file: 'CASE package' });
    expect(r.problems[0]?.message).toMatch(/no code .*"A"/);
  });
});

describe('parseCasePackage: problems', () => {
  it('says what to do when the text is not JSON, pointing at the line', () => {
    const r = parseCasePackage('{\n  "CFDocument": {\n    "title": "x",\n  }\n}', 'math.json');
    expect(r.skills).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'math.json', severity: 'error' });
    expect(r.problems[0]?.message).toMatch(/not valid JSON.*Export the framework again/);
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(parseCasePackage('identifier,fullStatement\n1,x').problems[0]?.message).toMatch(/CSV/);
    expect(parseCasePackage('').problems[0]?.message).toMatch(/empty/);
    expect(parseCasePackage('   \n').problems[0]?.severity).toBe('error');
  });

  it('refuses JSON that is not a CFPackage', () => {
    for (const text of ['{}', '[]', '42', 'null', '"CFItems"', '{"swagger":"2.0","paths":{}}', '{"CFDocument":1,"CFItems":{}}']) {
      const r = parseCasePackage(text);
      expect(r.skills).toEqual([]);
      expect(r.problems.map((p) => p.severity)).toContain('error');
    }
    expect(parseCasePackage('{"swagger":"2.0"}').problems[0]?.message).toMatch(/not a CASE package/);
  });

  it('reports a package with no items, and one with items but no document', () => {
    const pkg = ratiosPackage();
    const noItems = parse({ CFDocument: pkg.CFDocument });
    expect(noItems.framework.title).toBe('Grade 6 Mathematics');
    expect(messages(noItems)).toEqual([expect.stringMatching(/^error: .*no CFItems/)]);
    expect(messages(parse({ ...pkg, CFItems: [] }))).toEqual([expect.stringMatching(/^error: .*CFItems is empty/)]);
    const noDoc = parse({ CFItems: pkg.CFItems, CFAssociations: pkg.CFAssociations });
    expect(noDoc.skills).toHaveLength(5);
    expect(noDoc.problems.some((p) => p.severity === 'error' && /no CFDocument/.test(p.message))).toBe(true);
  });

  it('puts items with no parent at the top level, with a warning at their line', () => {
    const pkg = ratiosPackage();
    pkg.CFAssociations = (pkg.CFAssociations as Json[]).filter((a) => (a.originNodeURI as Json).identifier !== A2);
    const text = JSON.stringify(pkg, null, 2);
    const r = parseCasePackage(text);
    expect(r.skills.find((s) => s.identifier === A2)?.parentIdentifier).toBeNull();
    expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.1', '6.RP.A.3', '6.RP.A.2']);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0];
    expect(p?.severity).toBe('warning');
    expect(p?.message).toMatch(/"6\.RP\.A\.2" .*top level/);
    const lines = text.split('\n');
    expect(lines[(p?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(lines[p?.line ?? 0]).toContain(`CFItems/${A2}`);
  });

  it('warns about associations naming items that are not in the package', () => {
    const pkg = ratiosPackage();
    const assocs = pkg.CFAssociations as Json[];
    assocs.push(childOf('eeeeeeee-0000-4000-8000-000000000000', RPA, 9));
    (assocs[1] as Json).destinationNodeURI = { title: 'Destination Node', identifier: 'x', uri: 'local:dd1dee0f-06c4-5200-84a0-88e22d102b84' };
    const r = parse(pkg);
    expect(r.skills).toHaveLength(5);
    expect(r.skills.find((s) => s.identifier === A3)?.parentIdentifier).toBeNull();
    expect(r.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(messages(r).join('\n')).toMatch(/"6\.RP\.A\.3" is placed under "Destination Node", which is not in this package/);
    expect(messages(r).join('\n')).toMatch(/names "child" as the child, but no item/);
  });

  it('breaks loops of parents with an error for each item in the loop', () => {
    const pkg = ratiosPackage();
    const assocs = pkg.CFAssociations as Json[];
    // 6.RP now sits under 6.RP.A.1, which sits under 6.RP.A, which sits under 6.RP.
    assocs.splice(4, 1, childOf(RP, A1, 1));
    const r = parse(pkg);
    expect(r.skills).toHaveLength(5);
    expectTreeOrder(r);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(3);
    expect(errors[0]?.message).toMatch(/loop/);
    // The earliest item of the loop in the file (6.RP.A.1) goes to the top level.
    expect(r.skills[0]?.code).toBe('6.RP.A.1');
    expect(r.skills[0]?.parentIdentifier).toBeNull();
    expect(parse({ ...pkg, CFAssociations: [childOf(A1, A1)] }).problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('keeps the first of duplicate identifiers, with a warning', () => {
    const pkg = ratiosPackage();
    (pkg.CFItems as Json[]).push(item(A1.toUpperCase(), 'DUP', 'A copy'), item(DOC, 'DOC', 'The document again'));
    const r = parse(pkg);
    expect(r.skills).toHaveLength(5);
    expect(r.skills.find((s) => s.identifier === A1)?.code).toBe('6.RP.A.1');
    expect(r.problems.filter((p) => /identifier/.test(p.message)).map((p) => p.severity)).toEqual(['warning', 'warning']);
  });

  it('warns about missing statements, codes and identifiers, and items that are not objects', () => {
    const pkg = ratiosPackage();
    const items = pkg.CFItems as Json[];
    delete (items[0] as Json).fullStatement;
    delete (items[3] as Json).humanCodingScheme;
    items.push({ fullStatement: 'No id' }, 7 as unknown as Json);
    const r = parse(pkg);
    expect(r.skills).toHaveLength(5);
    expect(r.skills.find((s) => s.identifier === A3)?.statement).toBe('');
    expect(r.skills.find((s) => s.identifier === A2)?.code).toBe('');
    const text = messages(r).join('\n');
    expect(text).toMatch(/"6\.RP\.A\.3" has no statement/);
    expect(text).toMatch(/"Understand the concept of a unit rate\." has no code .*without one/);
    expect(text).toMatch(/Item 6 of CFItems \("No id"\) has no identifier/);
    expect(text).toMatch(/Entry 7 of CFItems is not an item/);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('keeps the first of several parents', () => {
    const pkg = ratiosPackage();
    (pkg.CFAssociations as Json[]).push(childOf(A1, RP, 1));
    const r = parse(pkg);
    expect(r.skills.find((s) => s.identifier === A1)?.parentIdentifier).toBe(RPA);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning: "6\.RP\.A\.1" is placed under more than one parent/)]);
  });

  it('lists a repeated problem up to a limit and then counts the rest', () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ identifier: `id-${i}`, fullStatement: `S${i}` }));
    const r = parseCasePackage(JSON.stringify({ CFDocument: { identifier: 'd', title: 't' }, CFItems: items }));
    expect(r.skills).toHaveLength(80);
    const noCode = r.problems.filter((p) => /no code/.test(p.message));
    expect(noCode).toHaveLength(51);
    expect(noCode[50]?.message).toBe('30 more items have no code (humanCodingScheme).');
  });

  it(`stops at ${CASE_MAX_ITEMS} items with an error`, () => {
    const items = Array.from({ length: CASE_MAX_ITEMS + 5 }, (_, i) => `{"identifier":"i${i}","humanCodingScheme":"c${i}","fullStatement":"s"}`);
    const r = parseCasePackage(`{"CFDocument":{"identifier":"d","title":"t"},"CFItems":[${items.join(',')}]}`);
    expect(r.skills).toHaveLength(CASE_MAX_ITEMS);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(r.problems.some((p) => /imports at most 200000/.test(p.message))).toBe(true);
  });

  it('never throws, even when handed something that is not text', () => {
    for (const bad of [undefined, null, 5, {}, []]) {
      const r = parseCasePackage(bad as unknown as string);
      expect(r.problems[0]?.severity).toBe('error');
    }
    expect(() => parseCasePackage('['.repeat(200_000))).not.toThrow();
    expect(parseCasePackage('['.repeat(200_000)).problems[0]?.severity).toBe('error');
  });
});

describe('parseOpenSaltCsv', () => {
  const HEADER = 'identifier,fullStatement,humanCodingScheme,smartLevel,listEnumeration,educationLevel,CFItemType,parent';

  it('builds the tree from a parent column naming identifiers or codes', () => {
    const csv = [
      HEADER,
      `${A2},Unit rate,6.RP.A.2,,,06,Standard,6.RP.A`,
      `${RP},Ratios,6.RP,,,06,Domain,`,
      `${A1},Ratio,6.RP.A.1,,,"06,07",Standard,${RPA.toUpperCase()}`,
      `${RPA},Ratio concepts,6.RP.A,,,09.10,Cluster,${RP}`,
    ].join('\r\n');
    const r = parseOpenSaltCsv(csv, 'ratios.csv');
    expect(r.problems).toEqual([]);
    expect(r.framework).toEqual({ identifier: '', title: 'ratios', creator: '' });
    expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.2', '6.RP.A.1']);
    expect(r.skills.map((s) => s.parentIdentifier)).toEqual([null, RP, RPA, RPA]);
    expect(r.skills[1]).toMatchObject({ type: 'Cluster', educationLevel: '09,10' });
    expect(r.skills[3]?.educationLevel).toBe('06,07');
  });

  it('builds the tree from smartLevel, ordering siblings by it', () => {
    const csv = [
      'identifier,fullStatement,humanCodingScheme,smartLevel',
      'a3,Three,6.RP.A.3,1.1.3',
      'a1,One,6.RP.A.1,1.1.1',
      'ra,Cluster,6.RP.A,1.1',
      'a2,Two,6.RP.A.2,1.1.2',
      'rp,Domain,6.RP,1',
      'orphan,Lost,X.1,7.4',
    ].join('\n');
    const r = parseOpenSaltCsv(csv, 'f.csv');
    expect(codes(r)).toEqual(['6.RP', '6.RP.A', '6.RP.A.1', '6.RP.A.2', '6.RP.A.3', 'X.1']);
    expect(r.skills.map((s) => s.parentIdentifier)).toEqual([null, 'rp', 'ra', 'ra', 'ra', null]);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning: "X\.1" sits at level 7\.4/)]);
  });

  it('reports unknown parents, duplicates, loops, missing codes and statements by line', () => {
    const csv = [
      HEADER,
      'a,Alpha,A,,,,,b',
      'b,Beta,B,,,,,a',
      'c,Gamma,C,,,,,nowhere',
      'a,Copy,A2,,,,,',
      'd,,,,4,,,',
      'e,Eps,,,,,,',
    ].join('\n');
    const r = parseOpenSaltCsv(csv, 'items.csv');
    expect(r.skills.map((s) => s.identifier)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expectTreeOrder(r);
    expect(r.problems.map((p) => [p.line, p.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'warning'],
      [5, 'warning'],
      [6, 'warning'],
      [6, 'warning'],
      [7, 'warning'],
    ]);
    expect(r.problems.every((p) => p.file === 'items.csv')).toBe(true);
    expect(r.skills.find((s) => s.identifier === 'd')?.code).toBe('4');
  });

  it('uses codes as identifiers when there is no identifier column, and warns when there is no hierarchy', () => {
    const r = parseOpenSaltCsv('CFItemType,fullStatement,humanCodingScheme\nStandard,One,L.1\nStandard,Two,L.1\n', 'x.csv');
    expect(r.skills.map((s) => s.identifier)).toEqual(['L.1', 'L.1#line-3']);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning: .*no parent, isChildOf or smartLevel column/)]);
  });

  it('refuses a file that is not an OpenSALT export, and never throws', () => {
    expect(messages(parseOpenSaltCsv('name,email\nAda,a@x', 'x.csv'))).toEqual([
      expect.stringMatching(/^error: .*does not look like an OpenSALT item export/),
    ]);
    expect(parseOpenSaltCsv('', 'x.csv').problems[0]?.severity).toBe('error');
    expect(() => parseOpenSaltCsv(null as unknown as string, undefined as unknown as string)).not.toThrow();
  });
});
