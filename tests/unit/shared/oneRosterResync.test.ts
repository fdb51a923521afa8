import { describe, expect, it } from 'vitest';
import { parseOneRoster } from '../../../shared';
import { countPlan, pickPlan, planRosterSync, type RosterSnapshot } from '../../../shared/import/oneRoster/resync';

const lines = (...l: string[]) => l.join('\r\n') + '\r\n';
const USERS = 'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';
const CLASSES = 'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods';
const ENROLLMENTS = 'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate';
const SESSIONS = 'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear';

type Person = [id: string, given: string, family: string, number?: string, email?: string, status?: string];

function bundle(options: {
  people: Person[];
  classes: [id: string, title: string, status?: string][];
  enrol: [cls: string, user: string, status?: string][];
  mode?: 'bulk' | 'delta';
}) {
  const mode = options.mode ?? 'bulk';
  return parseOneRoster({
    'manifest.csv': lines('propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', `file.users,${mode}`, `file.classes,${mode}`, `file.enrollments,${mode}`, `file.academicSessions,${mode}`),
    'users.csv': lines(
      USERS,
      't1,,,true,org1,teacher,kb,,Kate,Byrne,,T-1,,,,,,',
      ...options.people.map(([id, given, family, number = '', email = '', status = '']) => `${id},${status},,true,org1,student,${id},,${given},${family},,${number},${email},,,,07,`),
    ),
    'classes.csv': lines(CLASSES, ...options.classes.map(([id, title, status = '']) => `${id},${status},,${title},07,,${id.toUpperCase()},scheduled,,org1,"fall,spring",Maths,,1`)),
    'enrollments.csv': lines(
      ENROLLMENTS,
      ...options.classes.map(([id]) => `e-t-${id},,,${id},org1,t1,teacher,true,,`),
      ...options.enrol.map(([cls, user, status = ''], i) => `e${i},${status},,${cls},org1,${user},student,false,,`),
    ),
    'academicSessions.csv': lines(SESSIONS, 'fall,,,Fall 2026,semester,2026-08-20,2026-12-18,,2027', 'spring,,,Spring 2027,semester,2027-01-05,2027-05-28,,2027'),
  });
}

const empty: RosterSnapshot = { classes: [], students: [], enrollments: [] };

const FIRST = bundle({
  people: [
    ['s1', 'Aoife', 'Byrne', '5001', 'aoife@school.ie'],
    ['s2', 'José', 'Núñez', '5002'],
    ['s3', 'Mary', 'Archer', '5003'],
  ],
  classes: [['c1', 'Maths 7']],
  enrol: [
    ['c1', 's1'],
    ['c1', 's2'],
    ['c1', 's3'],
  ],
});

/** What is on file after FIRST was imported: every record carries its sourcedId. */
const AFTER_FIRST: RosterSnapshot = {
  classes: [{ id: 'C1', sourcedId: 'c1', name: 'Maths 7', subject: 'Maths', grade: '07', term: 'Fall 2026 + Spring 2027', termStart: '2026-08-20', termEnd: '2027-05-28', archived: 0 }],
  students: [
    { id: 'S1', sourcedId: 's1', givenName: 'Aoife', familyName: 'Byrne', preferredName: '', studentNumber: '5001', email: 'aoife@school.ie' },
    { id: 'S2', sourcedId: 's2', givenName: 'José', familyName: 'Núñez', preferredName: '', studentNumber: '5002', email: '' },
    { id: 'S3', sourcedId: 's3', givenName: 'Mary', familyName: 'Archer', preferredName: '', studentNumber: '5003', email: '' },
  ],
  enrollments: [
    { id: 'E1', classId: 'C1', studentId: 'S1', archived: 0 },
    { id: 'E2', classId: 'C1', studentId: 'S2', archived: 0 },
    { id: 'E3', classId: 'C1', studentId: 'S3', archived: 0 },
  ],
};

