import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../shared/import/csvTable';
import { detectRosterMapping, previewRoster } from '../../../shared/import/rosterCsv';
import { matchRoster, type RosterEnrollmentOnFile, type RosterStudentOnFile } from '../../../shared/import/rosterMatch';

const student = (id: string, givenName: string, familyName: string, studentNumber = '', email = ''): RosterStudentOnFile => ({
  id,
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email,
});

function match(csv: string, students: RosterStudentOnFile[] = [], enrollments: RosterEnrollmentOnFile[] = []) {
  const table = readCsvTable(csv, 'roster.csv');
  return matchRoster(previewRoster(table, detectRosterMapping(table.headers)), { students, enrollments }, 'roster.csv');
}

const statuses = (result: ReturnType<typeof match>) => result.rows.map((r) => r.match.status);

describe('matchRoster', () => {
  it('keeps two rows with different ids and the same name as two new students', () => {
    const result = match('ID,Last,First\n1001,Garcia,Maria\n1002,Garcia,Maria\n1003,Okafor,Chidi\n');
    expect(statuses(result)).toEqual(['new', 'new', 'new']);
    expect(result.acceptedCount).toBe(3);
    expect(result.counts).toMatchObject({ new: 3, conflict: 0 });
  });

  it('never matches by name a student on file who has another id', () => {
    const result = match('ID,Last,First\n1002,Garcia,Maria\n', [student('s1', 'Maria', 'Garcia', '1001')]);
    expect(statuses(result)).toEqual(['new']);
    expect(result.rows[0]!.note).toContain('under another ID (1001)');
  });

  it('matches by id first, keeping the name on file, and says whether the student is already in the class', () => {
    const students = [student('s1', 'Ana', 'Núñez', '77'), student('s2', 'Ben', 'Okafor', '88')];
    const result = match('ID,Last,First\n77,Núñez,Ana María\n88,Okafor,Ben\n', students, [
      { id: 'e2', studentId: 's2', section: '', archived: 0 },
    ]);
    expect(statuses(result)).toEqual(['joins', 'in_class']);
    expect(result.rows[0]!.match).toMatchObject({ studentId: 's1', enrollmentId: null });
    expect(result.rows[0]!.note).toContain('On file as Ana Núñez');
    expect(result.rows[1]!.match).toMatchObject({ studentId: 's2', enrollmentId: 'e2' });
    expect(result.rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('matches by exact name only with the one student of that name, and asks the teacher to check', () => {
    const students = [student('s1', 'Ben', 'Okafor'), student('s2', 'Ana', 'Núñez', '77')];
    const result = match('Last,First\nOkafor,Ben\nNúñez,Ana\nokafor,ben\n', students);
    expect(statuses(result)).toEqual(['by_name', 'by_name', 'new']);
    expect(result.rows[0]!.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })]);
    expect(result.rows[1]!.problems[0]!.message).toContain('Ana Núñez (ID 77)');
    expect(result.acceptedCount).toBe(3);
  });

  it('saves a new id to the one student of that name who has none', () => {
    const result = match('ID,Last,First\n88,Okafor,Ben\n', [student('s1', 'Ben', 'Okafor')]);
    expect(result.rows[0]!.match).toMatchObject({ status: 'by_name', studentId: 's1', changes: { studentNumber: '88' } });
  });

  it('brings the section and email from the file onto students already on file, and fills blanks only elsewhere', () => {
    const students = [{ ...student('s1', 'Ana', 'Núñez', '77', 'old@school.org'), preferredName: 'Annie' }, student('s2', 'Ben', 'Okafor', '88')];
    const enrollments: RosterEnrollmentOnFile[] = [
      { id: 'e1', studentId: 's1', section: 'P1', archived: 0 },
      { id: 'e2', studentId: 's2', section: 'P2', archived: 0 },
    ];
    const result = match(
      'ID,Last,First,Preferred name,Email,Period\n77,Núñez,Ana,Ani,new@school.org,P3\n88,Okafor,Ben,Benji,,P2\n',
      students,
      enrollments,
    );
    expect(result.rows[0]!.match).toEqual({
      status: 'in_class',
      studentId: 's1',
      enrollmentId: 'e1',
      changes: { email: 'new@school.org' },
      section: { from: 'P1', to: 'P3' },
    });
    expect(result.rows[0]!.note).toContain('Section P1 becomes P3');
    expect(result.rows[0]!.note).toContain('Email old@school.org becomes new@school.org');
    // The same section and no email in the file change nothing; a blank preferred name is filled.
    expect(result.rows[1]!.match).toEqual({ status: 'in_class', studentId: 's2', enrollmentId: 'e2', changes: { preferredName: 'Benji' } });
  });

  describe('conflicts, each left out with the reason', () => {
    it('A: an id of one student with the exact name of another', () => {
      const students = [student('s1', 'Jo', 'Smith', '5'), student('s2', 'Sam', 'Lee', '6')];
      const result = match('ID,Last,First\n5,Lee,Sam\n', students);
      expect(statuses(result)).toEqual(['conflict']);
      expect(result.rows[0]!.accepted).toBe(false);
      expect(result.problems).toEqual([
        expect.objectContaining({ file: 'roster.csv', line: 2, severity: 'error', message: expect.stringContaining('The ID 5 belongs to Jo Smith') }),
      ]);
      expect(result.acceptedCount).toBe(0);
    });

    it('A does not fire when the id owner has that name too', () => {
      const students = [student('s1', 'Maria', 'Garcia', '1001'), student('s2', 'Maria', 'Garcia', '1002')];
      const result = match('ID,Last,First\n1002,Garcia,Maria\n1001,Garcia,Maria\n', students);
      expect(result.rows.map((r) => r.match.status === 'joins' && r.match.studentId)).toEqual(['s2', 's1']);
    });

    it('B: two students on file share the id', () => {
      const result = match('ID,Last,First\n5,Smith,Jo\n', [student('s1', 'Jo', 'Smith', '5'), student('s2', 'Jo', 'Smyth', '5')]);
      expect(statuses(result)).toEqual(['conflict']);
      expect(result.rows[0]!.note).toBe('');
      expect(result.problems[0]!.message).toContain('2 students on file have the ID 5');
    });

    it('C: the same id with another name is a conflict; the same row twice is only left out', () => {
      const result = match('ID,Last,First\n7,Smith,Jo\n7,Lee,Sam\n8,Ng,Bo\n8,Ng,Bo\n');
      expect(statuses(result)).toEqual(['new', 'conflict', 'new', 'left_out']);
      expect(result.rows[1]!.note).toContain('Line 2 has the ID 7 with another name (Jo Smith)');
      expect(result.acceptedCount).toBe(2);
    });

    it('D: a row without an id whose name two students on file have', () => {
      const students = [student('s1', 'Maria', 'Garcia', '1001'), student('s2', 'Maria', 'Garcia', '1002')];
      const result = match('Last,First\nGarcia,Maria\n', students);
      expect(statuses(result)).toEqual(['conflict']);
      expect(result.problems[0]!.message).toContain('2 students on file are named Maria Garcia');
    });

    it('E: a row without an id whose name is on another row of the file', () => {
      expect(statuses(match('ID,Last,First\n,Garcia,Maria\n,Garcia,Maria\n'))).toEqual(['new', 'conflict']);
      expect(statuses(match('ID,Last,First\n,Garcia,Maria\n1001,Garcia,Maria\n'))).toEqual(['conflict', 'new']);
      const result = match('ID,Last,First\n1001,Garcia,Maria\n,Garcia,Maria\n');
      expect(statuses(result)).toEqual(['new', 'conflict']);
      expect(result.problems[0]!.message).toContain('Maria Garcia is also on line 2');
    });

    it('F: rows with different ids claiming one student on file by name are all conflicts', () => {
      const result = match('ID,Last,First\n1001,Garcia,Maria\n1002,Garcia,Maria\n', [student('s1', 'Maria', 'Garcia')]);
      expect(statuses(result)).toEqual(['conflict', 'conflict']);
      expect(result.problems[0]!.message).toContain('lines 2 and 3 would all be matched by name with Maria Garcia (no ID)');
    });

    it('F: a match by id wins over a match by name of the same student', () => {
      const result = match('ID,Last,First\n77,Núñez,Ana María\n,Núñez,Ana\n', [student('s1', 'Ana', 'Núñez', '77')]);
      expect(statuses(result)).toEqual(['joins', 'conflict']);
      expect(result.problems[0]!.message).toContain('Line 2 is Ana Núñez by their Student ID');
    });
  });

  it('leaves rows the file check refused out, and keeps its problems first in line order', () => {
    const result = match('ID,Last,First\n1,,\n2,Lee,Sam\n');
    expect(statuses(result)).toEqual(['left_out', 'new']);
    expect(result.problems.map((p) => p.line)).toEqual([2]);
  });
});
