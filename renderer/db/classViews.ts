// Class-wide reads for the printable and per-student screens (goal sheet, mastery report, student
// profile): each a class's records plus the class itself, in one named query.
import type { ClassRecord, Enrollment, Evidence, Skill, Student } from '../../shared';
import { db } from './db';
import { loadGoalsData, type GoalsData } from './goals';
import { loadStudentEvidence, loadTrackerData, type TrackedSkill, type TrackerData } from './mastery';

/** The goal screens' data and the class, for the printable goal sheet; null when the class is gone. */
export async function loadGoalSheet(classId: string): Promise<{ data: GoalsData; cls: ClassRecord } | null> {
  const [data, cls] = await Promise.all([loadGoalsData(classId), db.classes.get(classId)]);
  return data && cls ? { data, cls } : null;
}

/** The tracker's data and the class, for the mastery report; null when the class is gone. */
export async function loadMasteryReport(classId: string): Promise<{ data: TrackerData; cls: ClassRecord } | null> {
  const [data, cls] = await Promise.all([loadTrackerData(classId), db.classes.get(classId)]);
  return data && cls ? { data, cls } : null;
}

export type StudentProfileRecords =
  | { status: 'missing'; cls: ClassRecord | undefined }
  | {
      status: 'found';
      cls: ClassRecord;
      student: Student;
      enrollment: Enrollment;
      settings: TrackerData['settings'];
      tracked: TrackedSkill[];
      evidence: Evidence[];
      /** skills with evidence that the class no longer tracks */
      untracked: Skill[];
    };

/** One student in one class: the class's tracked skills and all the student's evidence there. */
export async function loadStudentProfile(classId: string, studentId: string): Promise<StudentProfileRecords> {
  const [cls, student, enrollment] = await Promise.all([
    db.classes.get(classId),
    db.students.get(studentId),
    db.enrollments.where({ classId, studentId }).first(),
  ]);
  if (!cls || !student || !enrollment) return { status: 'missing', cls };
  const data = await loadTrackerData(classId);
  if (!data) return { status: 'missing', cls };
  const evidence = await loadStudentEvidence(classId, studentId);
  const trackedIds = new Set(data.skills.map((t) => t.skill.id));
  const otherIds = [...new Set(evidence.map((e) => e.skillId))].filter((id) => !trackedIds.has(id));
  const untracked = otherIds.length ? (await db.skills.bulkGet(otherIds)).filter((s): s is Skill => !!s) : [];
  return {
    status: 'found',
    cls,
    student,
    enrollment,
    settings: data.settings,
    tracked: data.skills,
    evidence,
    untracked,
  };
}
