import Dexie, { type EntityTable } from 'dexie';
import type {
  CellRecord,
  CheckIn,
  ClassRecord,
  ClassSkill,
  CommentRecord,
  Enrollment,
  Evidence,
  Framework,
  GoalRecord,
  GroupingRecord,
  PlanRecord,
  PlayRecord,
  ReviewRecord,
  SettingRecord,
  Skill,
  Student,
} from '../../shared';
import { DB_NAME, schemaVersions, type SchemaVersion } from './schema';
import type { ClassStamp } from './cellsRebuild';

export type BlendwiseDb = Dexie & {
  classes: EntityTable<ClassRecord, 'id'>;
  students: EntityTable<Student, 'id'>;
  enrollments: EntityTable<Enrollment, 'id'>;
  frameworks: EntityTable<Framework, 'id'>;
  skills: EntityTable<Skill, 'id'>;
  classSkills: EntityTable<ClassSkill, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  goals: EntityTable<GoalRecord, 'id'>;
  checkIns: EntityTable<CheckIn, 'id'>;
  groupings: EntityTable<GroupingRecord, 'id'>;
  plans: EntityTable<PlanRecord, 'id'>;
  reviews: EntityTable<ReviewRecord, 'id'>;
  comments: EntityTable<CommentRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  plays: EntityTable<PlayRecord, 'id'>;
  cells: EntityTable<CellRecord, 'id'>;
  classStamps: EntityTable<ClassStamp, 'classId'>;
};

/** Opens the database declaring the given versions (all of them unless a test asks for fewer). */
export function openDb(name = DB_NAME, versions: SchemaVersion[] = schemaVersions): BlendwiseDb {
  // Dexie 4's live-query cache served a stale plan list after a delete-then-navigate (the list
  // mounted fresh and was handed the cached pre-delete result). Correct screens matter more than
  // the duplicate reads the cache saves, so every live query reads IndexedDB.
  const db = new Dexie(name, { cache: 'disabled' }) as BlendwiseDb;
  for (const v of versions) {
    const stage = db.version(v.version).stores(v.stores);
    if (v.upgrade) stage.upgrade(v.upgrade);
  }
  return db;
}

export const db: BlendwiseDb = openDb();

// One id maker for the app: the database module hands on the Dexie-free one screens use too.
export { newId, nowIso } from './ids';
