import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCasePackage, parseOpenSaltCsv, type FrameworkImport } from '../../../shared/import/casePackage';

type Json = Record<string, unknown>;

const DOC = 'd0000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function validPackage(): Json {
  const items = [1, 2, 3, 4, 5].map((n) => ({
    identifier: id(n),
    uri: `https://x/CFItems/${id(n)}`,
    humanCodingScheme: `C.${n}`,
    fullStatement: `Statement ${n}`,
    CFItemType: 'Standard',
    educationLevel: ['06'],
    lastChangeDateTime: '2024-01-01T00:00:00+00:00',
  }));
  const parents: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 2, 5: 2 };
  const associations = [1, 2, 3, 4, 5].map((n) => ({
    identifier: id(100 + n),
    associationType: 'isChildOf',
    originNodeURI: { title: 'o', identifier: id(n), uri: `https://x/CFItems/${id(n)}` },
    destinationNodeURI: parents[n] === 0 ? { title: 'd', identifier: DOC, uri: 'u' } : { title: 'p', identifier: id(parents[n] as number), uri: 'u' },
    sequenceNumber: 6 - n,
  }));
  return {
    CFDocument: { identifier: DOC, uri: 'https://x/doc', title: 'T', creator: 'C', lastChangeDateTime: '2024' },
    CFItems: items,
    CFAssociations: associations,
  };
}

/** Checks every result, whatever went in: well-formed problems, a proper tree. */
function expectWellFormed(r: FrameworkImport) {
  expect(Array.isArray(r.skills)).toBe(true);
  for (const p of r.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(0);
  }
  const seen = new Set<string>();
  for (const s of r.skills) {
    expect(typeof s.code === 'string' && typeof s.statement === 'string' && typeof s.type === 'string').toBe(true);
    if (s.parentIdentifier !== null) expect(seen.has(s.parentIdentifier)).toBe(true);
    expect(seen.has(s.identifier)).toBe(false);
    seen.add(s.identifier);
  }
}

type Mutation =
  | { kind: 'delete'; path: number[] }
  | { kind: 'shuffle'; path: number[]; seed: number }
  | { kind: 'duplicate'; path: number[] }
  | { kind: 'replace'; path: number[]; value: unknown };

/** Follows `path` (indexes into keys/elements) to a container and applies the mutation there. */
function mutate(root: unknown, m: Mutation): void {
  let node: unknown = root;
  for (let depth = 0; depth < m.path.length; depth++) {
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[(m.path[depth] as number) % keys.length] as string;
    const child = (node as Json)[key];
    const last = depth === m.path.length - 1 || typeof child !== 'object' || child === null;
    if (!last) {
      node = child;
      continue;
    }
    const holder = node as Json;
    if (m.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
    } else if (m.kind === 'replace') holder[key] = m.value;
    else if (m.kind === 'duplicate') {
      if (Array.isArray(holder)) holder.push(structuredClone(child));
      else holder[`${key}`.toLowerCase()] = structuredClone(child);
    } else if (Array.isArray(child)) {
      let seed = m.seed;
      for (let i = child.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const j = seed % (i + 1);
        [child[i], child[j]] = [child[j], child[i]];
      }
    }
    return;
  }
}

const pathArb = fc.array(fc.nat(20), { minLength: 1, maxLength: 5 });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: pathArb }),
  fc.record({ kind: fc.constant('shuffle' as const), path: pathArb, seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), path: pathArb }),
  fc.record({ kind: fc.constant('replace' as const), path: pathArb, value: fc.jsonValue({ maxDepth: 2 }) }),
);

describe('parseCasePackage under fuzzing', () => {
  it('the unmutated package is valid', () => {
    const r = parseCasePackage(JSON.stringify(validPackage()));
    expect(r.problems).toEqual([]);
    expect(r.skills.map((s) => s.code)).toEqual(['C.1', 'C.2', 'C.5', 'C.4', 'C.3']);
  });

  it('arbitrary strings never throw and always give an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        const r = parseCasePackage(text);
        expectWellFormed(r);
        expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON values never throw and always give an error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseCasePackage(JSON.stringify(value) ?? '');
        expectWellFormed(r);
        expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('mutated copies of a valid package never throw and keep a proper tree', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (mutations, pretty) => {
        const pkg = validPackage();
        for (const m of mutations) mutate(pkg, m);
        const text = JSON.stringify(pkg, null, pretty ? 2 : undefined);
        const r = parseCasePackage(text, 'fuzz.json');
        expectWellFormed(r);
        expect(r.problems.every((p) => p.file === 'fuzz.json')).toBe(true);
        // The parser reads top-level keys in any case, so a mutation that leaves only 'cfdocument'
        // or 'cfitems' still leaves a package.
        const topLevel = (name: string) => Object.entries(pkg).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
        const items = topLevel('CFItems');
        if (topLevel('CFDocument') === undefined || !Array.isArray(items) || items.length === 0) {
          expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
        }
        // A changed package that still reads cleanly keeps every distinct item.
        if (r.problems.length === 0 && Array.isArray(items)) expect(r.skills.length).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });

  it('cut-off copies of a valid package give an error', () => {
    const text = JSON.stringify(validPackage(), null, 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (end) => {
        const r = parseCasePackage(text.slice(0, end));
        expectWellFormed(r);
        expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('parseOpenSaltCsv never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(parseOpenSaltCsv(`identifier,fullStatement,humanCodingScheme,parent,smartLevel\n${text}`, 'f.csv'));
        expectWellFormed(parseOpenSaltCsv(text, 'f.csv'));
      }),
      { numRuns: 200 },
    );
  });
});
