import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readCsvTable } from '../../../shared/import/csvTable';
import {
  detectResultsMapping,
  previewResults,
  RESULTS_FIELDS,
  type ResultsContext,
  type ResultsMapping,
} from '../../../shared/import/resultsCsv';
import { parseDate, readScore } from '../../../shared/import/resultsValues';
import { buildSampleClass } from '../../../shared/sample/sampleClass';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE } from '../../../shared/mastery/scale';

const TODAY = '2026-11-10';
let n = 0;
const sample = buildSampleClass(TODAY, () => `id-${++n}`);
const skillId = (code: string) => sample.skills.find((s) => s.code === code)!.id;
const student = (family: string) => sample.students.find((s) => s.familyName === family)!;

const ctx: ResultsContext = {
  students: sample.students,
  skills: sample.skills.map((s) => ({ id: s.id, code: s.code })),
  scale: DEFAULT_SCALE,
  cutScores: DEFAULT_CUT_SCORES,
  today: TODAY,
};

const preview = (
  text: string,
  extra: Partial<ResultsContext> = {},
  file = 'quiz 3.csv',
  mapping?: ResultsMapping,
) => {
  const table = readCsvTable(text, file);
  const codes = ctx.skills.map((s) => s.code);
  return previewResults(table, mapping ?? detectResultsMapping(table.headers, codes), { ...ctx, ...extra });
};
const messages = (r: { problems: { line: number; severity: string; message: string }[] }) =>
  r.problems.map((p) => `${p.line} ${p.severity}: ${p.message}`);

describe('detectResultsMapping', () => {
  it.each([
    [['Student ID', 'Skill', 'Score'], { studentId: 0, skillCode: 1, score: 2 }],
    [['SIS User ID', 'Standard', 'Percent'], { studentId: 0, skillCode: 1, percent: 2 }],
    [['Name', 'Outcome', 'Score (%)'], { studentName: 0, skillCode: 1, percent: 2 }],
    [
      ['Student Name', 'Skill Code', '%', 'Assessment', 'Date'],
      { studentName: 0, skillCode: 1, percent: 2, source: 3, date: 4 },
    ],
    [
      ['First Name', 'Last Name', 'Name', 'Code', 'Points', 'Out of'],
      { givenName: 0, familyName: 1, skillCode: 3, points: 4, pointsPossible: 5 },
    ],
    // "Score" next to a total is points, not a level.
    [['ID', 'Standard', 'Score', 'Max points'], { studentId: 0, skillCode: 1, points: 2, pointsPossible: 3 }],
    [['Student', 'Skill', 'Mastery level', 'Comments'], { studentName: 0, skillCode: 1, score: 2, note: 3 }],
    [['Favourite colour'], {}],
  ])('%j', (headers, expected) => {
    expect(detectResultsMapping(headers)).toEqual(expected);
  });

  it('reads back the labels it shows', () => {
    const mapping = detectResultsMapping(RESULTS_FIELDS.map((f) => f.label));
    // Separate name columns win over a full name, as on the roster import.
    expect(Object.keys(mapping).sort()).toEqual(
      RESULTS_FIELDS.map((f) => f.field)
        .filter((f) => f !== 'studentName')
        .sort(),
    );
  });

  it('finds one column per tracked skill in a wide gradebook export', () => {
    const mapping = detectResultsMapping(
      ['Student ID', 'Name', '6.RP.A.1', '6.rp.a.2 (unit rate)', 'CCSS.Math.Content.6.RP.A.3', 'Total'],
      ctx.skills.map((s) => s.code),
    );
    expect(mapping).toEqual({ studentId: 0, studentName: 1, skillColumns: [2, 3, 4] });
  });
});