describe('planRosterSync', () => {
  it('plans a first import: every class, student and enrollment new, with the class term and its dates', () => {
    const plan = planRosterSync(FIRST, empty);
    expect(plan.classes).toEqual([
      expect.objectContaining({
        key: 'c1',
        status: 'new',
        classId: null,
        fields: { sourcedId: 'c1', name: 'Maths 7', subject: 'Maths', grade: '07', term: 'Fall 2026 + Spring 2027', termStart: '2026-08-20', termEnd: '2027-05-28' },
        teachers: ['Kate Byrne'],
        studentKeys: ['s1', 's2', 's3'],
        joining: 3,
        leaving: [],
      }),
    ]);
    expect(plan.students.map((s) => [s.key, s.status, s.fields.studentNumber])).toEqual([
      ['s1', 'new', '5001'],
      ['s2', 'new', '5002'],
      ['s3', 'new', '5003'],
    ]);
    expect(plan.enroll).toHaveLength(3);
  });

  it('plans nothing new when the same export comes again: classes and students match by sourcedId', () => {
    const plan = planRosterSync(FIRST, AFTER_FIRST);
    expect(plan.classes.map((c) => [c.status, c.classId, c.matchedBy])).toEqual([['same', 'C1', 'sourcedId']]);
    expect(plan.students.map((s) => [s.status, s.studentId])).toEqual([
      ['same', 'S1'],
      ['same', 'S2'],
      ['same', 'S3'],
    ]);
    expect(plan.enroll).toEqual([]);
    expect(plan.classes[0]!.leaving).toEqual([]);
    expect(countPlan(plan)).toEqual({ newClasses: 0, updatedClasses: 0, newStudents: 0, updatedStudents: 0, byName: 0, joining: 0, leaving: 0 });
  });

  it('updates names, e-mails and the term; withdraws a student gone from the export; adds a new one', () => {
    const second = bundle({
      people: [
        ['s1', 'Aoife', 'Ní Bhriain', '5001', 'aoife.nb@school.ie'],
        ['s2', 'José', 'Núñez', '5002'],
        ['s4', 'Zoë', 'Quinn', '5004'],
      ],
      classes: [['c1', 'Maths 7 (Set 1)']],
      enrol: [
        ['c1', 's1'],
        ['c1', 's2'],
        ['c1', 's4'],
      ],
    });
    const onFile = { ...AFTER_FIRST, classes: [{ ...AFTER_FIRST.classes[0]!, term: 'Fall 2026' }] };
    const plan = planRosterSync(second, onFile);
    const [cls] = plan.classes;
    expect(cls).toMatchObject({ status: 'update', classId: 'C1', joining: 1 });
    expect(cls!.changes).toEqual([
      { field: 'name', from: 'Maths 7', to: 'Maths 7 (Set 1)' },
      { field: 'term', from: 'Fall 2026', to: 'Fall 2026 + Spring 2027' },
    ]);
    expect(cls!.leaving).toEqual([{ enrollmentId: 'E3', classKey: 'c1', studentId: 'S3', name: 'Mary Archer', why: 'gone' }]);
    const aoife = plan.students.find((s) => s.key === 's1')!;
    expect(aoife).toMatchObject({ status: 'update', studentId: 'S1' });
    expect(aoife.changes).toEqual([
      { field: 'last name', from: 'Byrne', to: 'Ní Bhriain' },
      { field: 'e-mail', from: 'aoife@school.ie', to: 'aoife.nb@school.ie' },
    ]);
    expect(plan.students.find((s) => s.key === 's4')).toMatchObject({ status: 'new', studentId: null });
    expect(plan.enroll).toEqual([{ classKey: 'c1', studentKey: 's4', enrollmentId: null }]);
    expect(countPlan(plan)).toMatchObject({ newStudents: 1, updatedStudents: 1, updatedClasses: 1, joining: 1, leaving: 1 });
  });

  it('a blank in the export never clears what is on file', () => {
    const again = bundle({ people: [['s1', 'Aoife', 'Byrne', '5001', '']], classes: [['c1', 'Maths 7']], enrol: [['c1', 's1']] });
    const plan = planRosterSync(again, AFTER_FIRST);
    expect(plan.students[0]).toMatchObject({ status: 'same', changes: [] });
  });

  it('ends the enrollment of a student or an enrollment marked tobedeleted, even in a delta export', () => {
    const delta = bundle({
      mode: 'delta',
      people: [
        ['s1', 'Aoife', 'Byrne', '5001', '', 'active'],
        ['s2', 'José', 'Núñez', '5002', '', 'tobedeleted'],
      ],
      classes: [['c1', 'Maths 7', 'active']],
      enrol: [
        ['c1', 's1', 'tobedeleted'],
        ['c1', 's2', 'active'],
      ],
    });
    const plan = planRosterSync(delta, AFTER_FIRST);
    // Mary (s3) is not in a delta export: that says nothing about her, so she stays.
    expect(plan.classes[0]!.leaving.map((w) => [w.studentId, w.why])).toEqual([
      ['S1', 'tobedeleted'],
      ['S2', 'tobedeleted'],
    ]);
    expect(plan.enroll).toEqual([]);
  });

  it('reports a class marked tobedeleted with a note and never imports it', () => {
    const withGone = bundle({
      people: [['s1', 'Aoife', 'Byrne', '5001']],
      classes: [
        ['c1', 'Maths 7'],
        ['c2', 'Old Maths', 'tobedeleted'],
      ],
      enrol: [
        ['c1', 's1'],
        ['c2', 's1'],
      ],
    });
    const plan = planRosterSync(withGone, empty);
    const gone = plan.classes.find((c) => c.key === 'c2')!;
    expect(gone).toMatchObject({ status: 'deleted', note: expect.stringContaining('marks this class to be deleted') });
    const picked = pickPlan(plan, new Set(['c1', 'c2']));
    expect(picked.classes.map((c) => c.key)).toEqual(['c1']);
    expect(picked.enroll.map((e) => e.classKey)).toEqual(['c1']);
  });

  it('matches a class imported before sourcedIds were kept by its name, once, and never a sample class', () => {
    const onFile: RosterSnapshot = {
      classes: [
        { id: 'OLD', name: 'Maths 7', subject: '', grade: '', term: '', archived: 0 },
        { id: 'SAMPLE', name: 'Maths 7', subject: '', grade: '', term: '', archived: 0, sample: 1 },
      ],
      students: [],
      enrollments: [],
    };
    const plan = planRosterSync(FIRST, onFile);
    expect(plan.classes[0]).toMatchObject({ classId: 'OLD', matchedBy: 'name', status: 'update' });
    expect(plan.classes[0]!.changes.map((c) => c.field)).toEqual(['subject', 'grade', 'term', 'term start', 'term end', 'school system id']);
  });

  it('matches students by student number, and by name only a student with no id; two ids never merge', () => {
    const onFile: RosterSnapshot = {
      classes: [],
      students: [
        // imported before sourcedIds were kept: the school id was the student number
        { id: 'A', givenName: 'Aoife', familyName: 'Byrne', preferredName: '', studentNumber: '5001', email: '' },
        // typed by hand, no id: matched by name, for the teacher to check
        { id: 'J', givenName: 'José', familyName: 'Núñez', preferredName: '', studentNumber: '', email: '' },
        // same name, another id: a different child
        { id: 'M', givenName: 'Mary', familyName: 'Archer', preferredName: '', studentNumber: '9999', email: '' },
      ],
      enrollments: [],
    };
    const plan = planRosterSync(FIRST, onFile);
    expect(plan.students.map((s) => [s.key, s.studentId, s.matchedBy])).toEqual([
      ['s1', 'A', 'studentNumber'],
      ['s2', 'J', 'name'],
      ['s3', null, null],
    ]);
    expect(countPlan(plan).byName).toBe(1);
  });

  it('never puts one student on file in a class twice, nor claims one student for two people', () => {
    const twoClasses = bundle({
      people: [
        ['s1', 'Aoife', 'Byrne', '5001'],
        ['s9', 'Aoife', 'Byrne', '5001'],
      ],
      classes: [
        ['c1', 'Maths 7'],
        ['c2', 'Science 7'],
      ],
      enrol: [
        ['c1', 's1'],
        ['c2', 's1'],
        ['c2', 's9'],
      ],
    });
    const plan = planRosterSync(twoClasses, { classes: [], students: [{ id: 'A', givenName: 'Aoife', familyName: 'Byrne', preferredName: '', studentNumber: '5001', email: '' }], enrollments: [] });
    expect(plan.students.map((s) => [s.key, s.studentId])).toEqual([
      ['s1', 'A'],
      ['s9', null],
    ]);
    const pairs = plan.enroll.map((e) => `${e.classKey}/${e.studentKey}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('takes up again an enrollment an earlier sync ended, but leaves one the teacher archived', () => {
    const onFile: RosterSnapshot = {
      ...AFTER_FIRST,
      enrollments: [
        { id: 'E1', classId: 'C1', studentId: 'S1', archived: 1, endedOn: '2026-10-01' },
        { id: 'E2', classId: 'C1', studentId: 'S2', archived: 1 },
        { id: 'E3', classId: 'C1', studentId: 'S3', archived: 0 },
      ],
    };
    const plan = planRosterSync(FIRST, onFile);
    expect(plan.enroll).toEqual([{ classKey: 'c1', studentKey: 's1', enrollmentId: 'E1' }]);
    expect(plan.classes[0]!.leaving).toEqual([]);
  });
});

describe('planRosterSync with a delta export', () => {
  it('applies enrollment changes to a class on file that the delta does not list', () => {
    const delta = parseOneRoster({
      'manifest.csv': lines('propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', 'file.users,delta', 'file.classes,absent', 'file.enrollments,delta'),
      'users.csv': lines(USERS, 's5,active,2026-11-01,true,org1,student,s5,,Noor,Haddad,,5005,,,,,07,'),
      'enrollments.csv': lines(ENROLLMENTS, 'e9,active,2026-11-01,c1,org1,s5,student,false,,', 'e3,tobedeleted,2026-11-01,c1,org1,s3,student,false,,'),
    });
    const plan = planRosterSync(delta, AFTER_FIRST);
    expect(plan.classes.map((c) => [c.key, c.classId, c.status])).toEqual([['c1', 'C1', 'same']]);
    expect(plan.enroll).toEqual([{ classKey: 'c1', studentKey: 's5', enrollmentId: null }]);
    // s3 is not in this delta's users.csv (unchanged), but is on file by sourcedId: their enrollment ends.
    expect(plan.classes[0]!.leaving.map((w) => [w.studentId, w.name, w.why])).toEqual([['S3', 'Mary Archer', 'tobedeleted']]);
    expect(plan.students.find((p) => p.key === 's3')).toBeUndefined();
  });
});
