import { describe, expect, it } from 'vitest';
import { studentMatcher, type RosterStudent } from '../../../shared/import/studentMatch';

const s = (id: string, givenName: string, familyName: string, studentNumber = ''): RosterStudent => ({
  id,
  givenName,
  familyName,
  studentNumber,
  preferredName: '',
});

describe('studentMatcher (results import)', () => {
  const maria1 = s('a', 'Maria', 'Garcia', '1001');
  const maria2 = s('b', 'Maria', 'Garcia', '1002');

  it('tells two students with one name apart by id, and never picks one by name alone', () => {
    const find = studentMatcher([maria1, maria2]);
    expect(find('1002', 'Maria Garcia')).toEqual({ kind: 'found', student: maria2 });
    expect(find('1001', 'Garcia, Maria')).toEqual({ kind: 'found', student: maria1 });
    expect(find('', 'Maria Garcia')).toMatchObject({ kind: 'error', message: expect.stringContaining('add a Student ID column') });
  });

  it('does not fall back to the name when the id is unknown', () => {
    const find = studentMatcher([maria1]);
    expect(find('1002', 'Maria Garcia')).toMatchObject({ kind: 'error', message: expect.stringContaining('No student in this class has the ID 1002') });
  });

  it('refuses an id that two students of the class share, rather than picking one', () => {
    const find = studentMatcher([maria1, s('c', 'Mario', 'Garcia', '1001')]);
    expect(find('1001', 'Maria Garcia')).toMatchObject({ kind: 'error', message: expect.stringContaining('2 students in this class have the ID 1001') });
    expect(find('', 'Maria Garcia')).toEqual({ kind: 'found', student: maria1 });
  });
});
