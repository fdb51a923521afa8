import { describe, it, expect } from 'vitest';
import {
  detectCanvasOutcomeColumns,
  htmlToText,
  parseCanvasOutcomes,
  readCanvasMethod,
  type CanvasOutcomeRow,
} from '../../../shared/import/canvasOutcomes';

const HEADER =
  'vendor_guid,object_type,title,description,display_name,calculation_method,calculation_int,workflow_state,parent_guids,mastery_points,ratings,,,,,,,,,';

const parse = (body: string, header = HEADER) => parseCanvasOutcomes(`${header}\n${body}`, 'outcomes.csv');
const byGuid = (rows: CanvasOutcomeRow[], guid: string) => rows.find((r) => r.guid === guid)!;
const messages = (row: CanvasOutcomeRow) => row.problems.map((p) => p.message).join('\n');

describe('detectCanvasOutcomeColumns', () => {
  it('finds every column by its Canvas name, in any order and case, with canvas_id ignored', () => {
    const headers = ['canvas_id', 'Vendor_GUID', 'object_type', 'Title', 'description', 'display_name', 'calculation_method', 'calculation_int', 'workflow_state', 'parent_guids', 'ratings', '', ''];
    expect(detectCanvasOutcomeColumns(headers)).toEqual({
      vendorGuid: 1,
      objectType: 2,
      title: 3,
      description: 4,
      displayName: 5,
      calculationMethod: 6,
      calculationInt: 7,
      workflowState: 8,
      parentGuids: 9,
      ratings: 10,
    });
  });
});

describe('readCanvasMethod', () => {
  it.each([
    // Canvas's decaying_average is its older rule: the latest score against the mean of the earlier ones.
    ['decaying_average', '40', { kind: 'weighted_average', weight: 40 }],
    ['decaying_average', '', { kind: 'weighted_average', weight: 65 }],
    ['', '', { kind: 'weighted_average', weight: 65 }],
    ['standard_decaying_average', '70', { kind: 'decaying_average', weight: 70 }],
    ['weighted_average', '1', { kind: 'weighted_average', weight: 1 }],
    ['n_mastery', '3', { kind: 'n_mastery', n: 3 }],
    ['N_Mastery', '', { kind: 'n_mastery', n: 5 }],
    ['latest', '', { kind: 'latest' }],
    ['highest', '', { kind: 'highest' }],
    ['average', '', { kind: 'average' }],
  ])('%s %s', (method, int, expected) => {
    expect(readCanvasMethod(method, int)).toEqual({ ok: true, method: expected });
  });

  it.each([
    ['decaying_average', '0', '1 to 99'],
    ['decaying_average', '100', '1 to 99'],
    ['standard_decaying_average', '49', '50 to 99'],
    ['n_mastery', '11', '1 to 10'],
    ['n_mastery', '2.5', '1 to 10'],
    ['n_mastery', 'five', '1 to 10'],
  ])('refuses %s with %s, naming the range', (method, int, range) => {
    const read = readCanvasMethod(method, int);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(range);
  });

  it('refuses a method Canvas does not have, and ignores an int where the method takes none', () => {
    const bad = readCanvasMethod('median', '');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('"median"');
    expect(readCanvasMethod('highest', '4')).toMatchObject({ ok: true, method: { kind: 'highest' }, warning: expect.stringContaining('ignored') });
  });
});

