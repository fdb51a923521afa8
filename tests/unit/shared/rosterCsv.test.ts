import { describe, it, expect } from 'vitest';
import { readCsvTable } from '../../../shared/import/csvTable';
import { detectRosterMapping, previewRoster, ROSTER_FIELDS } from '../../../shared/import/rosterCsv';

const preview = (text: string) => {
  const table = readCsvTable(text, 'roster.csv');
  return previewRoster(table, detectRosterMapping(table.headers));
};

describe('detectRosterMapping', () => {
  it.each([
    [['First Name', 'Last Name'], { givenName: 0, familyName: 1 }],
    [['first', 'SURNAME'], { givenName: 0, familyName: 1 }],
    [['Given Name', 'Family Name'], { givenName: 0, familyName: 1 }],
    [['givenName', 'familyName'], { givenName: 0, familyName: 1 }],
    [['Forename', 'Surname'], { givenName: 0, familyName: 1 }],
    [['Student First Name', 'Student Last Name'], { givenName: 0, familyName: 1 }],
    [['Name'], { fullName: 0 }],
    [['Student Name'], { fullName: 0 }],
    [['Full Name'], { fullName: 0 }],
    [['Last, First'], { fullName: 0 }],
    [['Preferred Name'], { preferredName: 0 }],
    [['Nickname'], { preferredName: 0 }],
    [['Goes By'], { preferredName: 0 }],
    [['Student ID'], { studentNumber: 0 }],
    [['ID'], { studentNumber: 0 }],
    [['Student Number'], { studentNumber: 0 }],
    [['SIS ID'], { studentNumber: 0 }],
    [['sourcedId'], { studentNumber: 0 }],
    [['Local_ID'], { studentNumber: 0 }],
    [['Email'], { email: 0 }],
    [['E-mail'], { email: 0 }],
    [['Email Address'], { email: 0 }],
    [['Class'], { section: 0 }],
    [['Section'], { section: 0 }],
    [['Period'], { section: 0 }],
    [['Course'], { section: 0 }],
    [['Homeroom'], { section: 0 }],
    [['Notes', 'Birthday'], {}],
  ])('%j', (headers, expected) => {
    expect(detectRosterMapping(headers)).toEqual(expected);
  });

  it('maps a whole export, first matching column winning', () => {
    expect(
      detectRosterMapping(['SIS ID', 'Last Name', 'First Name', 'Nickname', 'E-Mail', 'Period', 'ID']),
    ).toEqual({
      studentNumber: 0,
      familyName: 1,
      givenName: 2,
      preferredName: 3,
      email: 4,
      section: 5,
    });
  });

  it('prefers separate name columns to a full name', () => {
    expect(detectRosterMapping(['Name', 'First Name', 'Last Name'])).toEqual({ givenName: 1, familyName: 2 });
  });

  it('reads back the labels it shows', () => {
    const mapping = detectRosterMapping(ROSTER_FIELDS.map((f) => f.label));
    expect(Object.keys(mapping).sort()).toEqual(
      ['givenName', 'familyName', 'preferredName', 'studentNumber', 'email', 'section'].sort(),
    );
    expect(detectRosterMapping(['Full name ("Last, First")'])).toEqual({ fullName: 0 });
  });
});

describe('previewRoster', () => {
  it('splits a "Last, First" column, and "First Last" at the last word', () => {
    const { rows } = preview(
      '"Last, First"\n"Lovelace, Ada"\n"  de  la Cruz ,  Maria   José "\nAda King Lovelace\nCher\n',
    );
    expect(rows.map((r) => [r.givenName, r.familyName])).toEqual([
      ['Ada', 'Lovelace'],
      ['Maria José', 'de la Cruz'],
      ['Ada King', 'Lovelace'],
      ['Cher', ''],
    ]);
  });

  it('trims and collapses whitespace, and keeps ids exactly as written', () => {
    const { rows } = preview('First,Last,Student ID\n  Ada   Mae ,Lovelace,000123\nBob,Ng,0042\n');
    expect(rows[0]).toMatchObject({
      line: 2,
      givenName: 'Ada Mae',
      familyName: 'Lovelace',
      studentNumber: '000123',
    });
    expect(rows[1]?.studentNumber).toBe('0042');
  });

  it('accepts 497 of 500 rows and lists the 3 bad ones by line', () => {
    const lines = ['Student ID,First Name,Last Name,Email,Period'];
    for (let i = 0; i < 500; i++) {
      const id = String(i).padStart(5, '0');
      if (i === 10) lines.push(`${id},,,nobody@school.org,1`);
      else if (i === 200) lines.push(`00005,Dup,Student,,2`);
      else if (i === 321) lines.push(`${id},Jos\uFFFD,Ramos,,3`);
      else lines.push(`${id},Given${i},Family${i},s${i}@school.org,${(i % 6) + 1}`);
    }
    const result = preview(lines.join('\r\n') + '\r\n');
    expect(result.rows).toHaveLength(500);
    expect(result.acceptedCount).toBe(497);
    expect(result.problems).toEqual([
      {
        file: 'roster.csv',
        line: 12,
        severity: 'error',
        message: 'No name: add a first or last name, or leave the row out.',
      },
      {
        file: 'roster.csv',
        line: 202,
        severity: 'error',
        message:
          'Student ID 00005 is already used on line 7: give each student their own ID, or leave this row out.',
      },
      {
        file: 'roster.csv',
        line: 323,
        severity: 'error',
        message: expect.stringMatching(/^This row has characters that could not be read/),
      },
    ]);
    expect(result.rows.filter((r) => !r.accepted).map((r) => r.line)).toEqual([12, 202, 323]);
    expect(result.rows[0]).toMatchObject({
      studentNumber: '00000',
      email: 's0@school.org',
      section: '1',
      accepted: true,
      problems: [],
    });
  });

  it('keeps a student whose email looks wrong, without the email', () => {
    const { rows, acceptedCount } = preview('First,Last,Email\nAda,Lovelace,ada@@example\n');
    expect(acceptedCount).toBe(1);
    expect(rows[0]).toMatchObject({
      email: '',
      accepted: true,
      problems: [{ line: 2, severity: 'warning' }],
    });
    expect(rows[0]?.problems[0]?.message).toContain('ada@@example');
  });

  it('lets a rejected row not block a later one with the same id', () => {
    const { rows } = preview('ID,First,Last\n7,,\n7,Ada,Lovelace\n');
    expect(rows.map((r) => r.accepted)).toEqual([false, true]);
  });

  it('says so when no column holds names, and accepts nothing', () => {
    const result = preview('Student ID,Email\n1,a@b.org\n');
    expect(result.acceptedCount).toBe(0);
    expect(result.problems).toMatchObject([
      { line: 1, severity: 'error', message: expect.stringMatching(/No column for names/) },
    ]);
  });

  it('uses the mapping it is given, not the headers', () => {
    const table = readCsvTable('A,B,C\nx,Ada,Lovelace\n', 'f.csv');
    expect(previewRoster(table, { givenName: 1, familyName: 2, studentNumber: 9 }).rows[0]).toMatchObject({
      givenName: 'Ada',
      familyName: 'Lovelace',
      studentNumber: '',
      accepted: true,
    });
  });
});
