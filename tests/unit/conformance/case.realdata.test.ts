import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { parseCasePackage, parseOpenSaltCsv, type FrameworkImport } from '../../../shared/import/casePackage';

// The real public CASE files collected for the project (see realdata/PROVENANCE.md).
const dir = path.resolve(__dirname, '../../../../shared/realdata');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

type Json = Record<string, unknown>;
type Link = { identifier?: string };
type Assoc = { associationType?: string; originNodeURI?: Link; destinationNodeURI?: Link; sequenceNumber?: number };

const PACKAGES = [
  'osu-cass_AP-CSE-API/SBAC_G3_Math_ItemSpec_C1_TH.cfpackage.json',
  'osu-cass_AP-CSE-API/SBAC_Webb_DOK_Levels.cfpackage.json',
  'opensalt_opensalt/Ordering.json',
  'opensalt_opensalt/Utf8TestFramework.json',
];

/** What the raw JSON itself says, counted without the parser. */
function facts(raw: Json) {
  const doc = (raw.CFDocument as { identifier: string }).identifier.toLowerCase();
  const items = raw.CFItems as { identifier: string }[];
  const childOf = (raw.CFAssociations as Assoc[]).filter((a) => a.associationType === 'isChildOf');
  const fileIndex = new Map(items.map((it, i) => [it.identifier.toLowerCase(), i]));
  // parent (null = document) -> children in the order CASE asks for: sequenceNumber, then file order.
  const children = new Map<string | null, { id: string; seq: number | undefined; at: number }[]>();
  for (const a of childOf) {
    const id = (a.originNodeURI?.identifier ?? '').toLowerCase();
    const dest = (a.destinationNodeURI?.identifier ?? '').toLowerCase();
    const parent = dest === doc ? null : dest;
    const list = children.get(parent) ?? [];
    list.push({ id, seq: a.sequenceNumber, at: fileIndex.get(id) ?? -1 });
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((x, y) =>
      x.seq !== undefined && y.seq !== undefined ? x.seq - y.seq || x.at - y.at : x.seq !== undefined ? -1 : y.seq !== undefined ? 1 : x.at - y.at,
    );
  }
  return {
    itemCount: items.length,
    topLevel: childOf.filter((a) => (a.destinationNodeURI?.identifier ?? '').toLowerCase() === doc).length,
    withSequence: childOf.filter((a) => a.sequenceNumber !== undefined).length,
    children,
  };
}

function expectTreeOrder(r: FrameworkImport) {
  const seen = new Set<string>();
  for (const s of r.skills) {
    if (s.parentIdentifier !== null) expect(seen.has(s.parentIdentifier)).toBe(true);
    seen.add(s.identifier);
  }
}

