import { describe, expect, it } from 'vitest';
import {
  checkClass,
  checkEvidence,
  checkGoal,
  checkPlan,
  checkReview,
  checkSetting,
  checkStudent,
  decodeAssessmentProfile,
  decodeCheckIn,
  decodeClass,
  decodeClassSkill,
  decodeComment,
  decodeEnrollment,
  decodeEvidence,
  decodeFramework,
  decodeGoal,
  decodeGrouping,
  decodePlan,
  decodePlanBody,
  decodePlay,
  decodeReview,
  decodeSetting,
  decodeSkill,
  decodeStudent,
  DEFAULT_SCREEN_LIMIT_PER_DAY,
  makePlanBundle,
  PLAN_SHAPE,
  readPlanBundle,
  recordDecoders,
  RecordProblem,
  serializeBundle,
  type PlanBody,
  type PlanBundle,
} from '../../../shared';

const NOW = '2026-03-01T12:00:00.000Z';

const body: PlanBody = {
  model: 'station',
  dates: ['2026-03-03'],
  start: '09:00',
  minutesPerStation: 20,
  transitionMinutes: 2,
  periodMinutes: 65,
  stations: [
    {
      id: 's1',
      name: 'Teacher table',
      kind: 'teacher',
      adult: 'teacher',
      capacity: 6,
      activities: { g1: { activity: 'Ratio tables', resources: 'Cards', evidence: 'Exit ticket' } },
    },
    {
      id: 's2',
      name: 'Online',
      kind: 'online',
      adult: null,
      devices: 8,
      set: 'B',
      room: 'Lab',
      activities: {},
    },
  ],
  groups: [{ id: 'g1', name: 'Group 1', color: '#123456', studentIds: ['st1', 'st2'], need: 1.5, set: 'A' }],
  screenLimitPerDay: 40,
  notes: 'Bring calculators',
  playId: 'three-stations',
  playlist: [
    {
      id: 'i1',
      title: 'Practice',
      kind: 'online',
      mustDo: true,
      minutes: 10,
      resources: 'Link',
      for: { who: 'everyone' },
    },
    {
      id: 'i2',
      title: 'Game',
      kind: 'offline',
      mustDo: false,
      resources: '',
      for: { who: 'groups', groupIds: ['g1'] },
    },
  ],
};

