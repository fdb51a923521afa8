import type { FrameworkImport } from '../../../shared/import/case/types';
import type { ImportProblem } from '../../../shared/import/problems';
import type { FlatCaseTree } from '../../../shared/import/case/previewTree';
import type { Decoded, TextEncodingChoice } from './decodeText';
import type { PreviewKind } from './previewers';
import type { Slice } from './transfer';
import type { RosterSnapshot } from '../../../shared/import/oneRoster/resync';
import type { RowsPage } from './keptPreview';
import type { PickedView } from './oneRosterPlan';
import type { AssessmentProfile } from '../../../shared/import/profiles';

/**
 * How much of a job is done after each step, so one bar runs from 0 to 1 across them: decoding
 * is quick, reading the rows and checking them take the time, receiving the result the rest.
 */
export const SHARE_DONE_AFTER = { decoded: 0.05, read: 0.55, checked: 0.9 } as const;

/** Where a job stands, in the words the progress line shows. */
export type JobProgress = {
  /** "Reading roster.csv", "Checking rows" */
  step: string;
  /** 0..1 of the whole job, or null while a step cannot say how far it is */
  fraction: number | null;
  /** rows or items so far, when known */
  count?: number;
  countLabel?: string;
  /** how many rows or items the step goes up to, when known ("40,000 of 100,000") */
  total?: number;
};

export type ToWorker =
  /** decode and read a CSV; `keepRows` sends the table's rows back (a preview that runs on the main thread needs them) */
  | {
      type: 'read-csv';
      job: number;
      name: string;
      /** the file's bytes, handed over (not copied); absent: read again the bytes the worker holds */
      bytes?: Uint8Array;
      encoding: TextEncodingChoice;
      keepRows: boolean;
    }
  /** preview the table the last read-csv left in the worker */
  | { type: 'preview-csv'; job: number; kind: PreviewKind; mapping: unknown; args: unknown[] }
  /** the main thread has taken in the last slice of a job and painted: send the next */
  | { type: 'ack'; job: number }
  /** a CASE package (.json) or an OpenSALT CSV export, read and arranged as a tree */
  | { type: 'read-framework'; job: number; name: string; bytes: Uint8Array }
  /**
   * a roster export (OneRoster or School Data Sync: a zip or its CSVs), read and planned against
   * what is on file (see readRoster.ts); without `onFile` the worker reads it from the database
   */
  | { type: 'read-roster'; job: number; files: { name: string; data: Uint8Array }[]; onFile?: RosterSnapshot }
  /** write the classes picked from the roster export the worker read last (`token` names that read) */
  | { type: 'apply-roster-sync'; job: number; token: number; picked: string[] }
  /** import the rows of the roster CSV preview named by `token` into the class (see rosterCsvInWorker.ts) */
  | { type: 'import-roster'; job: number; token: number; classId: string }
  /** import the accepted rows of the skills preview kept under `token` into the framework */
  | { type: 'import-skills'; job: number; token: number; frameworkId: string }
  /** import the accepted scores of the results preview kept under `token` into the class (see resultsInWorker.ts) */
  | { type: 'import-results'; job: number; token: number; classId: string }
  /** check a backup file (see backupInWorker.ts) */
  | { type: 'read-backup'; job: number; name: string; bytes: Uint8Array }
  /** write a backup of every table, as text (answers { text }) */
  | { type: 'write-backup'; job: number; appVersion: string }
  /** stop a write under way: its transaction is rolled back, nothing lands */
  | { type: 'abort'; job: number }
  | { type: 'ask'; request: number; question: Question };

/** What read-framework answers: the framework, and its tree as plain lists (see caseTree.ts). */
export type FrameworkRead = FrameworkImport & FlatCaseTree;

/** What read-csv answers: the headers and how the bytes were read; the rows only when asked. */
export type CsvRead = {
  headers: string[];
  rowCount: number;
  decoded: Omit<Decoded, 'text'>;
  rows: { line: number; cells: string[] }[];
  problems: ImportProblem[];
};

/**
 * What the window asks of what the worker kept from its last read. Not a job: it is answered
 * between the steps of one, and stops nothing.
 */
export type Question =
  /** a page of a kept preview's rows (see keptPreview.ts) */
  | { kind: 'rows'; token: number; from: number; count: number; onlyProblems: boolean }
  /** what importing these classes of the roster export read last would change (see readRoster.ts) */
  | { kind: 'roster-picked'; token: number; picked: string[] }
  /** the skill names a results profile being drafted reads from the CSV read last */
  | { kind: 'profile-skill-names'; profile: AssessmentProfile };

export type AnswerOf<Q extends Question> = Q extends { kind: 'rows' }
  ? RowsPage<unknown>
  : Q extends { kind: 'roster-picked' }
    ? PickedView
    : string[];

export type FromWorker =
  | { type: 'progress'; job: number; progress: JobProgress }
  | ({ type: 'slice'; job: number } & Slice)
  | { type: 'done'; job: number; rest: Record<string, unknown> }
  /** `message` in plain words; `name` says what kind of error it was (an AbortError when stopped) */
  | { type: 'failed'; job: number; message: string; name: string }
  /** the answer to a Question, or why it cannot be had */
  | { type: 'answer'; request: number; value: unknown }
  | { type: 'answer-failed'; request: number; message: string };
