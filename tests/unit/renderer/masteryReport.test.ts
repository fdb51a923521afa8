import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, DEFAULT_SCALE, masteryMatrix, type Evidence, type MasteryScale, type Student } from '../../../shared';
import type { TrackedSkill } from '../../../renderer/db/mastery';
import { chunks, levelAbbreviations, listName, masteryReport } from '../../../renderer/mastery/report/reportData';

const student = (id: string, givenName: string, familyName: string, preferredName = ''): Student => ({
  id,
  givenName,
  familyName,
  preferredName,
  studentNumber: '',
  email: '',
  notes: '',
  archived: 0,
  createdAt: '',
});
const tracked = (id: string, code: string, order: number, method?: TrackedSkill['classSkill']['method']): TrackedSkill => ({
  skill: { id, frameworkId: 'f', code, statement: `Statement of ${code}`, parentId: null, order },
  classSkill: { id: `cs-${id}`, classId: 'c', skillId: id, order, ...(method ? { method } : {}) },
});
let n = 0;
const ev = (studentId: string, skillId: string, score: number, date = '2026-10-01'): Evidence => ({
  id: `e${++n}`,
  classId: 'c',
  studentId,
  skillId,
  score,
  date,
  source: '',
  note: '',
  createdAt: `2026-10-01T00:00:${String(n).padStart(2, '0')}Z`,
});

describe('levelAbbreviations', () => {
  it('takes the first letter of each label, as the tracker shows it', () => {
    expect([...levelAbbreviations(DEFAULT_SCALE)]).toEqual([
      [4, 'E'],
      [3, 'M'],
      [2, 'A'],
      [1, 'B'],
    ]);
  });

  it('takes more letters where two labels share the first, and the points where a label is empty', () => {
    const scale: MasteryScale = {
      levels: [
        { points: 4, label: 'Mastered', color: '#000000' },
        { points: 3, label: 'meets', color: '#000000' },
        { points: 2, label: 'Developing', color: '#000000' },
        { points: 1, label: ' ', color: '#000000' },
      ],
      masteryPoints: 3,
    };
    expect([...levelAbbreviations(scale)]).toEqual([
      [4, 'Ma'],
      [3, 'Me'],
      [2, 'D'],
      [1, '1'],
    ]);
  });
});

describe('chunks', () => {
  it('splits skills into pages of at most the given size, in order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 12)).toEqual([]);
    expect(chunks([1, 2], 0)).toEqual([[1], [2]]);
  });
});

describe('listName', () => {
  it('lists family name first, with the preferred name when there is one', () => {
    expect(listName(student('a', 'José', 'Ramírez', 'Pepe'))).toBe('Ramírez, Pepe');
    expect(listName(student('b', 'Mai', ''))).toBe('Mai');
    expect(listName(student('c', ' ', ' '))).toBe('Unnamed student');
  });
});

describe('masteryReport', () => {
  const students = [student('a', 'Ana', 'Able'), student('b', 'Ben', 'Baker'), student('c', 'Cy', 'Cole')];
  const skills = [tracked('s1', '6.RP.A.1', 0), tracked('s2', '6.RP.A.2', 1, { kind: 'latest' }), tracked('s3', '6.RP.A.3', 2)];
  const evidence = [
    ev('a', 's1', 4),
    ev('b', 's1', 2),
    ev('c', 's1', 1),
    ev('a', 's2', 1, '2026-09-01'),
    ev('a', 's2', 3, '2026-10-01'),
    ev('b', 's2', 1),
    ev('b', 's3', 2),
  ];
  const matrix = masteryMatrix({
    studentIds: students.map((s) => s.id),
    skillIds: skills.map((s) => s.skill.id),
    evidence,
    scale: DEFAULT_SCALE,
    method: DEFAULT_METHOD,
    skillMethods: { s2: { kind: 'latest' } },
  });
  const report = masteryReport({ students, skills, matrix, scale: DEFAULT_SCALE, attentionMin: 2 });

  it('counts the students at each level of each skill, with those without a level apart', () => {
    expect(report.skills.map((s) => [s.code, s.counts, s.none])).toEqual([
      ['6.RP.A.1', [1, 0, 1, 1], 0],
      ['6.RP.A.2', [0, 1, 0, 1], 1],
      ['6.RP.A.3', [0, 0, 1, 0], 2],
    ]);
  });

  it('takes the class mean and the count at mastery over the students who have a level', () => {
    expect(report.skills.map((s) => [s.mean, s.meanLevel?.label ?? null, s.atMastery])).toEqual([
      [2.33, 'Approaching', 1],
      [2, 'Approaching', 1],
      [2, 'Approaching', 0],
    ]);
  });

  it("keeps a skill's own method from the class skill, and uses the rolled-up matrix as given", () => {
    expect(report.skills.map((s) => s.method)).toEqual([null, { kind: 'latest' }, null]);
    // 'latest' on 6.RP.A.2: Ana's later 3 is her level, not an average with the earlier 1.
    expect(report.students[0]!.cells[1]).toEqual({ value: 3, level: DEFAULT_SCALE.levels[1], below: false });
  });

  it('lists each student in the order given, with a level per skill and the skills below mastery', () => {
    expect(report.students.map((s) => [s.name, s.cells.map((c) => c.level?.label ?? null), s.below])).toEqual([
      ['Able, Ana', ['Exceeds', 'Meets', null], []],
      ['Baker, Ben', ['Approaching', 'Beginning', 'Approaching'], ['6.RP.A.1', '6.RP.A.2', '6.RP.A.3']],
      ['Cole, Cy', ['Beginning', null, null], ['6.RP.A.1']],
    ]);
    expect(report.scoredCells).toBe(6);
  });

  it('flags the students below mastery on at least the given number of skills, the most first', () => {
    expect(report.attention.map((s) => s.name)).toEqual(['Baker, Ben']);
    const lenient = masteryReport({ students, skills, matrix, scale: DEFAULT_SCALE, attentionMin: 0 });
    expect(lenient.attention.map((s) => s.name)).toEqual(['Baker, Ben', 'Cole, Cy']);
  });

  it('reports nothing scored when there is no evidence', () => {
    const empty = masteryMatrix({ studentIds: ['a'], skillIds: ['s1'], evidence: [], scale: DEFAULT_SCALE, method: DEFAULT_METHOD });
    const r = masteryReport({ students: [students[0]!], skills: [skills[0]!], matrix: empty, scale: DEFAULT_SCALE, attentionMin: 3 });
    expect(r.scoredCells).toBe(0);
    expect(r.skills[0]).toMatchObject({ counts: [0, 0, 0, 0], none: 1, mean: null, meanLevel: null, atMastery: 0 });
  });
});
