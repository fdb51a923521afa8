import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LOOK_FORS,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  goalsCsv,
  groupsCsv,
  makePlanBundle,
  makeReviewFile,
  masteryGridCsv,
  pseudonymise,
  readPlanBundle,
  readReviewFile,
  scheduleCsv,
  serializeBundle,
  serializeReviewFile,
  sha256Hex,
  utf8Bytes,
} from '../../../shared';
import type { PlanBody, PlanBundleInput } from '../../../shared';
import { jsonStrings } from './jsonStrings';

const OPTIONS = { appVersion: '1.4.0', exportedAt: '2025-03-14T09:00:00.000Z' };

function body(groups: { id: string; name: string; studentIds: string[] }[], notes = ''): PlanBody {
  return {
    model: 'station',
    dates: ['2025-03-14'],
    start: '09:00',
    minutesPerStation: 20,
    transitionMinutes: 2,
    stations: [
      { id: 'st-t', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: { g1: { activity: 'Fractions', resources: 'Cards', evidence: 'Exit ticket' } } },
      { id: 'st-o', name: 'Online practice', kind: 'online', adult: null, devices: 10, activities: {} },
      { id: 'st-i', name: 'Independent practice', kind: 'independent', adult: null, activities: {} },
    ],
    groups: groups.map((g, i) => ({ ...g, color: ['#1a3578', '#1f7a3a', '#eba925'][i % 3]! })),
    screenLimitPerDay: 60,
    notes,
  };
}

function input(students: { id: string; name: string }[], notes = ''): PlanBundleInput {
  const thirds = [0, 1, 2].map((k) => students.filter((_, i) => i % 3 === k).map((s) => s.id));
  const groups = thirds.map((ids, i) => ({ id: `g${i + 1}`, name: `Group ${i + 1}`, studentIds: ids }));
  return {
    plan: { id: 'plan-1', title: 'Fractions rotation', date: '2025-03-14', body: body(groups, notes) },
    grouping: {
      id: 'grouping-1',
      date: '2025-03-13',
      name: 'Fractions groups',
      strategy: 'similar',
      skillIds: ['sk-1'],
      groups: groups.map((g) => ({ name: g.name, color: '#1a3578', studentIds: g.studentIds })),
      scores: Object.fromEntries(students.map((s, i) => [s.id, i % 4 === 0 ? null : (i % 4) + 0.5])),
    },
    skills: [
      { id: 'sk-1', code: '4.NF.1', statement: 'Explain equivalent fractions' },
      { id: 'sk-2', code: '4.NF.2', statement: 'Compare two fractions' },
    ],
    mastery: {
      scale: DEFAULT_SCALE,
      method: DEFAULT_METHOD,
      summaries: Object.fromEntries(students.map((s, i) => [s.id, { 'sk-1': (i % 4) + 1, 'sk-2': i % 2 ? null : 2 }])),
    },
    students,
    className: 'Grade 4 Maths',
  };
}

const STUDENTS = [
  { id: 'a1', name: 'Ana Lee' },
  { id: 'b2', name: 'Ben Okafor' },
  { id: 'c3', name: 'Chloé Dubois' },
  { id: 'd4', name: 'Dev Patel' },
];

describe('SHA-256', () => {
  it('matches the known vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('encodes UTF-8 by hand like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect([...utf8Bytes(s)]).toEqual([...new TextEncoder().encode(s)]);
      }),
    );
  });
});