// One valid record of every table, as the app writes it (rev included where a record has one).
const records = {
  classes: {
    id: 'c1',
    name: '6A',
    subject: 'Math',
    grade: '6',
    term: '2026',
    archived: 0,
    createdAt: NOW,
    sample: 1,
    mastery: {
      scale: {
        levels: [
          { points: 4, label: 'Exceeds', color: '#1f7a3a' },
          { points: 1, label: 'Beginning', color: '#aa0000' },
        ],
        masteryPoints: 4,
      },
      method: { kind: 'decaying_average', weight: 65 },
      cutScores: [{ minPercent: 0, points: 1 }],
    },
    groupingRules: { keepApart: [['a', 'b']], keepTogether: [] },
    adults: [{ id: 'ad1', name: 'Ms Lee', role: 'aide' }],
    rev: 3,
  },
  students: {
    id: 'st1',
    givenName: 'Aoife',
    familyName: "O'Neill",
    preferredName: '',
    studentNumber: '007',
    email: 'a@example.org',
    notes: '',
    archived: 0,
    createdAt: NOW,
    rev: 0,
  },
  enrollments: { id: 'e1', classId: 'c1', studentId: 'st1', section: '', archived: 0, rev: 0 },
  frameworks: { id: 'f1', title: 'CCSS', creator: '', identifier: '', rev: 0 },
  skills: {
    id: 'sk1',
    frameworkId: 'f1',
    code: '6.RP.A.1',
    statement: 'Ratios',
    parentId: null,
    order: 0,
    rev: 0,
  },
  classSkills: { id: 'cs1', classId: 'c1', skillId: 'sk1', order: 0, method: { kind: 'highest' }, rev: 0 },
  evidence: {
    id: 'ev1',
    classId: 'c1',
    studentId: 'st1',
    skillId: 'sk1',
    score: 3,
    date: '2026-03-02',
    source: 'Exit ticket',
    note: '',
    raw: '18/20',
    createdAt: NOW,
    rev: 0,
  },
  goals: {
    id: 'go1',
    classId: 'c1',
    studentId: 'st1',
    title: 'I can use ratio tables',
    skills: [{ skillId: 'sk1', target: 3 }],
    startDate: '2026-03-01',
    dueDate: '2026-04-01',
    actionSteps: ['Practise'],
    closed: { on: '2026-03-20', as: 'met' },
    createdAt: NOW,
    rev: 2,
  },
  checkIns: {
    id: 'ci1',
    goalId: 'go1',
    date: '2026-03-10',
    teacherNote: 'Good',
    reflection: 'I get it',
    confidence: 3,
    nextDate: null,
    rev: 0,
  },
  groupings: {
    id: 'gr1',
    classId: 'c1',
    date: '2026-03-02',
    name: 'Ratios',
    skillIds: ['sk1'],
    strategy: 'similar',
    groups: [{ name: 'A', color: '#111111', studentIds: ['st1'] }],
    createdAt: NOW,
    absent: [],
    scores: { st1: 2.5, st2: null },
    locked: ['st1'],
    rev: 0,
  },
  plans: {
    id: 'p1',
    classId: 'c1',
    date: '2026-03-03',
    groupingId: 'gr1',
    title: 'Tuesday',
    body,
    createdAt: NOW,
    minutesByStudent: { st1: { teacher: 20, online: 20, collaborative: 0, independent: 0, offline: 0 } },
    shape: PLAN_SHAPE,
    rev: 1,
  },
  reviews: {
    id: 'r1',
    planId: 'p1',
    reviewer: 'Coach',
    createdAt: NOW,
    lookFors: [{ text: 'On task', rating: 3, note: '' }],
    kind: 'received',
    fileChecksum: 'sha256:abc',
    exportedAt: NOW,
    reviewedVersion: { state: 'earlier', planExportedAt: null },
    rev: 0,
  },
  comments: {
    id: 'cm1',
    reviewId: 'r1',
    anchor: { kind: 'station', ref: 's1' },
    text: 'Nice',
    resolved: 1,
    createdAt: NOW,
    sourceId: 'x1',
    about: 'Teacher table',
    rev: 0,
  },
  settings: { key: 'reviewerName', value: 'Coach Kim' },
  plays: {
    id: 'pl1',
    name: 'Mine',
    description: '',
    model: 'individual',
    stations: [{ name: 'Online', kind: 'online', adult: null }],
    minutesPerStation: 15,
    transitionMinutes: 2,
    suggestedGroups: 3,
    playlist: [{ title: 'Practice', kind: 'online', mustDo: true, resources: '' }],
    createdAt: NOW,
    rev: 0,
  },
} as const;

