// The roster-export jobs of the import worker: unzip, decode, parse (OneRoster or School Data
// Sync) and plan the re-sync against what is on file, with progress, so a file near the size
// limit never holds the window still; then write the classes the teacher picked, also here (a
// district's 100,000 students and 200,000 enrollments take a minute to write). Runs in the worker.
import { readCsvFiles } from './readImportFiles';
import { applyRosterSync, readRosterSnapshot, type RosterSyncResult, type RosterSyncUndo } from '../../db/ecosystemImport';
import { pickPlan, planRosterSync, type ClassPlan, type RosterSnapshot, type RosterSyncPlan } from '../../../shared/import/oneRoster/resync';
import { changeLines, someNames, studentName, type PickedView } from './oneRosterPlan';
import type { RosterImport } from '../../../shared/import/oneRoster/types';
import { parseRosterExport } from '../../../shared/import/rosterExport';
import type { OpenedFile } from '../../../shared/bridge';
import type { JobProgress } from './importWorkerProtocol';

/** A class of the export as its row in the preview shows it: its students counted, not listed. */
export type ClassRow = Omit<ClassPlan, 'studentKeys' | 'leaving' | 'joining' | 'classId'> & {
  studentCount: number;
  leavingCount: number;
  /** the first names of those leaving, and how many more */
  leavingNames: string;
};

/** Students matched by name listed at most: the rest are counted. */
const BY_NAME_LISTED = 50;

/**
 * What the job answers: the export as read and the rows of its classes, with what importing every
 * class would change. The plan itself (a district's 100,000 students and 200,000 enrollments)
 * stays in the worker: held by the window, it made garbage collections long enough to miss frames.
 */
export type RosterRead = Omit<RosterImport, 'students' | 'teachers' | 'enrollments' | 'sessions' | 'classes'> & {
  classes: ClassRow[];
  /** what importing every class that can be imported changes */
  picked: PickedView;
  names: string[];
  counts: { classes: number; students: number; teachers: number };
  /** names this read when the teacher imports it (apply-roster-sync) or picks classes (roster-picked) */
  token: number;
};

/** What the write answers: the outcome and what Undo needs, its lists at the top level so they come over in slices. */
export type RosterSynced = Omit<RosterSyncResult, 'undo'> & RosterSyncUndo;

const UNZIPPED = 0.1;
const DECODED = 0.25;
const PARSED = 0.75;

type Progress = (p: JobProgress, force?: boolean) => void;

/**
 * The last read's plan, kept here for the write: the window sends back only the keys of the
 * classes picked, never the plan itself (posting 100,000 planned students is a long clone).
 */
let kept: { token: number; plan: RosterSyncPlan } | null = null;
let lastToken = 0;

/** Reads and plans the export against what is on file, read from the database here unless given. */
export async function readRosterInWorker(files: OpenedFile[], onFile: RosterSnapshot | undefined, progress: Progress): Promise<RosterRead> {
  progress({ step: 'Reading the classes already in Blendwise', fraction: null }, true);
  const { plan, ...read } = readRoster(files, onFile ?? (await readRosterSnapshot()), progress);
  kept = { token: read.token, plan };
  const importable = plan.classes.filter((c) => c.status !== 'deleted').map((c) => c.key);
  return { ...read, classes: plan.classes.map(classRow), picked: viewOf(plan, importable) };
}

function classRow({ studentKeys, leaving, joining: _joining, classId: _classId, ...shown }: ClassPlan): ClassRow {
  return { ...shown, studentCount: studentKeys.length, leavingCount: leaving.length, leavingNames: someNames(leaving, (w) => w.name) };
}

function viewOf(whole: RosterSyncPlan, picked: string[]): PickedView {
  const plan = pickPlan(whole, new Set(picked));
  const byName = plan.students.filter((s) => s.matchedBy === 'name');
  return {
    classCount: plan.classes.length,
    lines: changeLines(plan),
    byName: {
      count: byName.length,
      first: byName.slice(0, BY_NAME_LISTED).map((s) => ({ key: s.key, name: studentName(s), studentNumber: s.fields.studentNumber })),
    },
  };
}

/** What importing the classes `picked` of the read named by `token` changes. */
export function pickedView(token: number, picked: string[]): PickedView {
  if (!kept || kept.token !== token) throw new Error('The files were read again since this preview. Check it again, then import.');
  return viewOf(kept.plan, picked);
}

/** Writes the picked classes of the read named by `token` (see applyRosterSync: one transaction, all or nothing). */
export async function applyKeptRosterSync(token: number, picked: string[], progress: Progress, shouldStop: () => boolean): Promise<RosterSynced> {
  if (!kept || kept.token !== token) throw new Error('The files were read again since this preview. Check it again, then import.');
  const step = 'Saving the classes and students';
  progress({ step, fraction: 0 }, true);
  const { undo, ...outcome } = await applyRosterSync(pickPlan(kept.plan, new Set(picked)), (fraction) => progress({ step, fraction }), shouldStop);
  progress({ step, fraction: 1 }, true);
  return { ...outcome, ...undo };
}

/** The export read and planned: what the window is told of it, and the plan the worker keeps. */
type ReadAndPlanned = Omit<RosterRead, 'classes' | 'picked'> & { plan: RosterSyncPlan };

export function readRoster(files: OpenedFile[], onFile: RosterSnapshot, progress: Progress): ReadAndPlanned {
  const zips = files.filter((f) => /\.zip$/i.test(f.name)).map((f) => f.name);
  progress({ step: zips.length ? `Opening ${zips.join(', ')}` : 'Opening the files', fraction: 0 }, true);
  const { texts, notes } = readCsvFiles(files, (name, fraction) =>
    progress({ step: `Decoding ${name.split('/').pop()}`, fraction: UNZIPPED + (DECODED - UNZIPPED) * fraction }),
  );
  // Each file's share of the reading is its share of the text.
  const sizes = new Map(Object.entries(texts).map(([name, text]) => [name.split(/[\\/]/).pop() ?? name, text.length]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
  let before = 0;
  let current = '';
  const parsed = parseRosterExport(texts, {
    onProgress: (name, fraction) => {
      if (name !== current) {
        if (current) before += sizes.get(current) ?? 0;
        current = name;
        progress({ step: `Reading ${name}`, fraction: DECODED + ((PARSED - DECODED) * before) / total }, true);
      }
      progress({ step: `Reading ${name}`, fraction: DECODED + ((PARSED - DECODED) * (before + fraction * (sizes.get(name) ?? 0))) / total });
    },
  });
  progress({ step: 'Comparing with the classes on file', fraction: PARSED, count: parsed.students.length, countLabel: 'students' }, true);
  const plan = planRosterSync(parsed, onFile);
  const { students, teachers, enrollments: _enrollments, sessions: _sessions, classes, problems, ...rest } = parsed;
  return {
    ...rest,
    problems: notes.length > 0 ? [...notes, ...problems] : problems,
    names: files.map((f) => f.name),
    counts: { classes: classes.length, students: students.length, teachers: teachers.length },
    plan,
    token: ++lastToken,
  };
}
