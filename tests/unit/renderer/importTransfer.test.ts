import { describe, expect, it } from 'vitest';
import { parseCasePackage, readCsvTable, type FrameworkImportSkill } from '../../../shared';
import { buildCaseTree, caseTreeFromFlat, flattenCaseTree } from '../../../shared/import/case/previewTree';
import { Reassembly, sliceForTransfer } from '../../../renderer/ui/import/transfer';

describe('results posted from the import worker in slices', () => {
  it('come back whole: every array in order, the other fields as they were', () => {
    const value = {
      rows: Array.from({ length: 12_345 }, (_, i) => ({ line: i + 2, code: `S.${i}` })),
      problems: Array.from({ length: 5000 }, (_, i) => ({ line: i, message: 'x' })),
      empty: [] as number[],
      acceptedCount: 12_345,
      framework: { title: 'T', tags: ['a', 'b'] },
    };
    const { rest, slices } = sliceForTransfer(value, 5000);
    expect(slices.every((s) => s.items.length <= 5000)).toBe(true);
    expect(slices.map((s) => s.sent)).toEqual([...slices.map((s) => s.sent)].sort((a, b) => a - b));
    expect(slices.at(-1)!.sent).toBe(17_345);
    expect(slices.every((s) => s.total === 17_345)).toBe(true);
    // What travels in the last message holds no big list.
    expect(JSON.stringify(rest).length).toBeLessThan(200);

    const parts = new Reassembly();
    for (const slice of structuredClone(slices)) parts.add(slice);
    expect(parts.finish(structuredClone(rest))).toEqual(value);
  });
});

describe('the CASE tree as plain lists', () => {
  it('is the same tree once rebuilt', () => {
    const skills: FrameworkImportSkill[] = [
      { identifier: 'g6', code: 'G6', statement: 'Grade 6', parentIdentifier: null, type: '', educationLevel: '06' },
      { identifier: 'rp', code: '6.RP', statement: 'Ratios', parentIdentifier: 'g6', type: '', educationLevel: '06' },
      { identifier: 'rp1', code: '6.RP.A.1', statement: 'Ratio', parentIdentifier: 'rp', type: '', educationLevel: '06' },
      { identifier: 'rp1', code: 'dup', statement: 'Second copy', parentIdentifier: 'rp', type: '', educationLevel: '06' },
      { identifier: 'lost', code: 'X', statement: 'Parent missing', parentIdentifier: 'nowhere', type: '', educationLevel: '' },
    ];
    const tree = buildCaseTree(skills);
    const again = caseTreeFromFlat(skills, structuredClone(flattenCaseTree(tree)));
    expect(again.roots).toEqual(tree.roots);
    expect([...again.children]).toEqual([...tree.children]);
    expect([...again.byId]).toEqual([...tree.byId]);
    for (const id of tree.byId.keys()) expect(again.size.get(id) ?? 1).toBe(tree.size.get(id));
  });

  it('holds a package read by the CASE reader', () => {
    const json = JSON.stringify({
      CFDocument: { identifier: 'doc', title: 'D', creator: 'C' },
      CFItems: [
        { identifier: 'a', humanCodingScheme: 'A', fullStatement: 'A' },
        { identifier: 'b', humanCodingScheme: 'B', fullStatement: 'B' },
      ],
      CFAssociations: [
        { associationType: 'isChildOf', originNodeURI: { identifier: 'a' }, destinationNodeURI: { identifier: 'doc' } },
        { associationType: 'isChildOf', originNodeURI: { identifier: 'b' }, destinationNodeURI: { identifier: 'a' } },
      ],
    });
    const { skills } = parseCasePackage(json);
    const again = caseTreeFromFlat(skills, flattenCaseTree(buildCaseTree(skills)));
    expect(again.roots).toEqual(['a']);
    expect(again.children.get('a')).toEqual(['b']);
    expect(again.size.get('a')).toBe(2);
  });
});

describe('reading a big CSV', () => {
  it('tells how far it is, every few thousand rows, without changing what it reads', () => {
    const text = ['Code,Statement', ...Array.from({ length: 12_000 }, (_, i) => `S.${i},Skill ${i}`)].join('\r\n');
    const calls: [number, number, number][] = [];
    const table = readCsvTable(text, 'big.csv', (read, total, rows) => calls.push([read, total, rows]));
    expect(calls.map((c) => c[2])).toEqual([5000, 10_000]);
    expect(calls[0]![0]).toBeLessThan(calls[1]![0]);
    expect(calls.every(([read, total]) => read <= total && total === text.replace(/\r\n/g, '\n').length)).toBe(true);
    expect(table).toEqual(readCsvTable(text, 'big.csv'));
  });
});
