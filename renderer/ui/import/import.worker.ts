/// <reference lib="webworker" />
// Reads and previews the files a teacher picks, off the main thread, so the window keeps painting
// while a 300,000-row CSV or a 60 MB standards package is read; writes the big imports (a roster
// CSV, a roster export, skills, results) through renderer/db, here too, so that the window only
// hears progress; and checks and writes out backups, which are the same size of work. The main thread cancels a read by ending the worker, and stops a write with an
// 'abort' message (its transaction is then rolled back).
import { readCsvTable, type CsvTable } from '../../../shared/import/csvTable';
import { parseCasePackage, parseOpenSaltCsv } from '../../../shared/import/casePackage';
import { decodeText } from './decodeText';
import { buildCaseTree, flattenCaseTree } from '../../../shared/import/case/previewTree';
import {
  SHARE_DONE_AFTER,
  type CsvRead,
  type FrameworkRead,
  type FromWorker,
  type JobProgress,
  type ToWorker,
} from './importWorkerProtocol';
import { keepsRows, runPreviewer } from './previewers';
import { keepPreview, keptRows, pageOfKept } from './keptPreview';
import type { SkillPreviewRow } from '../../../shared/import/skillsCsv';
import { importSkills } from '../../db/skills';
import { sliceForTransfer } from './transfer';
import { applyKeptRosterSync, pickedView, readRosterInWorker } from './readRoster';
import { importKeptRoster } from './rosterCsvInWorker';
import { importKeptResults, skillNamesIn } from './resultsInWorker';
import { checkBackupBytes } from './backupInWorker';
import { backupJson } from '../../db/backup';
import { describeStorageFailure } from '../../db/writeErrors';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress at most this often: more only costs the main thread renders. */
const PROGRESS_EVERY_MS = 100;

/** The bytes of the CSV file on view (kept to read again in another encoding) and its table. */
let bytes: Uint8Array | null = null;
let table: CsvTable | null = null;

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function progressTo(job: number) {
  let last = 0;
  return (progress: JobProgress, force = false) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ type: 'progress', job, progress });
  };
}

/** Slices sent and not yet taken in by the main thread, by job: the next waits for its ack. */
const awaitingAck = new Map<number, () => void>();

/**
 * Sends a result in slices (see transfer.ts), then what is left of it. Each slice waits until the
 * main thread has taken the last one in and painted: sent all at once, they would queue up and
 * the window would take them in one long stretch without a frame.
 */
async function answer(job: number, value: object, transfer: Transferable[] = []) {
  const { rest, slices } = sliceForTransfer(value);
  for (const slice of slices) {
    const taken = new Promise<void>((resolve) => awaitingAck.set(job, resolve));
    post({ type: 'slice', job, ...slice });
    await taken;
  }
  post({ type: 'done', job, rest }, transfer);
}

const { decoded: DECODED, read: READ, checked: CHECKED } = SHARE_DONE_AFTER;

function readCsv(message: Extract<ToWorker, { type: 'read-csv' }>): Promise<void> {
  const progress = progressTo(message.job);
  const step = `Reading ${message.name}`;
  progress({ step, fraction: 0 }, true);
  if (message.bytes) bytes = message.bytes;
  if (!bytes) throw new Error('The file is no longer at hand: choose it again.');
  const { text, ...decoded } = decodeText(bytes, message.encoding);
  progress({ step, fraction: DECODED }, true);
  const span = (message.keepRows ? CHECKED : READ) - DECODED;
  table = readCsvTable(text, message.name, (read, total, rows) =>
    progress({
      step,
      fraction: DECODED + (span * read) / Math.max(1, total),
      count: rows,
      countLabel: 'rows so far',
    }),
  );
  progress({ step, fraction: DECODED + span, count: table.rows.length, countLabel: 'rows' }, true);
  const read: CsvRead = {
    headers: table.headers,
    rowCount: table.rows.length,
    decoded,
    rows: message.keepRows ? table.rows : [],
    problems: message.keepRows ? table.problems : [],
  };
  return answer(message.job, read);
}

async function previewCsv(message: Extract<ToWorker, { type: 'preview-csv' }>): Promise<void> {
  if (!table) throw new Error('No file has been read yet.');
  const progress = progressTo(message.job);
  progress(
    {
      step: `Checking ${table.rows.length.toLocaleString('en-US')} rows`,
      fraction: READ,
      count: table.rows.length,
      countLabel: 'rows',
    },
    true,
  );
  const result = await runPreviewer(message.kind, table, message.mapping, message.args);
  progress({ step: 'Preparing the preview', fraction: CHECKED }, true);
  return answer(message.job, keepsRows(message.kind) ? keepPreview(result as Parameters<typeof keepPreview>[0]) : result);
}

function readFramework(message: Extract<ToWorker, { type: 'read-framework' }>): Promise<void> {
  const progress = progressTo(message.job);
  const step = `Reading ${message.name}`;
  progress({ step, fraction: 0 }, true);
  const text = decodeText(message.bytes, 'auto').text;
  progress({ step: `Reading the standards in ${message.name}`, fraction: 0.1 }, true);
  const parsed = /\.csv$/i.test(message.name)
    ? parseOpenSaltCsv(text, message.name)
    : parseCasePackage(text, message.name);
  progress(
    { step: 'Arranging the tree', fraction: 0.8, count: parsed.skills.length, countLabel: 'skills' },
    true,
  );
  const read: FrameworkRead = { ...parsed, ...flattenCaseTree(buildCaseTree(parsed.skills)) };
  progress(
    { step: 'Preparing the preview', fraction: CHECKED, count: parsed.skills.length, countLabel: 'skills' },
    true,
  );
  return answer(message.job, read);
}

