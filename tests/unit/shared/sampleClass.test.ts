import { describe, expect, it } from 'vitest';
import { buildSampleClass } from '../../../shared/sample/sampleClass';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${String(++n).padStart(5, '0')}`;
}

const TODAY = '2026-10-14'; // a Wednesday

describe('buildSampleClass', () => {
  const data = buildSampleClass(TODAY, counterIds());

  it('has a grade 6 math class with 28 enrolled students', () => {
    expect(data.classRecord).toMatchObject({ subject: 'Math', grade: '6', archived: 0, sample: 1 });
    expect(data.classRecord.name).toBe('Grade 6 Math — Period 2');
    expect(data.students).toHaveLength(28);
    expect(data.enrollments).toHaveLength(28);
    const studentIds = new Set(data.students.map((s) => s.id));
    expect(studentIds.size).toBe(28);
    for (const e of data.enrollments) {
      expect(e.classId).toBe(data.classRecord.id);
      expect(studentIds.has(e.studentId)).toBe(true);
    }
    for (const s of data.students) expect(s.sample).toBe(1);
    expect(data.framework.sample).toBe(1);
  });

  it('has names with accents, hyphens and apostrophes, preferred names and string student numbers', () => {
    const names = data.students.map((s) => `${s.givenName} ${s.familyName}`);
    expect(names.some((n) => /[\u00C0-\u024F\u1E00-\u1EFF]/.test(n))).toBe(true);
    expect(names.some((n) => /\p{L}-\p{L}/u.test(n))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    expect(data.students.some((s) => s.preferredName !== '')).toBe(true);
    expect(data.students.some((s) => s.notes !== '')).toBe(true);
    for (const s of data.students) expect(s.studentNumber).toMatch(/^0\d{5}$/);
    expect(new Set(data.students.map((s) => s.studentNumber)).size).toBe(28);
  });

  it('has 12 skills with valid parents, sibling order, and all of them as class skills in order', () => {
    expect(data.skills).toHaveLength(12);
    const byId = new Map(data.skills.map((s) => [s.id, s]));
    for (const s of data.skills) {
      expect(s.frameworkId).toBe(data.framework.id);
      if (s.parentId !== null) expect(byId.has(s.parentId)).toBe(true);
    }
    const code = (id: string | null) => (id === null ? null : byId.get(id)?.code);
    const parentOf = Object.fromEntries(data.skills.map((s) => [s.code, code(s.parentId)]));
    expect(parentOf['6.RP.A.3a']).toBe('6.RP.A.3');
    expect(parentOf['6.RP.A.3d']).toBe('6.RP.A.3');
    expect(parentOf['7.RP.A.2b']).toBe('7.RP.A.2');
    expect(parentOf['6.RP.A.1']).toBeNull();
    // order is 0..n-1 among each set of siblings
    const siblings = new Map<string | null, number[]>();
    for (const s of data.skills) siblings.set(s.parentId, [...(siblings.get(s.parentId) ?? []), s.order]);
    for (const orders of siblings.values())
      expect([...orders].sort((a, b) => a - b)).toEqual(orders.map((_, i) => i));

    expect(data.classSkills.map((c) => c.skillId)).toEqual(data.skills.map((s) => s.id));
    expect(data.classSkills.map((c) => c.order)).toEqual(data.skills.map((_, i) => i));
  });

  it('has evidence on known students and skills, on weekdays up to today, scored 1-4', () => {
    expect(data.evidence.length).toBeGreaterThanOrEqual(600);
    expect(data.evidence.length).toBeLessThanOrEqual(1200);
    const studentIds = new Set(data.students.map((s) => s.id));
    const skillIds = new Set(data.skills.map((s) => s.id));
    const ids = new Set<string>();
    for (const e of data.evidence) {
      ids.add(e.id);
      expect(e.classId).toBe(data.classRecord.id);
      expect(studentIds.has(e.studentId)).toBe(true);
      expect(skillIds.has(e.skillId)).toBe(true);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.date <= TODAY).toBe(true);
      const dow = new Date(`${e.date}T00:00:00Z`).getUTCDay();
      expect(dow).toBeGreaterThanOrEqual(1);
      expect(dow).toBeLessThanOrEqual(5);
      expect([1, 2, 3, 4]).toContain(e.score);
      expect(Number.isNaN(Date.parse(e.createdAt))).toBe(false);
    }
    expect(ids.size).toBe(data.evidence.length);
    expect(data.evidence.some((e) => e.raw?.endsWith('%'))).toBe(true);
    expect(data.evidence.some((e) => e.note !== '')).toBe(true);
    // about four school weeks
    const dates = [...new Set(data.evidence.map((e) => e.date))].sort();
    expect(dates[0]! >= '2026-09-14').toBe(true);
  });

  it('spreads students: some clearly off track, some exceeding', () => {
    const mean = (id: string) => {
      const xs = data.evidence.filter((e) => e.studentId === id).map((e) => e.score ?? 0);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const means = data.students.map((s) => mean(s.id));
    expect(means.filter((m) => m < 2).length).toBeGreaterThanOrEqual(2);
    expect(means.filter((m) => m >= 3.4).length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic for the same input', () => {
    const again = buildSampleClass(TODAY, counterIds());
    expect(again).toEqual(data);
    const other = buildSampleClass('2027-02-03', counterIds());
    expect(other.evidence[0]?.date).not.toBe(data.evidence[0]?.date);
  });

  it('rejects a malformed date', () => {
    expect(() => buildSampleClass('10/14/2026', counterIds())).toThrow(/YYYY-MM-DD/);
  });
});