describe('plan bundle', () => {
  it('round-trips make -> serialize -> read', () => {
    const bundle = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false });
    expect(bundle.format).toBe('blendwise-plan');
    expect(bundle.formatVersion).toBe(1);
    expect(bundle.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const text = serializeBundle(bundle);
    const read = readPlanBundle(text);
    expect(read).toEqual({ ok: true, bundle });
    if (read.ok) expect(read.bundle.content.students.map((s) => s.name)).toContain('Chloé Dubois');
  });

  it('gives the same pseudonyms whatever the roster order', () => {
    const a = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: true });
    const b = makePlanBundle(input([...STUDENTS].reverse()), { ...OPTIONS, pseudonymise: true });
    expect(a.content.students).toEqual(b.content.students);
  });

  it('detects a one-character change', () => {
    const text = serializeBundle(makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false }));
    for (const [from, to] of [
      ['Ben Okafor', 'Ben Okafer'],
      ['"minutesPerStation": 20', '"minutesPerStation": 21'],
      ['2025-03-14T09:00', '2025-03-15T09:00'],
    ] as const) {
      expect(text).toContain(from);
      expect(readPlanBundle(text.replace(from, to))).toEqual({
        ok: false,
        problem: 'The file was changed or damaged after it was exported.',
      });
    }
    // White space is not content: a re-indented file still opens.
    expect(readPlanBundle(JSON.stringify(JSON.parse(text))).ok).toBe(true);
  });

  it('says a newer format needs a newer Blendwise', () => {
    const raw = JSON.parse(serializeBundle(makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false })));
    raw.formatVersion = 2;
    expect(readPlanBundle(JSON.stringify(raw))).toEqual({
      ok: false,
      problem: 'This plan was exported by a newer Blendwise (format 2): update Blendwise to open it.',
    });
  });

  it('says what a foreign or damaged file is not', () => {
    const text = serializeBundle(makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false }));
    const problem = (t: string) => {
      const r = readPlanBundle(t);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.problem;
    };
    expect(problem('{"name":"my-app","dependencies":{}}')).toMatch(/^This is not a Blendwise plan file/);
    expect(problem('[1,2,3]')).toMatch(/^This is not a Blendwise plan file/);
    expect(problem('{"CFDocument":{}}')).toMatch(/CASE standards package/);
    expect(problem('Name,Score\r\nAna,3\r\n')).toMatch(/^This is not a Blendwise plan file: it is not JSON/);
    expect(problem('')).toMatch(/empty/);
    expect(problem(text.slice(0, text.length / 2))).toMatch(/^This plan file is damaged/);
    const review = serializeReviewFile(
      makeReviewFile({ planId: 'plan-1', planChecksum: 'x', reviewer: 'R', lookFors: [], comments: [] }, OPTIONS),
    );
    expect(problem(review)).toMatch(/^This is a Blendwise review file, not a Blendwise plan file/);
  });

  it('refuses a file over the size limit', () => {
    const text = serializeBundle(makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false }));
    expect(readPlanBundle(text, { maxBytes: 1000 })).toEqual({
      ok: false,
      problem: expect.stringMatching(/^This file is too big to be a Blendwise plan file/),
    });
    expect(readPlanBundle(' '.repeat(5 * 1024 * 1024 + 1)).ok).toBe(false);
  });

  it('refuses content that passes the checksum but not the schema', () => {
    const bundle = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false });
    const bad = makePlanBundle(
      { ...input(STUDENTS), students: [{ id: '__proto__', name: 'X' }] },
      { ...OPTIONS, pseudonymise: false },
    );
    const r = readPlanBundle(serializeBundle(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/^This plan file has something Blendwise cannot use/);
    expect(readPlanBundle(serializeBundle(bundle)).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (t) => {
        const r = readPlanBundle(t);
        expect(r.ok).toBe(false);
      }),
    );
    expect(readPlanBundle('['.repeat(100000) + ']'.repeat(100000)).ok).toBe(false);
  });
});

