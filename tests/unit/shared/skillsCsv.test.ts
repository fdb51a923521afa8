import { describe, it, expect } from 'vitest';
import { readCsvTable } from '../../../shared/import/csvTable';
import { detectSkillMapping, previewSkills } from '../../../shared/import/skillsCsv';

const preview = (text: string, existing?: string[]) => {
  const table = readCsvTable(text, 'skills.csv');
  return previewSkills(table, detectSkillMapping(table.headers), existing);
};

describe('detectSkillMapping', () => {
  it.each([
    [['Code', 'Statement', 'Parent'], { code: 0, statement: 1, parentCode: 2 }],
    [['Standard', 'Description', 'Parent Code'], { code: 0, statement: 1, parentCode: 2 }],
    [['Human Coding Scheme', 'Full Statement', 'isChildOf'], { code: 0, statement: 1, parentCode: 2 }],
    [['ID', 'Skill', 'Parent ID'], { code: 0, statement: 1, parentCode: 2 }],
    [['humanCodingScheme', 'name'], { code: 0, statement: 1 }],
    [['Grade', 'Notes'], {}],
  ])('%j', (headers, expected) => {
    expect(detectSkillMapping(headers)).toEqual(expected);
  });
});

describe('previewSkills', () => {
  it('resolves parents listed after their children', () => {
    const { rows, problems, acceptedCount } = preview(
      'Code,Statement,Parent\n6.RP.A.1,Ratios,6.RP.A\n6.RP.A,Ratio concepts,6.RP\n6.RP,Ratios and proportions,\n',
    );
    expect(problems).toEqual([]);
    expect(acceptedCount).toBe(3);
    expect(rows.map((r) => [r.code, r.parentCode])).toEqual([
      ['6.RP.A.1', '6.RP.A'],
      ['6.RP.A', '6.RP'],
      ['6.RP', ''],
    ]);
  });

  it('makes a skill with an unknown parent top-level, and finds parents among existing skills', () => {
    const { rows, acceptedCount } = preview('Code,Statement,Parent\nA.1,One,A\nB.1,Two,B\n', ['A']);
    expect(acceptedCount).toBe(2);
    expect(rows[0]).toMatchObject({ parentCode: 'A', problems: [] });
    expect(rows[1]).toMatchObject({
      parentCode: '',
      accepted: true,
      problems: [
        { line: 3, severity: 'warning', message: expect.stringMatching(/becomes a top-level skill/) },
      ],
    });
  });

  it('rejects missing codes, missing statements and later duplicates', () => {
    const { rows, problems } = preview('Code,Statement\n,No code\nX,\nA,First\nA,Second\n');
    expect(rows.map((r) => r.accepted)).toEqual([false, false, true, false]);
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [2, 'error', 'No code: add a code such as 6.RP.A.1, or leave the row out.'],
      [3, 'error', 'No statement: say what the skill is, or leave the row out.'],
      [5, 'error', expect.stringMatching(/already used on line 4/)],
    ]);
  });

  it('rejects the rows of a parent loop, and lifts their children to the top', () => {
    const { rows } = preview('Code,Statement,Parent\na,A,b\nb,B,a\nc,C,a\nd,D,d\n');
    expect(rows.map((r) => r.accepted)).toEqual([false, false, true, false]);
    expect(rows[0]?.problems[0]?.message).toContain('a → b → a');
    expect(rows[3]?.problems[0]?.message).toContain('d → d');
    expect(rows[2]).toMatchObject({
      parentCode: '',
      problems: [{ severity: 'warning', message: expect.stringMatching(/line 2/) }],
    });
  });

  it('marks codes that already exist as updates', () => {
    const { rows, acceptedCount } = preview('Code,Statement\nA,New wording\nB,Fresh\n', ['A']);
    expect(acceptedCount).toBe(2);
    expect(rows[0]).toMatchObject({
      existing: true,
      accepted: true,
      problems: [{ severity: 'warning', message: expect.stringMatching(/update/) }],
    });
    expect(rows[1]).toMatchObject({ existing: false, problems: [] });
  });

  it('says which column is missing, and accepts nothing', () => {
    const result = preview('Code,Grade\nA,6\n');
    expect(result.acceptedCount).toBe(0);
    expect(result.problems).toMatchObject([
      { line: 1, severity: 'error', message: expect.stringMatching(/statements/) },
    ]);
  });

  it('rejects a row with unreadable characters', () => {
    const { rows } = preview('Code,Statement\nA,Caf\uFFFD\n');
    expect(rows[0]).toMatchObject({ accepted: false, problems: [{ line: 2, severity: 'error' }] });
  });
});
