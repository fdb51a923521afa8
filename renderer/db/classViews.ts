// Class-wide reads for the per-student screen (student profile): the class's records plus the
// class itself, in one named query. The goal sheet and mastery report read the class workspace.
import { decodeEnrollment, decodeSkill, type ClassRecord, type Enrollment, type Evidence, type Skill, type Student } from '../../shared';
import { getClass } from './classes';
import { db } from './db';
import { getStudent } from './students';
import { loadStudentEvidence, loadTrackerData, type TrackedSkill, type TrackerData } from './mastery';

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
    getClass(classId),
    getStudent(studentId),
    db.enrollments.where({ classId, studentId }).first().then((e) => e && decodeEnrollment(e)),
  ]);
  if (!cls || !student || !enrollment) return { status: 'missing', cls };
  const data = await loadTrackerData(classId);
  if (!data) return { status: 'missing', cls };
  const evidence = await loadStudentEvidence(classId, studentId);
  const trackedIds = new Set(data.skills.map((t) => t.skill.id));
  const otherIds = [...new Set(evidence.map((e) => e.skillId))].filter((id) => !trackedIds.has(id));
  const untracked = otherIds.length ? (await db.skills.bulkGet(otherIds)).filter((s): s is Skill => !!s).map(decodeSkill) : [];
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
