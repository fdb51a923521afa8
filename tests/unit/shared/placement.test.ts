import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../shared/import/csvTable';
import type { ResultsContext } from '../../../shared/import/resultsCsv';
import {
  applyProfileValue,
  BUILT_IN_PROFILE_TEMPLATES,
  previewWithProfile,
  defaultPlacementPoints,
  parseGrade,
  placementDefaultsText,
  placementTable,
  readPlacement,
  type PlacementBand,
} from '../../../shared/import/profiles';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE, type MasteryScale } from '../../../shared/mastery/scale';

const band = (text: string, grade?: string): PlacementBand | string => {
  const r = readPlacement(text, grade);
  return r.ok ? r.band : `error: ${r.message}`;
};

describe('parseGrade', () => {
  it('reads the ways rosters and exports write a grade', () => {
    for (const k of ['K', 'k', 'KG', 'Kindergarten', '0', '00', 'Grade K']) expect(parseGrade(k)).toBe(0);
    for (const pk of ['PK', 'Pre-K', 'TK']) expect(parseGrade(pk)).toBe(-1);
    expect(parseGrade('3')).toBe(3);
    expect(parseGrade('03')).toBe(3);
    expect(parseGrade('3rd')).toBe(3);
    expect(parseGrade('Grade 7')).toBe(7);
    expect(parseGrade('12')).toBe(12);
    for (const bad of ['', '13', 'Year 7?', 'x', undefined]) expect(parseGrade(bad)).toBeNull();
  });
});

describe('readPlacement: absolute placements, read against the student’s grade', () => {
  it('reads "Level N" as a number of grades above or below', () => {
    expect(band('Level 8', '7')).toBe('above');
    expect(band('Level 7', '7')).toBe('mid');
    expect(band('Level 6', '7')).toBe('below1');
    expect(band('Level 5', '7')).toBe('below2');
    expect(band('Level 4', '7')).toBe('below3');
    expect(band('Level K', '7')).toBe('below3');
    expect(band('Level K', 'K')).toBe('mid');
    expect(band('Level 12', '12')).toBe('mid');
    expect(band('Level 1', 'K')).toBe('above');
  });
  it('reads Early, Mid and Late N as the phase when N is the student’s grade, and by grade otherwise', () => {
    expect(band('Early 3', '3')).toBe('early');
    expect(band('Mid 7', '7')).toBe('mid');
    expect(band('Late 5', '5')).toBe('late');
    expect(band('Early K', 'K')).toBe('early');
    expect(band('Late 5', '6')).toBe('below1');
    expect(band('Mid 7', '5')).toBe('above');
    expect(band('Early 3', '6')).toBe('below3');
  });
  it('reads the same placement differently for students in different grades', () => {
    expect(band('Level 5', '5')).toBe('mid');
    expect(band('Level 5', '6')).toBe('below1');
    expect(band('Level 5', '7')).toBe('below2');
    expect(band('Level 5', '8')).toBe('below3');
    expect(band('Level 5', '4')).toBe('above');
  });
  it('reads "Below K", and "Early", "Mid" or "Late" alone as the student’s own grade', () => {
    expect(band('Below K', 'K')).toBe('below1');
    expect(band('Below K', '1')).toBe('below2');
    expect(band('Late', 'K')).toBe('late');
    expect(band('Early', '4')).toBe('early');
  });
  it('ignores case and extra spaces', () => {
    expect(band('  MID   7 ', '07')).toBe('mid');
    expect(band('level k', 'kindergarten')).toBe('mid');
  });
  it('says plainly when the grade is missing or cannot be read', () => {
    const none = readPlacement('Mid 7', '');
    expect(none).toMatchObject({ ok: false });
    if (!none.ok) expect(none.message).toBe('"Mid 7" is read against the student\'s grade, and this row has none: choose the "Student grade" column, or fill in the grade.');
    const bad = readPlacement('Level 3', 'Year seven');
    if (!bad.ok) expect(bad.message).toContain('The student\'s grade "Year seven" cannot be read');
    expect(bad.ok).toBe(false);
  });
  it('refuses what is not a placement, saying what it reads', () => {
    const r = readPlacement('Level 14', '7');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('from Level K to Level 12');
    const x = readPlacement('Green', '7');
    if (!x.ok) expect(x.message).toContain('it reads placements like "Mid 7", "Level K"');
    expect(x.ok).toBe(false);
  });
  it('explains each reading in a teacher’s words', () => {
    expect(readPlacement('Level K', '7')).toMatchObject({ explain: 'Level K in grade 7: 3 or more grade levels below' });
    expect(readPlacement('Mid 1', 'K')).toMatchObject({ explain: 'Mid 1 in grade K: above grade level' });
  });
});

