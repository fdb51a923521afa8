// What a database written by each shipped schema version holds: one realistic record per table,
// in the shape that version wrote. Add an entry when a version ships; never edit an old one.
export const writtenBy: Record<number, Record<string, Record<string, unknown>[]>> = {
  1: {
    classes: [{ id: 'c1', name: 'Grade 6 Math', subject: 'Math', grade: '6', term: 'Fall', archived: 0, createdAt: '2026-09-01T12:00:00.000Z' }],
    students: [
      { id: 's1', givenName: 'Zoë', familyName: "O'Connor", preferredName: '', studentNumber: '004512', email: '', notes: '', archived: 0, createdAt: '2026-09-01T12:00:00.000Z' },
    ],
    enrollments: [{ id: 'e1', classId: 'c1', studentId: 's1', section: '2', archived: 0 }],
    frameworks: [{ id: 'f1', title: 'CCSS Math 6', creator: 'CCSS', identifier: '' }],
    skills: [{ id: 'k1', frameworkId: 'f1', code: '6.RP.A.1', statement: 'Ratio language', parentId: null, order: 0 }],
    classSkills: [{ id: 'cs1', classId: 'c1', skillId: 'k1', order: 0 }],
    evidence: [{ id: 'ev1', classId: 'c1', studentId: 's1', skillId: 'k1', score: 3, date: '2026-09-10', source: 'Exit ticket 1', note: '', raw: '80%', createdAt: '2026-09-10T15:00:00.000Z' }],
    goals: [{ id: 'g1', classId: 'c1', studentId: 's1', title: 'I can use ratio language', skills: [{ skillId: 'k1', target: 3 }], startDate: '2026-09-01', dueDate: '2026-10-01', actionSteps: [], createdAt: '2026-09-01T12:00:00.000Z' }],
    checkIns: [{ id: 'ci1', goalId: 'g1', date: '2026-09-15', teacherNote: 'Good start', reflection: 'I get it', confidence: 3, nextDate: '2026-09-22' }],
    groupings: [{ id: 'gr1', classId: 'c1', date: '2026-09-12', name: 'RP groups', skillIds: ['k1'], strategy: 'similar', groups: [{ name: 'A', color: '#123456', studentIds: ['s1'] }], createdAt: '2026-09-12T12:00:00.000Z' }],
    plans: [{ id: 'p1', classId: 'c1', date: '2026-09-13', groupingId: 'gr1', title: 'Rotation', body: {}, createdAt: '2026-09-12T12:00:00.000Z' }],
    reviews: [{ id: 'r1', planId: 'p1', reviewer: 'Coach', createdAt: '2026-09-14T12:00:00.000Z', lookFors: [] }],
    comments: [{ id: 'cm1', reviewId: 'r1', anchor: { kind: 'plan', ref: 'p1' }, text: 'Nice', resolved: 0, createdAt: '2026-09-14T12:00:00.000Z' }],
    settings: [{ key: 'firstRunDone', value: true }],
  },
  2: {
    plays: [
      {
        id: 'pl1',
        name: 'My Friday stations',
        description: 'Three stations, longer teacher time',
        model: 'station',
        stations: [{ name: 'Teacher table', kind: 'teacher', adult: 'teacher' }],
        minutesPerStation: 18,
        transitionMinutes: 2,
        suggestedGroups: 3,
        createdAt: '2026-11-20T12:00:00.000Z',
      },
    ],
  },
  // Derived tables only: version 3 writes nothing a teacher typed, and its upgrade builds the
  // cells of every earlier version's evidence.
  3: {},
  // Indexes only (and `archived` written where older rows left it to the decode's default).
  4: {},
};
