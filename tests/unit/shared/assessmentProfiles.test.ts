import { describe, it, expect } from 'vitest';
import { readCsvTable } from '../../../shared/import/csvTable';
import {
  applyProfileValue,
  BUILT_IN_PROFILE_TEMPLATES,
  CANVAS_OUTCOME_RESULTS_HEADERS,
  matchProfile,
  previewWithProfile,
  profileForHeaders,
  type AssessmentProfile,
} from '../../../shared/import/profiles';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE } from '../../../shared/mastery/scale';
import type { ResultsContext } from '../../../shared/import/resultsCsv';

const ctx: ResultsContext = {
  students: [
    { id: 's1', studentNumber: '004512', givenName: 'Zoë', familyName: 'Lindqvist', preferredName: '' },
    { id: 's2', studentNumber: '004549', givenName: 'José', familyName: 'Ramírez', preferredName: 'Pepe' },
  ],
  skills: [
    { id: 'k1', code: '6.RP.A.1' },
    { id: 'k2', code: '6.RP.A.2' },
  ],
  scale: DEFAULT_SCALE,
  cutScores: DEFAULT_CUT_SCORES,
  today: '2026-11-23',
};

const profile: AssessmentProfile = {
  id: 'p1',
  name: 'Weekly diagnostic',
  headersSignature: ['Student ID', 'Name', 'Ratios Scale Score', 'Rates Scale Score'],
  mapping: { studentId: 0, studentName: 1, skillColumns: [2, 3] },
  valueKind: 'scale_score',
  scaleScoreCuts: [
    { min: 0, points: 1 },
    { min: 500, points: 3 },
    { min: 450, points: 2 },
    { min: 550, points: 4 },
  ],
  skillCodeMap: { Ratios: '6.RP.A.1', 'Rates Scale Score': '6.RP.A.2' },
  defaultSource: 'Diagnostic',
};

describe('matchProfile', () => {
  it('recognises the same headers in another case and spacing, and needs 80% overlap', () => {
    expect(matchProfile(['student id', ' NAME ', 'ratios scale score', 'RatesScaleScore'], [profile])).toBe(profile);
    // 4 of 5 headers in common: 80%.
    expect(matchProfile(['Student ID', 'Name', 'Ratios Scale Score', 'Rates Scale Score', 'Extra'], [profile])).toBe(profile);
    expect(matchProfile(['Student ID', 'Name', 'Ratios Scale Score', 'X', 'Y'], [profile])).toBeNull();
    expect(matchProfile([], [profile])).toBeNull();
  });
  it('picks the best of several', () => {
    const other = { ...profile, id: 'p2', headersSignature: [...profile.headersSignature, 'Extra'] };
    expect(matchProfile(profile.headersSignature, [other, profile])?.id).toBe('p1');
  });
});

describe('applyProfileValue', () => {
  it('turns scale scores into points through the cuts, whatever their order', () => {
    const at = (raw: string) => applyProfileValue(raw, profile, DEFAULT_SCALE, DEFAULT_CUT_SCORES);
    expect(at('600')).toMatchObject({ ok: true, points: 4 });
    expect(at('500')).toMatchObject({ ok: true, points: 3 });
    expect(at('499.5')).toMatchObject({ ok: true, points: 2 });
    expect(at('12')).toMatchObject({ ok: true, points: 1 });
    expect(at('')).toMatchObject({ ok: false, blank: true });
    expect(at('abc')).toMatchObject({ ok: false, blank: false });
    expect(applyProfileValue('500', { ...profile, scaleScoreCuts: [] }, DEFAULT_SCALE, [])).toMatchObject({ ok: false });
  });
  it('reads placements case-insensitively, against the grade, and says when one is unknown', () => {
    const iready = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!;
    expect(applyProfileValue('mid on grade level', iready, DEFAULT_SCALE, DEFAULT_CUT_SCORES)).toMatchObject({ ok: true, points: 3 });
    expect(applyProfileValue('Late On Grade Level', iready, DEFAULT_SCALE, DEFAULT_CUT_SCORES)).toMatchObject({ ok: true, points: 3 });
    expect(applyProfileValue('2 Grade Levels Below', iready, DEFAULT_SCALE, DEFAULT_CUT_SCORES)).toMatchObject({ ok: true, points: 1 });
    expect(applyProfileValue('Level K', iready, DEFAULT_SCALE, DEFAULT_CUT_SCORES, '1')).toMatchObject({ ok: true, points: 2, raw: 'Level K' });
    const r = applyProfileValue('Purple', iready, DEFAULT_SCALE, DEFAULT_CUT_SCORES, '1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"Purple" is not a placement Blendwise can read');
  });
  it('reads levels, percents and points like the plain importer', () => {
    const as = (valueKind: AssessmentProfile['valueKind'], raw: string) =>
      applyProfileValue(raw, { ...profile, valueKind }, DEFAULT_SCALE, DEFAULT_CUT_SCORES);
    expect(as('level', '3')).toMatchObject({ ok: true, points: 3 });
    expect(as('percent', '80')).toMatchObject({ ok: true, points: 3 });
    expect(as('points', '18/20')).toMatchObject({ ok: true, points: 4 });
    expect(as('level', '7')).toMatchObject({ ok: false });
  });
});