describe('readPlacement: relative wordings need no grade', () => {
  const cases: [string, PlacementBand][] = [
    ['Tested Out', 'above'],
    ['Max Score', 'above'],
    ['Above Grade Level', 'above'],
    ['Mid or Above Grade Level', 'mid'],
    ['On Grade Level', 'mid'],
    ['Early On Grade Level', 'early'],
    ['Mid On Grade Level', 'mid'],
    ['Late On Grade Level', 'late'],
    ['Below Grade Level', 'below1'],
    ['1 Grade Level Below', 'below1'],
    ['One Grade Level Below', 'below1'],
    ['2 Grade Levels Below', 'below2'],
    ['Two Grade Levels Below', 'below2'],
    ['3 Grade Levels Below', 'below3'],
    ['3 or More Grade Levels Below', 'below3'],
    ['Three or More Grade Levels Below', 'below3'],
    ['5 Grade Levels Below', 'below3'],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" is ${expected}`, () => {
      expect(band(text)).toBe(expected);
      expect(band(text.toLowerCase(), '9')).toBe(expected);
    });
  }
});

describe('the placement table on the class scale', () => {
  it('defaults: above is the top level, on grade meets, 1 below approaching, 2 or more below the lowest', () => {
    expect(defaultPlacementPoints(DEFAULT_SCALE)).toEqual({
      above: 4, late: 3, mid: 3, early: 3, below1: 2, below2: 1, below3: 1,
    });
    expect(placementDefaultsText(DEFAULT_SCALE)).toBe(
      "Unless you change it: placed above the student's grade is Exceeds; on grade level (early, mid or late) is Meets; 1 grade level below is Approaching; 2 or more grade levels below is Beginning.",
    );
  });
  it('follows a class scale that is not 1 to 4', () => {
    const five: MasteryScale = {
      masteryPoints: 3,
      levels: [5, 4, 3, 2, 1, 0].map((points) => ({ points, label: `L${points}`, color: '#000' })),
    };
    expect(defaultPlacementPoints(five)).toEqual({ above: 5, late: 3, mid: 3, early: 3, below1: 2, below2: 0, below3: 0 });
  });
  it('takes the profile’s own points over the defaults, ignoring keys that are not bands', () => {
    expect(placementTable({ late: 4, below2: 2, nonsense: 9 }, DEFAULT_SCALE)).toEqual({
      above: 4, late: 4, mid: 3, early: 3, below1: 2, below2: 2, below3: 1,
    });
  });
});

describe('applyProfileValue with placements', () => {
  const iready = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!;
  const at = (raw: string, grade?: string, profile = iready) =>
    applyProfileValue(raw, profile, DEFAULT_SCALE, DEFAULT_CUT_SCORES, grade);

  it('levels a placement against the grade, keeping the text as the raw value', () => {
    expect(at('Level K', '7')).toMatchObject({ ok: true, points: 1, raw: 'Level K' });
    expect(at('Mid 7', '7')).toMatchObject({ ok: true, points: 3, raw: 'Mid 7' });
    expect(at('Level 6', '7')).toMatchObject({ ok: true, points: 2 });
    expect(at('Level 8', '7')).toMatchObject({ ok: true, points: 4 });
    expect(at('Early On Grade Level')).toMatchObject({ ok: true, points: 3 });
  });
  it('uses the profile’s table, and the teacher’s own wordings first', () => {
    const edited = { ...iready, placementPoints: { below1: 1, late: 4 }, placementLevels: { 'Needs support': 1, 'Mid 7': 2 } };
    expect(at('Level 6', '7', edited)).toMatchObject({ ok: true, points: 1 });
    expect(at('Late 7', '7', edited)).toMatchObject({ ok: true, points: 4 });
    expect(at('needs  SUPPORT', undefined, edited)).toMatchObject({ ok: true, points: 1 });
    expect(at('Mid 7', '7', edited)).toMatchObject({ ok: true, points: 2 });
  });
  it('refuses a table that puts a placement outside the class scale', () => {
    const r = at('Level 8', '7', { ...iready, placementPoints: { above: 9 } });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('outside the class scale');
  });
});

