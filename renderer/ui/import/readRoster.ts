// The roster-export job of the import worker: unzip, decode, parse (OneRoster or School Data
// Sync) and plan the re-sync against what is on file, with progress, so a file near the size
// limit never holds the window still. Runs in the worker; nothing here writes anything.
import { readCsvFiles } from '../../imports/readImportFiles';
import { planRosterSync, type RosterSnapshot, type RosterSyncPlan } from '../../../shared/import/oneRoster/resync';
import type { RosterImport } from '../../../shared/import/oneRoster/types';
import { parseRosterExport } from '../../../shared/import/rosterExport';
import type { OpenedFile } from '../../../shared/bridge';
import type { JobProgress } from './importWorkerProtocol';

/** What the job answers: the export as read (people left out: the plan holds what is needed) and the plan. */
export type RosterRead = Omit<RosterImport, 'students' | 'teachers' | 'enrollments' | 'sessions' | 'classes'> &
  RosterSyncPlan & {
    names: string[];
    counts: { classes: number; students: number; teachers: number };
  };

const UNZIPPED = 0.1;
const DECODED = 0.25;
const PARSED = 0.75;

export function readRoster(files: OpenedFile[], onFile: RosterSnapshot, progress: (p: JobProgress, force?: boolean) => void): RosterRead {
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
    ...plan,
  };
}
