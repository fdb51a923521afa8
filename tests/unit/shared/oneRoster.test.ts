import { describe, it, expect } from 'vitest';
import { parseOneRoster, type RosterImport } from '../../../shared';

const csv = (...lines: string[]) => lines.join('\n') + '\n';

const MANIFEST_11 = csv(
  'propertyName,value',
  'manifest.version,1.0',
  'oneroster.version,1.1',
  'file.classes,bulk',
  'file.enrollments,bulk',
  'file.users,bulk',
  'file.orgs,absent',
);

const manifest = (version: string, mode: 'bulk' | 'delta', files = ['users', 'classes', 'enrollments', 'roles']) =>
  csv('propertyName,value', 'manifest.version,1.0', `oneroster.version,${version}`, ...files.map((f) => `file.${f},${mode}`));

const USERS_11_HEADER =
  'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';
const CLASSES_HEADER =
  'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods';
const ENROLLMENTS_HEADER = 'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate';
const USERS_12_HEADER =
  'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns';
const ROLES_HEADER = 'sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId';

/** A clean 1.1 bulk bundle: one class, a teacher, two students, a parent. */
function bundle11(): Record<string, string> {
  return {
    'manifest.csv': MANIFEST_11,
    'users.csv': csv(
      USERS_11_HEADER,
      't1,,,true,org1,teacher,ada.t,,Ada,Teacher,,T-1,ada@school.org,,,,,',
      '007,,,true,org1,student,bo,,Bo,Student,Q,00123,bo@school.org,,,,"09,10",',
      's2,,,false,org1,student,cy,,Cy,Pupil,,00124,,,,,09,',
      'p1,,,true,org1,parent,pa,,Pa,Rent,,,,,,007,,',
    ),
    'classes.csv': csv(
      CLASSES_HEADER,
      '0100,,,Maths 7,"07,08",c1,M7,scheduled,Room 1,org1,"term1,term2","Maths, Numeracy",,"1,2"',
    ),
    'enrollments.csv': csv(
      ENROLLMENTS_HEADER,
      'e1,,,0100,org1,t1,teacher,true,2024-09-01,2025-06-30',
      'e2,,,0100,org1,007,student,false,,',
      'e3,,,0100,org1,s2,student,,,',
    ),
  };
}