describe('record schemas', () => {
  it('every record round-trips through its decoder unchanged', () => {
    for (const [table, row] of Object.entries(records)) {
      const codec = recordDecoders[table as keyof typeof recordDecoders];
      const copy = JSON.parse(JSON.stringify(row)) as unknown;
      expect(codec.decode(copy), table).toEqual(row);
      // and decoding the decoded value gives it again
      expect(codec.decode(codec.decode(copy)), table).toEqual(row);
    }
  });

  it('has a decoder for every table of records', () => {
    expect(Object.keys(recordDecoders).sort()).toEqual(Object.keys(records).sort());
  });

  it('the named decoders are the map’s', () => {
    expect(decodeClass(records.classes)).toEqual(records.classes);
    expect(decodeStudent(records.students)).toEqual(records.students);
    expect(decodeEnrollment(records.enrollments)).toEqual(records.enrollments);
    expect(decodeFramework(records.frameworks)).toEqual(records.frameworks);
    expect(decodeSkill(records.skills)).toEqual(records.skills);
    expect(decodeClassSkill(records.classSkills)).toEqual(records.classSkills);
    expect(decodeEvidence(records.evidence)).toEqual(records.evidence);
    expect(decodeGoal(records.goals)).toEqual(records.goals);
    expect(decodeCheckIn(records.checkIns)).toEqual(records.checkIns);
    expect(decodeGrouping(records.groupings)).toEqual(records.groupings);
    expect(decodePlan(records.plans)).toEqual(records.plans);
    expect(decodeReview(records.reviews)).toEqual(records.reviews);
    expect(decodeComment(records.comments)).toEqual(records.comments);
    expect(decodeSetting(records.settings)).toEqual(records.settings);
    expect(decodePlay(records.plays)).toEqual(records.plays);
  });

  it('fills rev 0 on records written before revisions', () => {
    const { rev: _rev, ...old } = records.students;
    expect(decodeStudent(old).rev).toBe(0);
    const { rev: _r, ...oldPlan } = records.plans;
    expect(decodePlan(oldPlan).rev).toBe(0);
  });

  it('fills defaults for fields a record gained later', () => {
    const goal = decodeGoal({ ...records.goals, actionSteps: undefined });
    expect(goal.actionSteps).toEqual([]);
    const checkIn = decodeCheckIn({ id: 'c', goalId: 'g', date: '2026-03-01' });
    expect(checkIn).toEqual({
      id: 'c',
      goalId: 'g',
      date: '2026-03-01',
      teacherNote: '',
      reflection: '',
      confidence: null,
      nextDate: null,
      rev: 0,
    });
  });

  it('does not share default lists between records', () => {
    const a = decodePlan({ id: 'a', classId: 'c', date: '', body: {}, createdAt: NOW });
    const b = decodePlan({ id: 'b', classId: 'c', date: '', body: {}, createdAt: NOW });
    a.body.stations.push(body.stations[0]!);
    expect(b.body.stations).toEqual([]);
  });
});

describe('older plan shapes', () => {
  it('a plan whose body is {} decodes to a whole, editable plan body', () => {
    const plan = decodePlan({
      id: 'p',
      classId: 'c',
      date: '2026-03-03',
      groupingId: null,
      title: 'Old',
      body: {},
      createdAt: NOW,
    });
    expect(plan.body).toEqual({
      model: 'station',
      dates: ['2026-03-03'],
      start: '09:00',
      minutesPerStation: 15,
      transitionMinutes: 2,
      stations: [],
      groups: [],
      screenLimitPerDay: DEFAULT_SCREEN_LIMIT_PER_DAY,
      notes: '',
    });
    expect(plan.shape).toBe(PLAN_SHAPE);
    expect(plan.rev).toBe(0);
  });

  it('fills what older stations and groups lack, and keeps what they have', () => {
    const plan = decodePlan({
      id: 'p',
      classId: 'c',
      date: '2026-03-03',
      createdAt: NOW,
      body: {
        stations: [{ id: 's', name: 'T', kind: 'teacher' }],
        groups: [{ id: 'g', name: 'G' }],
        minutesPerStation: 20,
      },
    });
    expect(plan.groupingId).toBeNull();
    expect(plan.title).toBe('');
    expect(plan.body.minutesPerStation).toBe(20);
    expect(plan.body.stations).toEqual([
      { id: 's', name: 'T', kind: 'teacher', adult: null, activities: {} },
    ]);
    expect(plan.body.groups).toEqual([{ id: 'g', name: 'G', color: '#4f5d75', studentIds: [] }]);
  });

  it('decodePlanBody alone fills the same defaults', () => {
    expect(decodePlanBody({}).stations).toEqual([]);
    expect(decodePlanBody({}).dates).toEqual([]);
  });

  it('a review written before kinds reads as a received one, or a coach’s when it keeps a bundle', () => {
    const old = { id: 'r', planId: 'p', reviewer: 'Coach', createdAt: NOW, lookFors: [] };
    expect(decodeReview(old)).toMatchObject({ kind: 'received', fileChecksum: '' });
  });
});