describe('parseCanvasOutcomes', () => {
  it('turns groups into parents and outcomes into skills with their method, mastery points and ratings', () => {
    const result = parse(
      [
        'g1,group,Math,<p>Grade 6 math</p>,,,,active,,,',
        'g2,group,Ratios,,,,,active,g1,,',
        'o1,outcome,Unit rates,<p>Use <b>unit rates</b> &amp; ratios</p>,6.RP.A.2,decaying_average,40,active,g2,3,4,Exceeds,3,Meets,2,Near,1,Below',
        'o2,outcome,Equations,,6.EE.B.7,n_mastery,2,active,g1,3,4,Exceeds,3,Meets,2,Near,1,Below',
        'o3,outcome,Latest one,,,latest,,active,,,',
        'o4,outcome,Highest one,,,highest,,,g2,,',
        'o5,outcome,Average one,,,average,,active,g2,,',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ acceptedCount: 7, outcomeCount: 5, groupCount: 2, deletedCount: 0 });
    const { rows } = result;
    expect(rows.map((r) => [r.line, r.guid, r.kind, r.parentGuid])).toEqual([
      [2, 'g1', 'group', ''],
      [3, 'g2', 'group', 'g1'],
      [4, 'o1', 'outcome', 'g2'],
      [5, 'o2', 'outcome', 'g1'],
      [6, 'o3', 'outcome', ''],
      [7, 'o4', 'outcome', 'g2'],
      [8, 'o5', 'outcome', 'g2'],
    ]);
    expect(byGuid(rows, 'g1')).toMatchObject({ code: 'Math', statement: 'Grade 6 math' });
    expect(byGuid(rows, 'o1')).toMatchObject({
      code: '6.RP.A.2',
      statement: 'Unit rates — Use unit rates & ratios',
      method: { kind: 'weighted_average', weight: 40 },
      masteryPoints: 3,
      ratings: [
        { points: 4, description: 'Exceeds' },
        { points: 3, description: 'Meets' },
        { points: 2, description: 'Near' },
        { points: 1, description: 'Below' },
      ],
      scale: { masteryPoints: 3, levels: [{ points: 4, label: 'Exceeds' }, { points: 3 }, { points: 2 }, { points: 1, label: 'Below' }] },
    });
    expect(byGuid(rows, 'o2').method).toEqual({ kind: 'n_mastery', n: 2 });
    expect(byGuid(rows, 'o3')).toMatchObject({ code: 'Latest one', method: { kind: 'latest' }, ratings: [] });
    expect(byGuid(rows, 'o3').scale).toBeUndefined();
    expect(byGuid(rows, 'o4').method).toEqual({ kind: 'highest' });
    expect(byGuid(rows, 'o5').method).toEqual({ kind: 'average' });
    // Each level gets a colour, so the ratings can become a class's scale as they are.
    for (const level of byGuid(rows, 'o1').scale!.levels) expect(level.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('places an outcome named in several groups in the deepest one and names the others', () => {
    const { rows } = parse(
      [
        'a,group,A,,,,,active,,,',
        'b,group,B,,,,,active,a,,',
        'x,group,X,,,,,active,,,',
        'c,outcome,C in A and B,,,highest,,active,a b,,',
        'd,outcome,D in B and X,,,highest,,active,x b,,',
      ].join('\n'),
    );
    // b lies inside a, so c sits under b with nothing lost: no note.
    expect(byGuid(rows, 'c')).toMatchObject({ parentGuid: 'b', accepted: true, problems: [] });
    // b is deeper than x; x is elsewhere, so the note names it.
    expect(byGuid(rows, 'd')).toMatchObject({ parentGuid: 'b', accepted: true });
    expect(messages(byGuid(rows, 'd'))).toContain('also in "X"');
  });

  it('leaves out deleted rows with a note, and does not place children in a deleted group', () => {
    const result = parse(
      [
        'g1,group,Old group,,,,,deleted,,,',
        'o1,outcome,Old outcome,,,latest,,deleted,,,',
        'o2,outcome,Kept,,,latest,,active,g1,,',
      ].join('\n'),
    );
    expect(result).toMatchObject({ acceptedCount: 1, deletedCount: 2 });
    const [g1, o1, o2] = result.rows;
    expect(g1).toMatchObject({ deleted: true, accepted: false });
    expect(messages(g1!)).toContain('marked deleted');
    expect(o1).toMatchObject({ deleted: true, accepted: false });
    expect(o2).toMatchObject({ accepted: true, parentGuid: '' });
    expect(messages(o2!)).toContain('g1 is marked deleted (line 2)');
  });

  it('leaves out bad rows, each problem with its file and line and what to change', () => {
    const result = parse(
      [
        'ok,outcome,Fine,,,latest,,active,,,',
        ',outcome,No guid,,,latest,,active,,,',
        'ok,outcome,Same guid,,,latest,,active,,,',
        'bad1,thing,Odd type,,,,,active,,,',
        'bad2,outcome,,,,latest,,active,,,',
        'bad3,outcome,Bad method,,,median,,active,,,',
        'bad4,outcome,Bad int,,,decaying_average,150,active,,,',
        'bad5,outcome,Bad ratings,,,latest,,active,,3,four,Exceeds,3,Meets',
        'bad6,outcome,Bad mastery,,,latest,,active,,lots,4,Exceeds,3,Meets',
        'bad7,outcome,Same points,,,latest,,active,,3,3,Meets,3,Also meets',
      ].join('\n'),
    );
    expect(result.acceptedCount).toBe(1);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const p of errors) expect(p.file).toBe('outcomes.csv');
    const text = (line: number) => errors.find((p) => p.line === line)!.message;
    expect(text(3)).toContain('No vendor_guid');
    expect(text(4)).toContain('already used on line 2');
    expect(text(5)).toContain('neither group nor outcome');
    expect(text(6)).toContain('No title');
    expect(text(7)).toContain('"median"');
    expect(text(8)).toContain('1 to 99');
    expect(text(9)).toContain('"four" (column 11) are not a number');
    expect(text(10)).toContain('"lots" are not a number');
    expect(text(11)).toContain('Two ratings are worth 3 points');
  });

  it('says so when the file is not a Canvas outcomes CSV', () => {
    const result = parseCanvasOutcomes('Code,Statement\n6.RP.A.1,Ratios\n', 'skills.csv');
    expect(result.acceptedCount).toBe(0);
    expect(result.problems[0]).toMatchObject({ file: 'skills.csv', line: 1, severity: 'error' });
    expect(result.problems[0]!.message).toContain('vendor_guid');
  });

  it('sorts ratings that are not from the top down, and takes mastery that is not a rating as the lowest rating above it', () => {
    const { rows } = parse('o,outcome,T,,,latest,,active,,2.5,1,Below,4,Exceeds,3,Meets,2,Near');
    const row = rows[0]!;
    expect(row.accepted).toBe(true);
    expect(row.ratings.map((r) => r.points)).toEqual([4, 3, 2, 1]);
    expect(row.masteryPoints).toBe(2.5);
    expect(row.scale?.masteryPoints).toBe(3);
    expect(messages(row)).toMatch(/highest points down[\s\S]*lowest rating at or above/);
  });

  it('ignores a method and ratings on a group, and a parent that is an outcome, with notes', () => {
    const { rows } = parse(['g,group,G,,,highest,,active,,3,4,A,3,B', 'o,outcome,O,,,latest,,active,,,', 'p,outcome,P,,,latest,,active,o g,,'].join('\n'));
    expect(byGuid(rows, 'g')).toMatchObject({ accepted: true, ratings: [] });
    expect(byGuid(rows, 'g').method).toBeUndefined();
    expect(messages(byGuid(rows, 'g'))).toContain('not scored');
    expect(byGuid(rows, 'p')).toMatchObject({ accepted: true, parentGuid: 'g' });
    expect(messages(byGuid(rows, 'p'))).toContain('is an outcome, not a group');
  });

  it('accepts parents listed after their children and cuts a loop of groups', () => {
    const { rows } = parse(['o,outcome,O,,,latest,,active,b,,', 'a,group,A,,,,,active,b,,', 'b,group,B,,,,,active,a,,'].join('\n'));
    expect(byGuid(rows, 'o').parentGuid).toBe('b');
    const loopNotes = rows.flatMap((r) => r.problems).filter((p) => p.message.includes('sits inside it'));
    expect(loopNotes).toHaveLength(1);
    // Whatever way the loop was cut, the two groups form a chain, not a circle.
    expect([byGuid(rows, 'a').parentGuid, byGuid(rows, 'b').parentGuid].filter(Boolean)).toHaveLength(1);
  });

  it('reads a file with a BOM and CRLF line ends', () => {
    const result = parseCanvasOutcomes(`\uFEFF${HEADER}\r\no,outcome,O,,,n_mastery,4,active,,,\r\n`, 'outcomes.csv');
    expect(result.rows[0]).toMatchObject({ accepted: true, method: { kind: 'n_mastery', n: 4 } });
  });
});

describe('htmlToText', () => {
  it('keeps the words of a Canvas HTML description', () => {
    expect(htmlToText('<p>Solve&nbsp;<strong>x</strong> &lt; 3</p><p>and &#233;</p>')).toBe('Solve x < 3 and é');
  });
});