describe('previewResults, one score a row', () => {
  it('reads ids (leading zeros kept), names with accents, percents and points', () => {
    const text = [
      'Student ID,Student Name,Skill,Score,Percent,Points,Out of,Date,Assessment,Comment',
      '004512,,6.RP.A.1,3,,,,2026-11-02,Exit ticket 4,',
      ',"Ramirez, Jose",6.rp.a.2 ,,85%,,,11/3/2026,Quiz 1,Used a ratio table',
      ',Pepe Ramírez,6.RP.A.2,,,18,20,3.11.2026,Quiz 1 retake,',
      ',anais dubois,6.RP.A.3a,,,7/10,,2026-11-04 13:45,,',
      ',"O\'Connor, Aoife",6.RP.A.1,Meets,,,,,,',
      ',Mai Nguyen,6.RP.A.1,2.5,,,,2026-11-05,IXL,',
    ].join('\r\n');
    const result = preview(text, { defaultDate: '2026-11-06' });
    expect(result.layout).toBe('long');
    expect(messages(result)).toEqual([]);
    expect(result.acceptedCount).toBe(6);
    expect(
      result.rows.map((r) => [r.line, r.studentId, r.skillId, r.score, r.raw, r.date, r.source, r.note]),
    ).toEqual([
      [2, student('Lindqvist').id, skillId('6.RP.A.1'), 3, '', '2026-11-02', 'Exit ticket 4', ''],
      [3, student('Ramírez').id, skillId('6.RP.A.2'), 3, '85%', '2026-11-03', 'Quiz 1', 'Used a ratio table'],
      [4, student('Ramírez').id, skillId('6.RP.A.2'), 4, '18/20', '2026-11-03', 'Quiz 1 retake', ''],
      [5, student('Dubois').id, skillId('6.RP.A.3a'), 2, '7/10', '2026-11-04', 'quiz 3', ''],
      [6, student("O'Connor").id, skillId('6.RP.A.1'), 3, '', '2026-11-06', 'quiz 3', ''],
      [7, student('Nguyễn').id, skillId('6.RP.A.1'), 2.5, '', '2026-11-05', 'IXL', ''],
    ]);
    expect(result.rows[2]?.studentLabel).toBe('Pepe Ramírez');
  });

  it('names each bad row with its line and what to do', () => {
    const text = [
      'Student ID,Name,Standard,Score,Date',
      '004512,,6.RP.A.1,3,2026-11-02',
      '4512,,6.RP.A.1,3,2026-11-02',
      '999999,,6.RP.A.1,3,2026-11-02',
      ',Jane Doe,6.RP.A.1,3,2026-11-02',
      '004549,,6.RP.B.9,3,2026-11-02',
      '004549,,6.RP.A.1,,2026-11-02',
      '004549,,6.RP.A.1,85,2026-11-02',
      '004549,,6.RP.A.1,great,2026-11-02',
      '004549,,6.RP.A.2,3,31/31/2026',
      '004549,,6.RP.A.2,3,2026-12-01',
      '004512,,6.RP.A.1,3,2026-11-02',
      '004512,Mai Nguyen,6.RP.A.2,3,2026-11-02',
      '004549,,6.RP.A.3,ABS,2026-11-02',
    ].join('\n');
    const result = preview(text);
    const byLine = (line: number) => result.rows.find((r) => r.line === line)!;
    expect(result.rows).toHaveLength(13);
    expect(result.rows.filter((r) => r.accepted).map((r) => r.line)).toEqual([2, 11]);
    expect(byLine(3).problems[0]?.message).toMatch(
      /No student has the ID 4512; Zoë Lindqvist \(ID 004512\).*leading zeros/,
    );
    expect(byLine(4).problems[0]?.message).toMatch(/No student in this class has the ID 999999/);
    expect(byLine(5).problems[0]?.message).toMatch(/"Jane Doe" is not on this class's roster/);
    expect(byLine(6).problems[0]?.message).toBe(
      '"6.RP.B.9" is not a skill this class tracks: add it under Tracked skills, or fix the code.',
    );
    expect(byLine(7).problems[0]?.message).toMatch(/No score on this row/);
    expect(byLine(8).problems[0]?.message).toMatch(
      /85 is outside the class scale \(1 to 4\): if it is a percent, write 85%/,
    );
    expect(byLine(9).problems[0]?.message).toMatch(/"great" cannot be read as a score/);
    expect(byLine(10).problems[0]?.message).toMatch(/The date "31\/31\/2026" cannot be read/);
    expect(byLine(11).problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/2026-12-01 is after today/),
      }),
    ]);
    expect(byLine(12).problems[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/Same score as line 2/),
    });
    expect(byLine(13).problems[0]?.message).toMatch(
      /belongs to Zoë Lindqvist, but the name on this row is Mai Nguyễn/,
    );
    expect(byLine(14).problems[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/"ABS"/),
    });
    // Every problem is listed, in line order, each once.
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(result.problems.every((p) => p.file === 'quiz 3.csv')).toBe(true);
  });

  it('calls an ambiguous name an error and names the candidates', () => {
    const twins = [
      { id: 'a', studentNumber: '1001', givenName: 'Sam', familyName: 'Lee', preferredName: '' },
      { id: 'b', studentNumber: '1002', givenName: 'Sam', familyName: 'Lee', preferredName: '' },
    ];
    const result = preview('Name,Skill,Score\nSam Lee,6.RP.A.1,3\n', { students: twins });
    expect(result.acceptedCount).toBe(0);
    expect(result.problems[0]?.message).toBe(
      '"Sam Lee" could be Sam Lee (ID 1001) or Sam Lee (ID 1002): add a Student ID column to tell them apart.',
    );
  });

  it('leaves out scores already recorded, so importing a file twice adds nothing', () => {
    const text =
      'ID,Skill,Percent,Date,Source\n004512,6.RP.A.1,85%,2026-11-02,Quiz 1\n004512,6.RP.A.2,95,2026-11-02,Quiz 1\n';
    const existing = [
      {
        studentId: student('Lindqvist').id,
        skillId: skillId('6.RP.A.1'),
        date: '2026-11-02',
        score: 3,
        source: 'Quiz 1',
        raw: '85%',
      },
    ];
    const result = preview(text, { existing });
    expect(result.rows.map((r) => r.accepted)).toEqual([false, true]);
    expect(result.problems[0]?.message).toMatch(/already recorded/);
  });

  it('uses the class cut scores and the default source and date', () => {
    const cutScores = [
      { minPercent: 80, points: 4 },
      { minPercent: 0, points: 1 },
    ];
    const result = preview('ID,Skill,Percent\n004512,6.RP.A.1,80\n004549,6.RP.A.1,79.5%\n', {
      cutScores,
      defaultSource: 'Unit 2 test',
      defaultDate: '2026-11-09',
    });
    expect(result.rows.map((r) => [r.score, r.raw, r.source, r.date])).toEqual([
      [4, '80%', 'Unit 2 test', '2026-11-09'],
      [1, '79.5%', 'Unit 2 test', '2026-11-09'],
    ]);
  });

  it('says which columns are missing, and imports nothing', () => {
    const result = preview('Colour,Mood\nred,happy\n');
    expect(result.acceptedCount).toBe(0);
    expect(result.problems.slice(0, 3).map((p) => [p.line, p.severity, p.message.split(':')[0]])).toEqual([
      [1, 'error', 'No column for students was found'],
      [1, 'error', 'No column for skill codes was found'],
      [1, 'error', 'No column for scores was found'],
    ]);
  });
});