describe('previewWithProfile on an i-Ready export', () => {
  const headers = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!.headersSignature;
  const file = (rows: Record<string, string>[]) =>
    readCsvTable([headers.join(','), ...rows.map((r) => headers.map((h) => r[h] ?? '').join(','))].join('\n'), 'iready.csv');
  const ctx: ResultsContext = {
    students: [{ id: 's1', studentNumber: '004512', givenName: 'Zoë', familyName: 'Lindqvist', preferredName: '' }],
    skills: [{ id: 'k1', code: '6.NS.1' }],
    scale: DEFAULT_SCALE,
    cutScores: DEFAULT_CUT_SCORES,
    today: '2026-11-23',
  };
  const row = { 'Student ID': '004512', 'Student Grade': '6', 'Completion Date': '9/15/2026', 'Number and Operations Placement': 'Level 5', 'Geometry Placement': 'Mid 6', 'Activity Id': 'a1' };
  const template = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!;

  it('says which domain has no skill code in the profile, rather than blaming the tracked skills', () => {
    const preview = previewWithProfile(file([row]), template, ctx);
    expect(preview.rows.map((r) => [r.raw, r.score, r.accepted])).toEqual([
      ['Level 5', 2, false],
      ['Mid 6', 3, false],
    ]);
    expect(preview.problems.map((p) => p.message)).toEqual([
      `"Number and Operations" has no skill code in the profile 'i-Ready Math diagnostic': give it one of this class's skill codes in the profile, or leave it out.`,
      `"Geometry" has no skill code in the profile 'i-Ready Math diagnostic': give it one of this class's skill codes in the profile, or leave it out.`,
    ]);
  });
  it('keeps a second diagnostic on the same day (its own Activity Id), and leaves out a re-import of either', () => {
    const profile = { ...template, skillCodeMap: { 'Number and Operations': '6.NS.1' } };
    const preview = previewWithProfile(file([row, { ...row, 'Activity Id': 'a2' }]), profile, ctx);
    const numbers = preview.rows.filter((r) => r.skillId === 'k1');
    expect(numbers.map((r) => [r.ref, r.accepted])).toEqual([
      ['a1', true],
      ['a2', true],
    ]);
    const stored = numbers.map((r) => ({ studentId: 's1', skillId: 'k1', date: r.date, score: r.score, source: r.source, raw: r.raw, origin: { ref: r.ref } }));
    const again = previewWithProfile(file([row, { ...row, 'Activity Id': 'a2' }]), profile, { ...ctx, existing: stored });
    expect(again.acceptedCount).toBe(0);
    expect(again.problems.map((p) => p.message)[0]).toContain('is already recorded');
  });
  it('says to choose the grade column when a placement has no grade', () => {
    const profile = { ...template, skillCodeMap: { 'Number and Operations': '6.NS.1' } };
    const preview = previewWithProfile(file([{ ...row, 'Student Grade': '' }]), profile, ctx);
    expect(preview.rows[0]).toMatchObject({ raw: 'Level 5', score: null, accepted: false });
    expect(preview.problems[0]!.message).toBe(
      '"Level 5" is read against the student\'s grade, and this row has none: choose the "Student grade" column, or fill in the grade.',
    );
  });
});