const messages = (r: RosterImport) => r.problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`);
const ids = (people: { sourcedId: string }[]) => people.map((p) => p.sourcedId);

describe('parseOneRoster: versions', () => {
  it('reads a clean 1.1 bulk bundle with no problems', () => {
    const r = parseOneRoster(bundle11());
    expect(r.problems).toEqual([]);
    expect(r.version).toBe('1.1');
    expect(r.mode).toBe('bulk');
    expect(ids(r.teachers)).toEqual(['t1']);
    expect(ids(r.students)).toEqual(['007', 's2']); // the parent is neither
    expect(r.students[0]).toEqual({
      sourcedId: '007',
      givenName: 'Bo',
      familyName: 'Student',
      middleName: 'Q',
      preferredFirstName: '',
      email: 'bo@school.org',
      username: 'bo',
      identifier: '00123',
      enabledUser: true,
      orgSourcedIds: ['org1'],
      grades: ['09', '10'],
    });
    expect(r.students[1]?.enabledUser).toBe(false);
    expect(r.classes).toEqual([
      {
        sourcedId: '0100',
        title: 'Maths 7',
        classCode: 'M7',
        classType: 'scheduled',
        courseSourcedId: 'c1',
        schoolSourcedId: 'org1',
        termSourcedIds: ['term1', 'term2'],
        subjects: ['Maths', 'Numeracy'],
        grades: ['07', '08'],
        periods: ['1', '2'],
      },
    ]);
    expect(r.enrollments[0]).toEqual({
      sourcedId: 'e1',
      classSourcedId: '0100',
      userSourcedId: 't1',
      role: 'teacher',
      primary: true,
      beginDate: '2024-09-01',
      endDate: '2025-06-30',
    });
    expect(r.enrollments.map((e) => e.userSourcedId)).toEqual(['t1', '007', 's2']);
  });

  it('reads a 1.0 bundle (no manifest, 1.0 layout and names) without complaint', () => {
    const r = parseOneRoster({
      'users.csv': csv(
        'sourcedId,status,dateLastModified,orgSourcedIds,role,username,userId,givenName,familyName,identifier,email,sms,phone,agents',
        '0042,,,255901001,student,Mary Archer,,Mary,Archer,,mary@x.org,,,',
        '207270,,,255901001,teacher,K C,,Kelley,Christian,,,,,',
      ),
      'classes.csv': csv(
        'sourcedId,status,dateLastModified,title,grade,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedId,subjects',
        'ALG1,,,ALG-1,9,03100500,Algebra I,scheduled,220,255901001,"fall,spring",Algebra I',
      ),
      'enrollments.csv': csv(
        'sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role,status,dateLastModified,primary',
        'E1,ALG1,255901001,0042,student,,,',
        'E2,ALG1,255901001,207270,teacher,,,true',
      ),
    });
    expect(r.version).toBe('1.0');
    expect(r.mode).toBe('bulk');
    expect(r.problems).toEqual([]);
    expect(ids(r.students)).toEqual(['0042']);
    expect(ids(r.teachers)).toEqual(['207270']);
    expect(r.classes[0]).toMatchObject({ grades: ['9'], termSourcedIds: ['fall', 'spring'], courseSourcedId: '03100500' });
    expect(r.enrollments[1]).toMatchObject({ role: 'teacher', primary: true });
  });

  it('reads 1.2 roles from roles.csv: primary role first, parents and guardians are neither', () => {
    const r = parseOneRoster({
      'manifest.csv': manifest('1.2.1', 'bulk'),
      'users.csv': csv(
        USERS_12_HEADER,
        'u1,,,true,jd,,John,Doe,,,,,,,,,,Johnny,,,sch1,',
        'u2,,,true,mj,,Mary,Jones,,,,,,,11,,,MJ,,,sch1,',
        'u3,,,true,tj,,Tom,Jones,,,,,,,,,,,,,sch1,',
        'u4,,,true,al,,Al,Aide,,,,,,,,,,,,,sch1,',
      ),
      'roles.csv': csv(
        ROLES_HEADER,
        'r1,,,u1,secondary,guardian,,,sch1,',
        'r2,,,u1,primary,teacher,,,sch1,',
        'r3,,,u2,primary,student,,,sch2,',
        'r4,,,u3,primary,parent,,,sch1,',
        'r5,,,u4,primary,aide,,,sch1,',
      ),
      'classes.csv': csv(CLASSES_HEADER, 'c1,,,Physics,,crs,,homeroom,,sch1,t1,,,'),
      'enrollments.csv': csv(ENROLLMENTS_HEADER, 'e1,,,c1,sch1,u1,teacher,,,', 'e2,,,c1,sch1,u2,student,,,'),
    });
    expect(r.version).toBe('1.2');
    expect(r.problems).toEqual([]);
    expect(ids(r.teachers)).toEqual(['u1']);
    expect(ids(r.students)).toEqual(['u2']);
    expect(r.teachers[0]?.preferredFirstName).toBe('Johnny');
    expect(r.students[0]?.orgSourcedIds).toEqual(['sch1', 'sch2']);
    expect(r.students[0]?.grades).toEqual(['11']);
  });

  it('falls back on enrollments for roles when a 1.2 bundle has no roles.csv', () => {
    const r = parseOneRoster({
      'manifest.csv': manifest('1.2', 'bulk', ['users', 'classes', 'enrollments']),
      'users.csv': csv(USERS_12_HEADER, 'u1,,,true,jd,,John,Doe,,,,,,,,,,,,,,', 'u2,,,true,mj,,Mary,Jones,,,,,,,,,,,,,,'),
      'classes.csv': csv(CLASSES_HEADER, 'c1,,,Physics,,crs,,scheduled,,sch1,t1,,,'),
      'enrollments.csv': csv(ENROLLMENTS_HEADER, 'e1,,,c1,sch1,u1,teacher,,,', 'e2,,,c1,sch1,u2,student,,,'),
    });
    expect(ids(r.teachers)).toEqual(['u1']);
    expect(ids(r.students)).toEqual(['u2']);
    expect(messages(r)).toEqual([expect.stringMatching(/warning users\.csv:1 .*roles\.csv.*taken from enrollments\.csv/)]);
  });

  it('takes the version from oneroster.version, guessing when it is missing or unknown', () => {
    const withVersion = (v: string) => parseOneRoster({ ...bundle11(), 'manifest.csv': manifest(v, 'bulk', []) }).version;
    expect(withVersion('1.1')).toBe('1.1');
    expect(withVersion('1.2')).toBe('1.2');
    expect(withVersion('1.2.1')).toBe('1.2');
    expect(withVersion('1.0')).toBe('1.0');
    const unknown = parseOneRoster({ ...bundle11(), 'manifest.csv': manifest('7', 'bulk', []) });
    expect(unknown.version).toBe('1.1'); // users.csv has the 1.1 layout and there is no roles.csv
    expect(messages(unknown).join('\n')).toMatch(/"7"/);
    const none = parseOneRoster({ ...bundle11(), 'manifest.csv': csv('propertyName,value', 'file.users,bulk') });
    expect(none.version).toBe('1.1');
    expect(messages(none).join('\n')).toMatch(/no "oneroster\.version"/);
  });
});

describe('parseOneRoster: delta', () => {
  it('reads delta mode from the manifest and keeps status on every record', () => {
    const r = parseOneRoster({
      'manifest.csv': manifest('1.2', 'delta'),
      'users.csv': csv(USERS_12_HEADER, 'u1,active,2024-01-02T03:04:05.000Z,true,bw,,Bruce,Wayne,,,,,,,,,,,,,,', 'u2,tobedeleted,2024-01-02,true,x,,Old,Kid,,,,,,,,,,,,,,'),
      'roles.csv': csv(ROLES_HEADER, 'r1,active,2024-01-02,u1,primary,student,,,o1,', 'r2,active,2024-01-02,u2,primary,student,,,o1,'),
      'classes.csv': csv(CLASSES_HEADER, 'c1,tobedeleted,2024-01-02,Gone,,crs,,scheduled,,o1,t1,,,'),
      'enrollments.csv': csv(ENROLLMENTS_HEADER, 'e1,active,2024-01-02,c1,o1,u1,student,,,', 'e2,,2024-01-02,c9,o1,u1,student,,,'),
    });
    expect(r.mode).toBe('delta');
    expect(r.students.map((s) => [s.sourcedId, s.status])).toEqual([
      ['u1', 'active'],
      ['u2', 'tobedeleted'],
    ]);
    expect(r.classes[0]?.status).toBe('tobedeleted');
    expect(r.enrollments.map((e) => e.status)).toEqual(['active', 'active']);
    const text = messages(r).join('\n');
    expect(text).toMatch(/enrollments\.csv:3 Line 3 has no status/);
    expect(text).toMatch(/class c9, which is not in classes\.csv \(it may come from an earlier import\)/);
  });

  it('defaults to bulk and leaves blank status undefined', () => {
    const r = parseOneRoster(bundle11());
    expect(r.mode).toBe('bulk');
    expect(r.students.every((s) => s.status === undefined)).toBe(true);
  });
});

describe('parseOneRoster: real-world deviations', () => {
  it('tolerates a BOM and CRLF line ends', () => {
    const files = Object.fromEntries(Object.entries(bundle11()).map(([n, t]) => [n, '\uFEFF' + t.replace(/\n/g, '\r\n')]));
    const r = parseOneRoster(files);
    expect(r.problems).toEqual([]);
    expect(ids(r.students)).toEqual(['007', 's2']);
  });

  it('accepts wrong-case enumerations, warning once per file and column', () => {
    const files = bundle11();
    files['users.csv'] = csv(
      USERS_11_HEADER,
      't1,,,TRUE,org1,Teacher,a,,Ada,T,,,,,,,,',
      's1,,,TRUE,org1,Student,b,,Bo,S,,,,,,,,',
      's2,,,False,org1,STUDENT,c,,Cy,S,,,,,,,,',
    );
    files['classes.csv'] = csv(CLASSES_HEADER, '0100,,,Maths,,c1,,Scheduled,,org1,t,,,');
    files['enrollments.csv'] = csv(ENROLLMENTS_HEADER, 'e1,,,0100,org1,t1,teacher,TRUE,,', 'e2,,,0100,org1,s1,Student,FALSE,,');
    const r = parseOneRoster(files);
    expect(ids(r.teachers)).toEqual(['t1']);
    expect(ids(r.students)).toEqual(['s1', 's2']);
    expect(r.students[1]?.enabledUser).toBe(false);
    expect(r.classes[0]?.classType).toBe('scheduled');
    expect(r.enrollments.map((e) => [e.role, e.primary])).toEqual([
      ['teacher', true],
      ['student', false],
    ]);
    const warnings = r.problems.map((p) => `${p.file} ${p.message.match(/"(\w+)" column/)?.[1]}`);
    expect(warnings.sort()).toEqual([
      'classes.csv classType',
      'enrollments.csv primary',
      'enrollments.csv role',
      'users.csv enabledUser',
      'users.csv role',
    ]);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('ignores extra columns with one warning per file, and metadata.* columns silently', () => {
    const files = bundle11();
    files['users.csv'] = csv(
      `${USERS_11_HEADER},ext_a,ext_b,metadata.house`,
      't1,,,true,org1,teacher,a,,Ada,T,,,,,,,,,x,y,Red',
      '007,,,true,org1,student,b,,Bo,S,,,,,,,,,x,y,Blue',
      's2,,,true,org1,student,c,,Cy,S,,,,,,,,,x,y,Blue',
    );
    const r = parseOneRoster(files);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning users\.csv:1 .*"ext_a", "ext_b".*ignored/)]);
    expect(ids(r.students)).toEqual(['007', 's2']);
  });

  it('reports a missing required column by name, as an error', () => {
    const files = bundle11();
    files['users.csv'] = csv(
      'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,familyName',
      't1,,,true,org1,teacher,a,T',
      's1,,,true,org1,student,b,S',
    );
    const r = parseOneRoster(files);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ file: 'users.csv', line: 1, message: expect.stringContaining('"givenName"') })]);
    expect(r.students.map((s) => [s.sourcedId, s.givenName, s.familyName])).toEqual([['s1', '', 'S']]);

    files['users.csv'] = csv('id,givenName,familyName,role', 's1,Bo,S,student');
    const noIds = parseOneRoster(files);
    expect(noIds.students).toEqual([]);
    expect(noIds.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'users.csv', message: expect.stringContaining('"sourcedId"') }));
  });

  it('accepts near-miss header names with a warning', () => {
    const files = bundle11();
    files['users.csv'] = csv(
      'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,Role,username,givenname,family_name,prefferedGivenName',
      's1,,,true,org1,student,b,Bo,Student,Bobby',
    );
    const r = parseOneRoster(files);
    expect(r.students.map((s) => [s.givenName, s.familyName, s.preferredFirstName])).toEqual([['Bo', 'Student', 'Bobby']]);
    const text = messages(r).join('\n');
    expect(text).toMatch(/"givenname" was read as "givenName"/);
    expect(text).toMatch(/"family_name" was read as "familyName"/);
    expect(text).toMatch(/"Role" was read as "role"/);
    expect(text).toMatch(/"prefferedGivenName" looks like a misspelling of "preferredGivenName"/);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('warns, without failing, on a header-only file', () => {
    const files = bundle11();
    files['enrollments.csv'] = ENROLLMENTS_HEADER + '\r\n';
    const r = parseOneRoster(files);
    expect(r.enrollments).toEqual([]);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning enrollments\.csv:1 .*column names but no rows/)]);
    expect(ids(r.students)).toEqual(['007', 's2']);
  });

  it('finds files whatever the case of their names or the folder they sit in', () => {
    const files = bundle11();
    const r = parseOneRoster({
      'export/MANIFEST.CSV': files['manifest.csv']!,
      'export/Users.csv': files['users.csv']!,
      'export/classes.csv': files['classes.csv']!,
      'export/enrollments.csv': files['enrollments.csv']!,
      'export/userprofiles.csv': 'sourcedId\nx\n',
      '__MACOSX/export/._users.csv': 'junk',
      'export/readme.txt': 'hello',
    });
    expect(r.version).toBe('1.1');
    expect(ids(r.students)).toEqual(['007', 's2']);
    const text = messages(r).join('\n');
    expect(text).toMatch(/"Users\.csv"; OneRoster names it "users\.csv"/);
    expect(text).toMatch(/"userprofiles\.csv"; OneRoster names it "userProfiles\.csv"/);
    expect(text).toMatch(/not CSV were ignored: "readme\.txt"/);
    expect(text).not.toMatch(/_users/);
  });

  it('keeps sourcedIds as strings, leading zeros and all', () => {
    const r = parseOneRoster(bundle11());
    expect(r.students[0]?.sourcedId).toBe('007');
    expect(r.students[0]?.identifier).toBe('00123');
    expect(r.classes[0]?.sourcedId).toBe('0100');
    expect(r.enrollments[1]?.userSourcedId).toBe('007');
  });

  it('splits quoted list fields', () => {
    const r = parseOneRoster(bundle11());
    expect(r.students[0]?.grades).toEqual(['09', '10']);
    expect(r.classes[0]?.termSourcedIds).toEqual(['term1', 'term2']);
    expect(r.classes[0]?.subjects).toEqual(['Maths', 'Numeracy']);
  });

  it('warns about an enrollment naming a user or a class that is not in the files', () => {
    const files = bundle11();
    files['enrollments.csv'] = csv(ENROLLMENTS_HEADER, 'e1,,,0100,org1,ghost,student,,,', 'e2,,,0999,org1,007,student,,,');
    const r = parseOneRoster(files);
    expect(r.enrollments).toHaveLength(2); // still returned: the app decides
    expect(messages(r)).toEqual([
      expect.stringMatching(/^warning enrollments\.csv:2 .*user ghost, who is not in users\.csv\.$/),
      expect.stringMatching(/^warning enrollments\.csv:3 .*class 0999, which is not in classes\.csv\.$/),
    ]);
  });

  it('lists the first few of a recurring row problem and sums up the rest', () => {
    const files = bundle11();
    files['enrollments.csv'] = csv(ENROLLMENTS_HEADER, ...Array.from({ length: 25 }, (_, i) => `e${i},,,0100,org1,nobody${i},student,,,`));
    const r = parseOneRoster(files);
    expect(r.problems).toHaveLength(11);
    expect(r.problems[10]?.message).toMatch(/15 more rows .* from line 12 on/);
  });

  it('warns about a user with no role, who is neither student nor teacher', () => {
    const files = bundle11();
    files['users.csv'] = csv(USERS_11_HEADER, 's1,,,true,org1,,b,,Bo,Student,,,,,,,,');
    files['enrollments.csv'] = csv(ENROLLMENTS_HEADER);
    const r = parseOneRoster(files);
    expect(r.students).toEqual([]);
    expect(r.teachers).toEqual([]);
    expect(messages(r)).toContainEqual(expect.stringMatching(/^warning users\.csv:2 User s1 \(Bo Student\) has no role/));
  });

  it('takes a missing users.csv role from enrollments, saying so', () => {
    const files = bundle11();
    files['users.csv'] = csv(USERS_11_HEADER, 't1,,,true,org1,,a,,Ada,T,,,,,,,,', '007,,,true,org1,student,b,,Bo,S,,,,,,,,');
    const r = parseOneRoster(files);
    expect(ids(r.teachers)).toEqual(['t1']);
    expect(messages(r)).toContainEqual(expect.stringMatching(/User t1 \(Ada T\) has no role in users\.csv; the role "teacher" was taken from enrollments\.csv/));
  });

  it('reads an unknown role as neither, with a warning, and a known synonym as its role', () => {
    const files = bundle11();
    files['users.csv'] = csv(USERS_11_HEADER, 't1,,,true,org1,professor,a,,Ada,T,,,,,,,,', 'x1,,,true,org1,ext:mentor,b,,Bo,S,,,,,,,,');
    files['enrollments.csv'] = csv(ENROLLMENTS_HEADER);
    const r = parseOneRoster(files);
    expect(ids(r.teachers)).toEqual(['t1']);
    expect(r.students).toEqual([]);
    const text = messages(r).join('\n');
    expect(text).toMatch(/"professor" .* read as "teacher"/);
    expect(text).toMatch(/"ext:mentor" .* neither students nor teachers/);
  });

  it('reports rows with more cells than column names once per file', () => {
    const files = bundle11();
    files['users.csv'] = csv(USERS_11_HEADER, 't1,,,true,org1,teacher,a,,Ada,T,,,,,,,,,', '007,,,true,org1,student,b,,Bo,S,,,,,,,,,', 's2,,,true,org1,student,c,,Cy,S,,,,,,,,');
    const r = parseOneRoster(files);
    expect(messages(r)).toEqual([expect.stringMatching(/^warning users\.csv:2 Line 2 and 1 more row have more cells/)]);
  });

  it('reports manifest faults: blank file modes, odd manifest.version, files it calls absent', () => {
    const files = bundle11();
    files['manifest.csv'] = csv('propertyName,value', 'manifest.version,1', 'oneroster.version,1.1', 'file.users,bulk', 'file.classes,', 'file.enrollments,absent');
    const r = parseOneRoster(files);
    const text = messages(r).join('\n');
    expect(text).toMatch(/manifest version is "1"/);
    expect(text).toMatch(/"file\.classes" without a value/);
    expect(text).toMatch(/says "enrollments\.csv" is absent, but it is there/);
    expect(r.enrollments).toHaveLength(3);
  });

  it('reports missing roster files and an empty bundle as errors', () => {
    const { 'users.csv': _users, ...rest } = bundle11();
    const r = parseOneRoster(rest);
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('There is no "users.csv"') }));
    expect(r.classes).toHaveLength(1);

    const empty = parseOneRoster({});
    expect(empty).toMatchObject({ version: '1.0', mode: 'bulk', classes: [], students: [], teachers: [], enrollments: [] });
    expect(empty.problems).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('never throws: an unexpected failure becomes an error problem', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    ) as Record<string, string>;
    const r = parseOneRoster(hostile);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('boom') })]);
    expect(parseOneRoster(null as unknown as Record<string, string>).problems[0]?.severity).toBe('error');
    expect(parseOneRoster({ 'users.csv': 42 as unknown as string }).problems.length).toBeGreaterThan(0);
  });
});