describe('previewResults, one column per skill', () => {
  const text = [
    'Student ID,Name,6.RP.A.1,6.RP.A.2,6.RP.A.3a,Total',
    '004512,"Lindqvist, Zoë",3,4,,7',
    '004549,"Ramírez, José",2,EX,1.5,3.5',
    '000001,Nobody Here,3,3,3,9',
    '004586,"Dubois, Anaïs",5,,,5',
  ].join('\r\n');

  it('makes one score for each filled skill cell, and skips empty and excused ones', () => {
    const result = preview(text);
    expect(result.layout).toBe('wide');
    expect(result.rows.map((r) => [r.line, r.studentLabel, r.skillCode, r.score, r.accepted])).toEqual([
      [2, 'Zoë Lindqvist', '6.RP.A.1', 3, true],
      [2, 'Zoë Lindqvist', '6.RP.A.2', 4, true],
      [3, 'Pepe Ramírez', '6.RP.A.1', 2, true],
      [3, 'Pepe Ramírez', '6.RP.A.3a', 1.5, true],
      [4, 'Nobody Here', '6.RP.A.1', 3, false],
      [4, 'Nobody Here', '6.RP.A.2', 3, false],
      [4, 'Nobody Here', '6.RP.A.3a', 3, false],
      [5, 'Anaïs Dubois', '6.RP.A.1', null, false],
    ]);
    expect(result.acceptedCount).toBe(4);
    // The unknown student is one problem, though three scores share it.
    expect(result.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(result.problems[1]?.message).toMatch(/5 is outside the class scale/);
  });

  it('reads plain numbers in skill columns as percents when told', () => {
    const mapping: ResultsMapping = { studentId: 0, skillColumns: [2, 3], wideValues: 'percent' };
    const result = preview('ID,Name,6.RP.A.1,6.RP.A.2\n004512,Zoë,91,74.9\n', {}, 'gradebook.csv', mapping);
    expect(result.rows.map((r) => [r.score, r.raw, r.source])).toEqual([
      [4, '91%', 'gradebook'],
      [2, '74.9%', 'gradebook'],
    ]);
  });

  it('warns about a ticked column that is not a tracked skill', () => {
    const mapping: ResultsMapping = { studentId: 0, skillColumns: [1, 2] };
    const result = preview('ID,6.RP.A.1,8.EE.A.1\n004512,3,4\n', {}, 'g.csv', mapping);
    expect(result.acceptedCount).toBe(1);
    expect(result.problems[0]).toMatchObject({
      line: 1,
      severity: 'warning',
      message: expect.stringMatching(/"8.EE.A.1" is not a skill/),
    });
  });
});

describe('reading cells', () => {
  it.each([
    ['2026-11-02', '2026-11-02'],
    ['2026-11-02 13:45', '2026-11-02'],
    ['2026-11-02T13:45:00Z', '2026-11-02'],
    ['2026/1/5', '2026-01-05'],
    ['11/2/2026', '2026-11-02'],
    ['11/2/26', '2026-11-02'],
    ['25/11/2026', '2026-11-25'],
    ['2.11.2026', '2026-11-02'],
    ['11/2/2026 1:45 PM', '2026-11-02'],
    ['46328', '2026-11-02'],
    ['2026-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['13/13/2026', null],
    ['next Tuesday', null],
    ['', null],
  ])('date %j', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  const scale = { scale: DEFAULT_SCALE, cutScores: DEFAULT_CUT_SCORES };
  it.each([
    ['3', 'score', '', { kind: 'score', score: 3, raw: '' }],
    ['3,5', 'score', '', { kind: 'score', score: 3.5, raw: '' }],
    ['exceeds', 'score', '', { kind: 'score', score: 4, raw: '' }],
    ['90 %', 'score', '', { kind: 'score', score: 4, raw: '90%' }],
    ['89.99', 'percent', '', { kind: 'score', score: 3, raw: '89.99%' }],
    ['17 / 20', 'score', '', { kind: 'score', score: 3, raw: '17/20' }],
    ['9', 'points', '10', { kind: 'score', score: 4, raw: '9/10' }],
    ['29', 'points', '100', { kind: 'score', score: 1, raw: '29/100' }],
    ['0', 'score', '', { kind: 'error' }],
    ['101%', 'score', '', { kind: 'error' }],
    ['21/20', 'score', '', { kind: 'error' }],
    ['3/0', 'score', '', { kind: 'error' }],
    ['9', 'points', '', { kind: 'error' }],
    ['  ', 'score', '', { kind: 'blank' }],
    ['Excused', 'percent', '', { kind: 'not-scored', text: 'Excused' }],
  ] as const)('score %j as %s', (text, as, possible, expected) => {
    expect(readScore(text, as, scale, possible)).toMatchObject(expected);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text, and every accepted row has a student, a skill and a score', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            '004512',
            'Zoë',
            '6.RP.A.1',
            '85%',
            '3',
            '18/20',
            '2026-11-02',
            ',',
            ';',
            '\n',
            '"',
            'ID',
            'Skill',
            'Score',
            ' ',
          ),
          { maxLength: 40 },
        )
        .map((a) => a.join('')),
    );
    const mapping = fc.option(
      fc.record({
        studentId: fc.integer({ min: -1, max: 5 }),
        skillCode: fc.integer({ min: -1, max: 5 }),
        percent: fc.integer({ min: 0, max: 5 }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(text, mapping, (t, m) => {
        const result = preview(t, {}, 'any.csv', m);
        // The safety net in previewResults never had to catch anything.
        expect(result.problems.map((p) => p.message).join('\n')).not.toContain(
          'could not be read as results',
        );
        for (const row of result.rows.filter((r) => r.accepted)) {
          expect(row.studentId).not.toBeNull();
          expect(row.skillId).not.toBeNull();
          expect(row.score).not.toBeNull();
        }
        expect(result.acceptedCount).toBe(result.rows.filter((r) => r.accepted).length);
      }),
      { numRuns: 500 },
    );
  });
});