describe('refusing what cannot be read', () => {
  const problem = (r: { ok: true } | { ok: false; problem: string }) => (r.ok ? 'ok' : r.problem);

  it('names the field and what is wrong', () => {
    expect(problem(checkStudent({ ...records.students, givenName: { first: 'A' } }))).toBe(
      'givenName: expected text, got an object',
    );
    expect(problem(checkEvidence({ ...records.evidence, score: '3' }))).toBe(
      'score: expected a number, got text ("3")',
    );
    expect(problem(checkGoal({ ...records.goals, skills: 'sk1' }))).toBe(
      'skills: expected a list, got text ("sk1")',
    );
    expect(problem(checkPlan({ ...records.plans, body: { ...body, stations: 'three' } }))).toBe(
      'body.stations: expected a list, got text ("three")',
    );
    expect(
      problem(
        checkPlan({ ...records.plans, body: { ...body, stations: [{ ...body.stations[0], kind: 'lab' }] } }),
      ),
    ).toBe(
      "body.stations[0].kind: expected one of 'teacher', 'online', 'collaborative', 'independent', 'offline', got text (\"lab\")",
    );
    expect(problem(checkClass({ ...records.classes, archived: true }))).toMatch(/^archived: /);
    expect(problem(checkStudent({ ...records.students, id: undefined }))).toBe('id: missing (expected text)');
    expect(problem(checkStudent('Aoife'))).toBe('expected an object, got text ("Aoife")');
  });

  it('refuses a review of an unknown kind, and a setting whose value does not fit its key', () => {
    expect(problem(checkReview({ ...records.reviews, kind: 'peer' }))).toMatch(/^kind: /);
    expect(problem(checkSetting({ key: 'firstRunDone', value: 'yes' }))).toBe(
      'value: expected true or false, got text ("yes")',
    );
    expect(problem(checkSetting({ key: 'somethingElse', value: { any: 1 } }))).toBe('ok');
  });

  it('decode throws a RecordProblem with the same words', () => {
    expect(() => decodeStudent({ ...records.students, givenName: 3 })).toThrow(RecordProblem);
    expect(() => decodeStudent({ ...records.students, givenName: 3 })).toThrow(
      'givenName: expected text, got the number 3',
    );
  });

  it('checks assessment profiles kept in settings', () => {
    const profile = {
      id: 'ap1',
      name: 'i-Ready',
      headersSignature: ['Student ID', 'Score'],
      mapping: { studentId: 0, score: 1, skillColumns: [] },
      valueKind: 'scale_score',
      scaleScoreCuts: [{ min: 500, points: 4 }],
      defaultSource: 'i-Ready',
    };
    expect(decodeAssessmentProfile(profile)).toEqual(profile);
    expect(decodeSetting({ key: 'assessmentProfiles', value: [profile] })).toEqual({
      key: 'assessmentProfiles',
      value: [profile],
    });
    expect(
      problem(checkSetting({ key: 'assessmentProfiles', value: [{ ...profile, mapping: { score: 'B' } }] })),
    ).toBe('value[0].mapping.score: expected a number, got text ("B")');
  });
});

describe('plan bundles read their body through the same schema', () => {
  it('a bundle still reads, and a body of the wrong shape is refused', () => {
    const bundle: PlanBundle = makePlanBundle(
      {
        plan: { id: 'p1', title: 'Tuesday', date: '2026-03-03', body },
        grouping: null,
        skills: [],
        mastery: {
          scale: decodeClass(records.classes).mastery!.scale,
          method: { kind: 'latest' },
          summaries: {},
        },
        students: [
          { id: 'st1', name: 'Aoife' },
          { id: 'st2', name: 'Ben' },
        ],
        className: '6A',
      },
      { appVersion: '1', exportedAt: NOW, pseudonymise: false },
    );
    const read = readPlanBundle(serializeBundle(bundle));
    expect(read.ok && read.bundle.content.plan.body).toEqual(body);
  });
});
