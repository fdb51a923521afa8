import { beforeEach, describe, expect, it } from 'vitest';
import { parseOneRoster } from '../../../shared';
import { planRosterSync } from '../../../shared/import/oneRoster/resync';
import { applyRosterSync, readRosterSnapshot, SyncStopped, undoRosterSync } from '../../../renderer/db/ecosystemImport';
import { db, newId, nowIso } from '../../../renderer/db/db';
import { listRoster } from '../../../renderer/db/students';

const lines = (...l: string[]) => l.join('\r\n') + '\r\n';

function oneRoster(students: [string, string, string][], title = 'Maths 7') {
  return parseOneRoster({
    'manifest.csv': lines('propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', 'file.users,bulk', 'file.classes,bulk', 'file.enrollments,bulk', 'file.academicSessions,bulk'),
    'users.csv': lines('sourcedId,role,givenName,familyName,identifier', ...students.map(([id, g, f]) => `${id},student,${g},${f},`)),
    'classes.csv': lines('sourcedId,title,termSourcedIds', `c1,${title},fall`),
    'enrollments.csv': lines('sourcedId,classSourcedId,userSourcedId,role', ...students.map(([id], i) => `e${i},c1,${id},student`)),
    'academicSessions.csv': lines('sourcedId,title,type,startDate,endDate,schoolYear', 'fall,Fall 2026,semester,2026-08-20,2026-12-18,2027'),
  });
}

async function sync(data: ReturnType<typeof oneRoster>) {
  return applyRosterSync(planRosterSync(data, await readRosterSnapshot()));
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('applyRosterSync', () => {
  it('imports once, then the same export again changes nothing and adds nothing', async () => {
    const data = oneRoster([
      ['s1', 'Aoife', 'Byrne'],
      ['s2', 'José', 'Núñez'],
    ]);
    const first = await sync(data);
    expect(first).toMatchObject({ newClasses: 1, newStudents: 2, joined: 2, left: 0 });
    const cls = await db.classes.get(first.classIds[0]!);
    expect(cls).toMatchObject({ name: 'Maths 7', term: 'Fall 2026', termStart: '2026-08-20', termEnd: '2026-12-18', sourcedId: 'c1' });

    const second = await sync(data);
    expect(second).toMatchObject({ classIds: first.classIds, newClasses: 0, newStudents: 0, joined: 0, left: 0 });
    expect(await db.classes.count()).toBe(1);
    expect(await db.students.count()).toBe(2);
    expect(await db.enrollments.count()).toBe(2);
  });

  it('ends the enrollment of a student gone from the export, keeping the student and their evidence; Undo puts it all back', async () => {
    const { classIds } = await sync(oneRoster([
      ['s1', 'Aoife', 'Byrne'],
      ['s2', 'José', 'Núñez'],
    ]));
    const classId = classIds[0]!;
    const jose = (await db.students.toArray()).find((s) => s.givenName === 'José')!;
    await db.evidence.add({ id: newId(), classId, studentId: jose.id, skillId: 'k1', score: 3, date: '2026-10-01', source: '', note: '', createdAt: nowIso() });

    const outcome = await sync(oneRoster([
      ['s1', 'Aoife', 'Ní Bhriain'],
      ['s3', 'Zoë', 'Quinn'],
    ]));
    expect(outcome).toMatchObject({ newStudents: 1, updatedStudents: 1, joined: 1, left: 1 });
    const roster = await listRoster(classId);
    expect(roster.map((r) => r.student.familyName).sort()).toEqual(['Ní Bhriain', 'Quinn']);
    const history = await listRoster(classId, true);
    expect(history.find((r) => r.student.id === jose.id)?.enrollment).toMatchObject({ archived: 1, endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await db.students.get(jose.id)).toBeDefined();
    expect(await db.evidence.where('studentId').equals(jose.id).count()).toBe(1);

    await undoRosterSync(outcome.undo);
    const back = await listRoster(classId);
    expect(back.map((r) => r.student.familyName).sort()).toEqual(['Byrne', 'Núñez']);
    expect(await db.students.count()).toBe(2);
  });

  it('lands whole or not at all: stopped half way, nothing is written', async () => {
    const many = Array.from({ length: 6_000 }, (_, i): [string, string, string] => [`s${i}`, `Given${i}`, `Family${i}`]);
    const plan = planRosterSync(oneRoster(many), await readRosterSnapshot());
    let slices = 0;
    await expect(applyRosterSync(plan, () => {}, () => ++slices > 2)).rejects.toBeInstanceOf(SyncStopped);
    expect(await db.classes.count()).toBe(0);
    expect(await db.students.count()).toBe(0);
    expect(await db.enrollments.count()).toBe(0);
  });

  it('refuses Undo when an imported student already has scores, changing nothing', async () => {
    const outcome = await sync(oneRoster([['s1', 'Aoife', 'Byrne']]));
    const aoife = (await db.students.toArray())[0]!;
    await db.evidence.add({ id: newId(), classId: outcome.classIds[0]!, studentId: aoife.id, skillId: 'k1', score: 3, date: '2026-10-01', source: '', note: '', createdAt: nowIso() });
    await expect(undoRosterSync(outcome.undo)).rejects.toThrow('already have scores');
    expect(await db.students.count()).toBe(1);
    expect(await db.classes.count()).toBe(1);
  });
});