describe('previewWithProfile', () => {
  it('imports a wide file through the skill-code map and cut scores, leaving blank cells out', () => {
    const table = readCsvTable(
      'Student ID,Name,Ratios Scale Score,Rates Scale Score\n004512,Zoë Lindqvist,560,470\n004549,,440,\n',
      'week1.csv',
    );
    const preview = previewWithProfile(table, profile, ctx);
    expect(preview.layout).toBe('wide');
    expect(preview.rows.map((r) => [r.studentId, r.skillCode, r.score, r.source])).toEqual([
      ['s1', '6.RP.A.1', 4, 'Diagnostic'],
      ['s1', '6.RP.A.2', 2, 'Diagnostic'],
      ['s2', '6.RP.A.1', 1, 'Diagnostic'],
    ]);
    expect(preview.acceptedCount).toBe(3);
  });
  it('finds the columns by header when next week’s file moves them, and explains bad values', () => {
    const table = readCsvTable('Name,Student ID,Rates Scale Score,Ratios Scale Score\n,004512,n/a?,510\n', 'week2.csv');
    expect(profileForHeaders(profile, table.headers).mapping).toMatchObject({ studentId: 1, studentName: 0, skillColumns: [3, 2] });
    const preview = previewWithProfile(table, profile, ctx);
    expect(preview.rows.map((r) => [r.skillCode, r.score, r.accepted])).toEqual([
      ['6.RP.A.1', 3, true],
      ['6.RP.A.2', null, false],
    ]);
    expect(preview.problems.map((p) => p.message)).toContain(
      `"n/a?" is not a scale score: the profile 'Weekly diagnostic' expects a number here.`,
    );
  });
  it('reads a long Canvas outcome results report, mapping outcome names to codes', () => {
    const h = CANVAS_OUTCOME_RESULTS_HEADERS;
    const row = (name: string, sis: string, outcome: string, score: string) =>
      h.map((k) =>
        ({ 'student name': name, 'student sis id': sis, 'learning outcome name': outcome, 'outcome score': score, 'assessment title': 'Quiz 3', 'submission date': '2026-10-02T10:00:00Z' })[k] ?? '',
      );
    const csv = [h, row('Zoë Lindqvist', '004512', 'Ratios', '3'), row('Pepe Ramírez', '004549', 'Unit rates', '2'), row('Pepe Ramírez', '004549', 'Ratios', '')]
      .map((r) => r.map((c) => `"${c}"`).join(','))
      .join('\n');
    const table = readCsvTable(csv, 'outcome_results.csv');
    const template = matchProfile(table.headers, BUILT_IN_PROFILE_TEMPLATES)!;
    expect(template.id).toBe('template:canvas-outcome-results');
    const preview = previewWithProfile(table, { ...template, skillCodeMap: { Ratios: '6.RP.A.1', 'Unit rates': '6.RP.A.2' } }, ctx);
    expect(preview.layout).toBe('long');
    expect(preview.rows.map((r) => [r.studentId, r.skillCode, r.score, r.source, r.date, r.accepted])).toEqual([
      ['s1', '6.RP.A.1', 3, 'Quiz 3', '2026-10-02', true],
      ['s2', '6.RP.A.2', 2, 'Quiz 3', '2026-10-02', true],
      ['s2', '6.RP.A.1', null, 'Quiz 3', '2026-10-02', false],
    ]);
  });
  it('never throws on odd input', () => {
    const table = readCsvTable('a\n1\n', 'x.csv');
    for (const p of [...BUILT_IN_PROFILE_TEMPLATES, profile]) expect(() => previewWithProfile(table, p, ctx)).not.toThrow();
    expect(() => previewWithProfile(table, { ...profile, mapping: { skillColumns: [99] }, strandColumns: [{ name: 42, value: -1 }] }, ctx)).not.toThrow();
  });
});
