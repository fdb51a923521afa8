import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseOneRoster, type RosterImport } from '../../../shared';

// Header lines as real exports write them (catalyst, Ed-Fi, oat-sa, SDS; see shared/realdata).
const HEADERS: Record<string, string[]> = {
  'manifest.csv': ['propertyName,value'],
  'users.csv': [
    'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
    'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,prefferedGivenName,prefferedMiddleName,prefferedFamilyName,primaryOrgSourcedId,pronouns',
    'sourcedId,status,dateLastModified,orgSourcedIds,role,username,userId,givenName,familyName,identifier,email,sms,phone,agents',
    'sourcedId,enabledUser,status,dateLastModified,orgSourcedIds,role,username,userId,givenName,familyName,identifier,email,sms,phone,agents,ext_a',
    'sourcedId,username,givenName,familyName,password,activeDirectoryMatchId,email,phone,sms',
  ],
  'classes.csv': [
    'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods',
    'sourcedId,status,dateLastModified,title,grade,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedId,subjects',
    'sourcedId,orgSourcedId,title,sessionSourcedIds,courseSourcedId',
  ],
  'enrollments.csv': [
    'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate',
    'sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role,status,dateLastModified,primary',
    'classSourcedId,userSourcedId,role',
  ],
  'roles.csv': [
    'sourcedId,status,dataLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,,',
    'userSourcedId,orgSourcedId,role,sessionSourcedId,grade,isPrimary,roleStartDate,roleEndDate',
  ],
};

const CELLS = [
  '', 'u1', 'u2', '007', 'c1', 'c2', 'student', 'Teacher', 'parent', 'professor', 'TRUE', 'false', 'active',
  'tobedeleted', 'inactive', 'delta', 'bulk', 'absent', '1.1', '1.2.1', 'oneroster.version', 'file.users',
  'Scheduled', '"09,10"', '2024-01-02', '1/05/2023', 'primary', 'secondary', '""', '"', '\uFEFF', ' ',
];

const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 8 }));
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A CSV-ish file: a real header (maybe mangled) and rows of random cells. */
const csvish = (name: string) =>
  fc
    .tuple(
      fc.constantFrom(...(HEADERS[name] ?? [''])),
      fc.array(fc.array(cell, { maxLength: 25 }), { maxLength: 8 }),
      lineEnd,
      fc.boolean(),
    )
    .map(([header, rows, nl, bom]) => (bom ? '\uFEFF' : '') + [header, ...rows.map((r) => r.join(','))].join(nl));

const fileName = fc.oneof(
  fc.constantFrom('manifest.csv', 'users.csv', 'USERS.CSV', 'classes.csv', 'enrollments.csv', 'roles.csv', 'userprofiles.csv', 'orgs.csv', 'x/users.csv', 'readme.txt'),
  fc.string({ maxLength: 12 }),
);

function holds(r: RosterImport) {
  expect(Array.isArray(r.problems)).toBe(true);
  expect(['1.0', '1.1', '1.2']).toContain(r.version);
  expect(['bulk', 'delta']).toContain(r.mode);
  for (const p of r.problems) {
    expect(typeof p.file).toBe('string');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning']).toContain(p.severity);
  }
  for (const person of [...r.students, ...r.teachers]) expect(typeof person.sourcedId).toBe('string');
}

describe('parseOneRoster never throws or hangs', () => {
  it('on any record of file names to arbitrary text', () => {
    fc.assert(
      fc.property(fc.dictionary(fileName, fc.string({ maxLength: 200 }), { maxKeys: 6 }), (files) => {
        holds(parseOneRoster(files));
      }),
      { numRuns: 200 },
    );
  });

  it('on CSV-ish bundles built from real headers with random cells', () => {
    const bundle = fc.record(
      {
        'manifest.csv': csvish('manifest.csv'),
        'users.csv': csvish('users.csv'),
        'classes.csv': csvish('classes.csv'),
        'enrollments.csv': csvish('enrollments.csv'),
        'roles.csv': csvish('roles.csv'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(bundle, (files) => {
        holds(parseOneRoster(files as Record<string, string>));
      }),
      { numRuns: 200 },
    );
  });

  it('in reasonable time on a big bundle', () => {
    const users = ['sourcedId,role,givenName,familyName', ...Array.from({ length: 5000 }, (_, i) => `u${i},Student,A${i},B`)].join('\n');
    const enrollments = ['classSourcedId,userSourcedId,role', ...Array.from({ length: 20000 }, (_, i) => `c${i % 50},u${i % 6000},student`)].join('\n');
    const started = Date.now();
    const r = parseOneRoster({ 'users.csv': users, 'enrollments.csv': enrollments });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.students).toHaveLength(5000);
    expect(r.problems.length).toBeLessThan(40);
  });
});