describe.skipIf(!existsSync(dir))(`real CASE files (in ${dir}; skipped when that folder is absent)`, () => {
  describe.each(PACKAGES)('%s', (file) => {
    const text = read(file);
    const raw = JSON.parse(text) as Json;
    const expected = facts(raw);
    const r = parseCasePackage(text, file);

    it('reads every item, with the top level the associations give', () => {
      expect(r.skills).toHaveLength(expected.itemCount);
      expect(r.skills.filter((s) => s.parentIdentifier === null)).toHaveLength(expected.topLevel);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.problems.every((p) => p.file === file && p.line >= 1)).toBe(true);
      const doc = raw.CFDocument as Json;
      expect(r.framework).toEqual({ identifier: doc.identifier, title: doc.title, creator: doc.creator });
    });

    it('lists parents before children, siblings in sequenceNumber and then file order', () => {
      expectTreeOrder(r);
      const got = new Map<string | null, string[]>();
      for (const s of r.skills) {
        const key = s.parentIdentifier === null ? null : s.parentIdentifier.toLowerCase();
        got.set(key, [...(got.get(key) ?? []), s.identifier.toLowerCase()]);
      }
      for (const [parent, list] of expected.children) expect(got.get(parent)).toEqual(list.map((c) => c.id));
    });
  });

  it('SBAC item specification: 48 items under 4 top-level ones, sequenceNumbers honoured', () => {
    const text = read(PACKAGES[0] as string);
    const r = parseCasePackage(text);
    expect(facts(JSON.parse(text) as Json).withSequence).toBe(29);
    expect(r.skills).toHaveLength(48);
    expect(r.skills.filter((s) => s.parentIdentifier === null)).toHaveLength(4);
    expect(new Set(r.skills.map((s) => s.type))).toContain('Target');
    expect(r.skills.every((s) => s.educationLevel === '03')).toBe(true);
    // 45 of its items have no humanCodingScheme: warned about, never an error.
    expect(r.problems.filter((p) => /no code/.test(p.message)).length).toBeGreaterThan(0);
    expect(r.skills.find((s) => s.code === 'M.G3.C1MD.TH')?.statement).toBe('Represent and interpret data.');
  });

  it('Webb DOK levels: 15 items coded M-DOK1 … W-DOK4 under 3 subjects', () => {
    const r = parseCasePackage(read(PACKAGES[1] as string));
    expect(r.skills).toHaveLength(15);
    expect(r.skills.filter((s) => s.parentIdentifier === null).map((s) => s.statement)).toEqual(['Reading', 'Writing', 'Math']);
    expect(r.skills.map((s) => s.code)).toContain('W-DOK4');
  });

  it('Ordering.json: 28 items, one top-level item, in document order (it has no sequenceNumbers)', () => {
    const text = read('opensalt_opensalt/Ordering.json');
    expect(facts(JSON.parse(text) as Json).withSequence).toBe(0);
    const r = parseCasePackage(text);
    expect(r.problems).toEqual([]);
    expect(r.skills).toHaveLength(28);
    expect(r.skills[0]?.code).toBe('H.A.MATH.GM');
    expect(r.skills.slice(0, 4).map((s) => s.code)).toEqual([
      'H.A.MATH.GM',
      'H.A.MATH.GM.PF',
      'H.A.MATH.GM.PF.2DFP',
      'H.A.MATH.GM.PF.2DFP.L1',
    ]);
  });

  it('Utf8TestFramework.json: astral-plane text survives', () => {
    const r = parseCasePackage(read('opensalt_opensalt/Utf8TestFramework.json'));
    expect(r.framework.title).toBe('UTF8 \u{1D451} Test');
    expect(r.skills).toEqual([
      {
        identifier: '00000000-0000-0000-0000-000000000001',
        code: '',
        statement: 'Item \u{1D451} 1',
        parentIdentifier: null,
        type: '',
        educationLevel: '',
      },
    ]);
    expect(r.skills[0]?.statement.codePointAt(5)).toBe(0x1d451);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it.each(['opensalt_opensalt/case-v1p0-swagger.json', '1EdTech_OpenCASE/case-v1p1-cfpackage.official.schema.json'])(
    '%s is not a package: an error, never a throw',
    (file) => {
      const text = read(file);
      expect(() => parseCasePackage(text, file)).not.toThrow();
      const r = parseCasePackage(text, file);
      expect(r.skills).toEqual([]);
      expect(r.problems).toEqual([expect.objectContaining({ file, severity: 'error', line: 1 })]);
      expect(r.problems[0]?.message).toMatch(/not a CASE package/);
    },
  );

  describe('OpenSALT CSV item exports', () => {
    const rows = (file: string) =>
      Papa.parse<Record<string, string>>(read(file), { header: true, skipEmptyLines: true }).data;

    it('ccsso_ela_item.csv: 1189 rows, the tree from smartLevel', () => {
      const file = 'opensalt_opensalt/ccsso_ela_item.csv';
      const data = rows(file);
      const r = parseOpenSaltCsv(read(file), file);
      expect(r.skills).toHaveLength(data.length);
      expect(r.skills).toHaveLength(1189);
      expect(r.skills.filter((s) => s.parentIdentifier === null)).toHaveLength(data.filter((d) => !d.smartLevel?.includes('.')).length);
      expect(r.skills.filter((s) => s.parentIdentifier === null)).toHaveLength(12);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expectTreeOrder(r);
      expect(r.skills.find((s) => s.code === 'L.1.4')).toMatchObject({ type: 'Standard', educationLevel: '01' });
      // `09.10` in two rows means grades 09 and 10.
      expect(r.skills.filter((s) => s.educationLevel.includes('.'))).toEqual([]);
      expect(new Set(r.skills.map((s) => s.identifier)).size).toBe(1189);
    });

    it('test_items.csv: 99 rows, all at the top level (its parent column is empty)', () => {
      const file = 'opensalt_opensalt/test_items.csv';
      const r = parseOpenSaltCsv(read(file), file);
      expect(r.skills).toHaveLength(rows(file).length);
      expect(r.skills).toHaveLength(99);
      expect(r.skills.every((s) => s.parentIdentifier === null)).toBe(true);
      expect(r.skills[0]).toMatchObject({ identifier: 'L.1.4', code: 'L.1.4', type: 'Standard' });
      // Its U+FFFD characters are reported by the CSV reader, row by row.
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((p) => /could not be read/.test(p.message))).toBe(true);
    });
  });
});