async function readRosterExport(message: Extract<ToWorker, { type: 'read-roster' }>): Promise<void> {
  const progress = progressTo(message.job);
  return answer(message.job, await readRosterInWorker(message.files, message.onFile, progress));
}

/** The writes under way, by job: an 'abort' message stops one between two of its chunks. */
const writes = new Map<number, AbortController>();

async function write(job: number, work: (signal: AbortSignal) => Promise<object>): Promise<void> {
  const controller = new AbortController();
  writes.set(job, controller);
  try {
    const value = await work(controller.signal);
    await answer(job, value);
  } finally {
    writes.delete(job);
  }
}

function importRoster(message: Extract<ToWorker, { type: 'import-roster' }>): Promise<void> {
  const progress = progressTo(message.job);
  const STEPS = { matching: 'Matching the rows with the students on file', saving: 'Saving the students' } as const;
  return write(message.job, (signal) =>
    importKeptRoster(message.token, message.classId, {
      signal,
      onProgress: (p) =>
        progress({ step: STEPS[p.step], fraction: p.total ? p.done / p.total : 0, count: p.done, total: p.total }, p.done === 0),
    }),
  );
}

function applyRosterSync(message: Extract<ToWorker, { type: 'apply-roster-sync' }>): Promise<void> {
  const progress = progressTo(message.job);
  return write(message.job, (signal) => applyKeptRosterSync(message.token, message.picked, progress, () => signal.aborted));
}

function importSkillsKept(message: Extract<ToWorker, { type: 'import-skills' }>): Promise<void> {
  const progress = progressTo(message.job);
  const rows = keptRows<SkillPreviewRow>(message.token).filter((r) => r.accepted);
  progress({ step: 'Saving the skills', fraction: null, count: rows.length, countLabel: 'skills' }, true);
  return write(message.job, () => importSkills(message.frameworkId, rows));
}

function importResultsKept(message: Extract<ToWorker, { type: 'import-results' }>): Promise<void> {
  const progress = progressTo(message.job);
  progress({ step: 'Saving the scores', fraction: null }, true);
  return write(message.job, () => importKeptResults(message.token, message.classId));
}

function readBackupFile(message: Extract<ToWorker, { type: 'read-backup' }>): Promise<void> {
  const progress = progressTo(message.job);
  progress({ step: `Checking ${message.name}`, fraction: null }, true);
  return answer(message.job, checkBackupBytes(message.bytes));
}

async function writeBackup(message: Extract<ToWorker, { type: 'write-backup' }>): Promise<void> {
  // Encoded here and handed over, not copied: a district's 75 MB backup made into a file from
  // text on the window held it for 1.5 s.
  const bytes = new TextEncoder().encode(await backupJson(message.appVersion));
  await answer(message.job, { bytes }, [bytes.buffer]);
}

function answerOf(q: Extract<ToWorker, { type: 'ask' }>['question']): unknown {
  if (q.kind === 'rows') return pageOfKept(q.token, q.from, q.count, q.onlyProblems);
  if (q.kind === 'roster-picked') return pickedView(q.token, q.picked);
  return skillNamesIn(table, q.profile);
}

function answerQuestion({ request, question: q }: Extract<ToWorker, { type: 'ask' }>) {
  try {
    const value = answerOf(q);
    post({ type: 'answer', request, value });
  } catch (error) {
    post({ type: 'answer-failed', request, message: error instanceof Error ? error.message : String(error) });
  }
}

const run = (message: Exclude<ToWorker, { type: 'ack' | 'abort' | 'ask' }>) => {
  if (message.type === 'read-csv') return readCsv(message);
  if (message.type === 'preview-csv') return previewCsv(message);
  if (message.type === 'read-roster') return readRosterExport(message);
  if (message.type === 'import-roster') return importRoster(message);
  if (message.type === 'apply-roster-sync') return applyRosterSync(message);
  if (message.type === 'import-skills') return importSkillsKept(message);
  if (message.type === 'import-results') return importResultsKept(message);
  if (message.type === 'read-backup') return readBackupFile(message);
  if (message.type === 'write-backup') return writeBackup(message);
  return readFramework(message);
};

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'ack') {
    const next = awaitingAck.get(message.job);
    awaitingAck.delete(message.job);
    next?.();
    return;
  }
  if (message.type === 'abort') {
    writes.get(message.job)?.abort();
    return;
  }
  if (message.type === 'ask') {
    answerQuestion(message);
    return;
  }
  const failed = (error: unknown) =>
    // The readers never throw on a teacher's data; what lands here is running out of memory, a
    // bug, or a write the storage refused (told in plain words here: the error itself cannot cross).
    post({
      type: 'failed',
      job: message.job,
      message: describeStorageFailure(error)?.message ?? (error instanceof Error ? error.message : String(error)),
      name: error instanceof Error ? error.name : 'Error',
    });
  try {
    run(message).catch(failed);
  } catch (error) {
    failed(error);
  }
};