describe('pseudonymisation', () => {
  it('is stable and does not follow alphabetical order', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `id-${String(i).padStart(2, '0')}`);
    const a = pseudonymise(ids, 'seed');
    const b = pseudonymise([...ids].reverse(), 'seed');
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set([...a.values()].map((p) => p.name)).size).toBe(30);
    expect(a.get('id-00')!.name).toMatch(/^Student \d\d$/);
    const inOrder = ids.map((id) => a.get(id)!.key);
    expect(inOrder).not.toEqual([...inOrder].sort());
    expect(pseudonymise(ids, 'other seed')).not.toEqual(a);
  });

  it('replaces names and ids consistently across groups, scores and summaries', () => {
    const original = input(STUDENTS, 'Watch Ana Lee at the online station; ben okafor helps.');
    const bundle = makePlanBundle(original, { ...OPTIONS, pseudonymise: true });
    const c = bundle.content;
    expect(c.pseudonymised).toBe(true);
    const map = pseudonymise(STUDENTS.map((s) => s.id), 'plan-1');
    expect(c.students).toEqual(
      [...map.values()].sort((x, y) => x.key.localeCompare(y.key)).map((p) => ({ id: p.key, name: p.name })),
    );
    original.plan.body.groups.forEach((g, i) => {
      const keys = g.studentIds.map((id) => map.get(id)!.key);
      expect(c.plan.body.groups[i]!.studentIds).toEqual(keys);
      expect(c.grouping!.groups[i]!.studentIds).toEqual(keys);
    });
    for (const s of STUDENTS) {
      const key = map.get(s.id)!.key;
      expect(c.grouping!.scores[key]).toEqual(original.grouping!.scores![s.id]);
      expect(c.mastery.summaries[key]).toEqual(original.mastery.summaries[s.id]);
    }
    expect(c.plan.body.notes).toBe(
      `Watch ${map.get('a1')!.name} at the online station; ${map.get('b2')!.name} helps.`,
    );
    expect(readPlanBundle(serializeBundle(bundle)).ok).toBe(true);
  });

  it('leaves no real name or id anywhere in the file', () => {
    const name = fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }))
      .map(([given, family]) => `⟪${given} ${family}⟫`);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 12 }), (names) => {
        const students = names.map((n, i) => ({ id: `real-id-${i}-x`, name: n }));
        const notes = names.map((n) => `Check on ${n} today.`).join(' ');
        const bundle = makePlanBundle(input(students, notes), { ...OPTIONS, pseudonymise: true });
        const text = serializeBundle(bundle);
        expect(text).not.toContain('real-id-');
        expect(text).not.toContain('⟪');
        const strings = jsonStrings(JSON.parse(text));
        for (const n of names) expect(strings.some((s) => s.includes(n))).toBe(false);
        const read = readPlanBundle(text);
        expect(read.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('review file', () => {
  it('round-trips with the default look-fors', () => {
    expect(DEFAULT_LOOK_FORS).toEqual([
      'Teacher-led station uses current data',
      'Students at the online station are on task',
      'The collaborative station produces discussion',
      'Transitions take under 2 minutes',
      'Every student knows their next station',
    ]);
    const plan = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: true });
    const review = makeReviewFile(
      {
        planId: 'plan-1',
        planChecksum: plan.checksum,
        reviewer: 'Coach Rivera',
        lookFors: DEFAULT_LOOK_FORS.map((text, i) => ({ text, rating: i === 0 ? 9 : i === 1 ? null : 3, note: '' })),
        comments: [
          { id: 'c1', anchor: { kind: 'station', ref: 'st-t' }, text: 'Great use of exit tickets', createdAt: '2025-03-14T10:00:00.000Z' },
        ],
      },
      OPTIONS,
    );
    expect(review.content.lookFors.map((l) => l.rating)).toEqual([null, null, 3, 3, 3]);
    const read = readReviewFile(serializeReviewFile(review));
    expect(read).toEqual({ ok: true, review });
    const changed = serializeReviewFile(review).replace('Great use', 'Great usf');
    expect(readReviewFile(changed)).toEqual({ ok: false, problem: 'The file was changed or damaged after it was exported.' });
    expect(readReviewFile(serializeBundle(plan))).toEqual({
      ok: false,
      problem: expect.stringMatching(/^This is a Blendwise plan file, not a Blendwise review file/),
    });
    const raw = JSON.parse(serializeReviewFile(review));
    raw.formatVersion = 3;
    expect(readReviewFile(JSON.stringify(raw))).toEqual({
      ok: false,
      problem: 'This review was exported by a newer Blendwise (format 3): update Blendwise to open it.',
    });
  });
});

describe('CSV exports', () => {
  it('lists groups with names and scores, neutralising formulas', () => {
    const students = [...STUDENTS, { id: 'e5', name: '=HYPERLINK("http://x")' }];
    const content = makePlanBundle(input(students), { ...OPTIONS, pseudonymise: false }).content;
    const csv = groupsCsv(content);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Group,Student,Grouping score');
    expect(lines).toContain('Group 1,Ana Lee,');
    expect(lines).toContain('Group 2,Ben Okafor,1.5');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  it('writes the schedule as rounds by stations', () => {
    const groups = [1, 2, 3].map((n) => ({ id: `g${n}`, name: `Group ${n}`, studentIds: [`s${n}`] }));
    const lines = scheduleCsv(body(groups)).split('\r\n');
    expect(lines[0]).toBe('Day,Round,Start,End,Teacher table,Online practice,Independent practice');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^2025-03-14,1,09:00,09:20,Group \d,Group \d,Group \d$/);
    expect(lines[2]).toMatch(/^2025-03-14,2,09:22,09:42,/);
    const noGroups = scheduleCsv(body([]));
    expect(noGroups.split('\r\n')[1]).toMatch(/^"?Not scheduled/);
  });

  it('writes the mastery grid and goals', () => {
    const grid = masteryGridCsv(
      [{ id: 'a1', name: 'Ana Lee' }, { id: 'b2', name: '+Ben' }],
      [{ id: 'sk-1', code: '4.NF.1', statement: 'Equivalent fractions' }],
      { a1: { 'sk-1': 3.5 }, b2: { 'sk-1': null } },
    );
    expect(grid).toBe("Student,4.NF.1\r\nAna Lee,3.5\r\n'+Ben,\r\n");
    const goals = goalsCsv([
      { student: 'Ana Lee', goal: 'Fractions', skill: '4.NF.1', target: 3, current: 2, startDate: '2025-03-01', dueDate: '2025-04-01', status: 'On track' },
    ]);
    expect(goals).toBe(
      'Student,Goal,Skill,Target level,Current level,Start date,Due date,Status\r\n' +
        'Ana Lee,Fractions,4.NF.1,3,2,2025-03-01,2025-04-01,On track\r\n',
    );
  });
});
