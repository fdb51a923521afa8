import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { format, isValid, parseISO } from 'date-fns';
import { countOf } from '../../shared';
import { bridge } from '../bridge';
import { COUNTED, countRows, latestVersion, type Backup, type BackupCounts, type CountName } from '../db/backupFile';
import { currentCounts, putBack, restoreBackup, RestoreStopped } from '../db/restore';
import { Dialog } from '../ui/Dialog';
import { backupFromChecked, type BackupChecked } from '../ui/import/backupInWorker';
import { ImportProgress } from '../ui/import/ImportProgress';
import { clearImportProgress, showImportProgress } from '../ui/import/importProgressStore';
import { ImportWorkerClient, JobCancelled } from '../ui/import/importWorkerClient';
import { errorMessage, toast } from '../ui/toasts';
import { saveBackupFile } from './saveBackup';

type Picked = { fileName: string; backup: Backup; inBackup: BackupCounts; here: BackupCounts };
type Problem = { file: string; problem: string; nothingChanged: boolean };

const LABELS: Record<CountName, string> = {
  classes: 'Classes',
  students: 'Students',
  skills: 'Skills',
  scores: 'Scores',
  goals: 'Goals',
  groupings: 'Groupings',
  plans: 'Plans',
  reviews: 'Reviews',
};

function madeOn(exportedAt: string): string {
  const d = parseISO(exportedAt);
  return isValid(d) ? format(d, "EEEE d MMMM yyyy 'at' HH:mm") : exportedAt || 'an unknown date';
}

/** Settings → Restore from a backup…: pick, check, confirm, replace everything, with Undo. */
export function RestoreBackup({ appVersion }: { appVersion: string }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedFirst, setSavedFirst] = useState<{ ok: boolean; text: string } | null>(null);
  const [writing, setWriting] = useState<{ written: number; total: number } | null>(null);
  // Read by the restore between slices; a ref, as the restore's callback outlives renders.
  const stopAsked = useRef(false);
  // The file is checked in the import worker; the window only takes the checked rows in.
  const worker = useMemo(() => new ImportWorkerClient(), []);
  useEffect(
    () => () => {
      worker.cancel();
      clearImportProgress();
    },
    [worker],
  );

  const pick = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const [file] = await bridge.openFiles({
        title: 'Restore from a backup',
        filters: [{ name: 'Blendwise backup', extensions: ['json'] }],
      });
      if (!file) return;
      // A big backup takes seconds to check: the bar says so, and Cancel stops it.
      const cancel = () => worker.cancel();
      const checked = await worker
        .run<BackupChecked>({ type: 'read-backup', name: file.name, bytes: file.data }, (p) => showImportProgress(p, cancel), [file.data.buffer])
        .finally(() => clearImportProgress(cancel));
      const read = backupFromChecked(checked);
      if (!read.ok) {
        setProblem({ file: file.name, problem: read.problem, nothingChanged: true });
        return;
      }
      setSavedFirst(null);
      setPicked({ fileName: file.name, backup: read.backup, inBackup: countRows(read.backup.tables), here: await currentCounts() });
    } catch (error) {
      if (error instanceof JobCancelled) toast.info('Stopped checking the backup. Nothing on this computer was changed.');
      else setProblem({ file: 'The file you picked', problem: errorMessage(error), nothingChanged: true });
    } finally {
      setBusy(false);
    }
  };

  // File -> Restore from Backup… arrives here with ?restore=1: open the picker once.
  const [params, setParams] = useSearchParams();
  const restoreAsked = params.get('restore') === '1';
  useEffect(() => {
    if (!restoreAsked) return;
    const later = setTimeout(() => {
      setParams({}, { replace: true });
      void pick();
    }, 0);
    return () => clearTimeout(later);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per menu command
  }, [restoreAsked]);

  const saveFirst = async () => {
    setBusy(true);
    try {
      setSavedFirst((await saveBackupFile(appVersion)) ? { ok: true, text: 'Saved a backup of what is here now.' } : null);
    } catch (error) {
      setSavedFirst({ ok: false, text: `The backup was not saved: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      stopAsked.current = false;
      const previous = await restoreBackup(picked.backup, (written, total) => {
        setWriting({ written, total });
        return !stopAsked.current;
      });
      setPicked(null);
      // Kept in memory only until the app closes: Undo (or Ctrl+Z) puts it back in one transaction.
      toast.undoable(`Restored the backup made on ${madeOn(picked.backup.exportedAt)}.`, (progress) => putBack(previous, progress));
    } catch (error) {
      setPicked(null);
      if (error instanceof RestoreStopped) toast.info('Stopped restoring the backup. Nothing on this computer was changed.');
      else setProblem({ file: picked.fileName, problem: errorMessage(error), nothingChanged: false });
    } finally {
      setBusy(false);
      setWriting(null);
    }
  };

  const older = picked && picked.backup.schemaVersion < latestVersion();

  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void pick()}>
        Restore from a backup…
      </button>
      <ImportProgress />
      {problem && (
        <div className="banner warning restore-problem" role="alert">
          <p>
            <strong>{problem.file}</strong> was not restored.{problem.nothingChanged && ' Nothing on this computer was changed.'}
          </p>
          <p>{problem.problem}</p>
        </div>
      )}
      <Dialog title="Restore this backup?" open={!!picked} onClose={() => !busy && setPicked(null)}>
        {picked && (
          <div className="restore-confirm">
            <p>
              <strong>{picked.fileName}</strong> was made on {madeOn(picked.backup.exportedAt)}
              {picked.backup.appVersion ? ` by Blendwise ${picked.backup.appVersion}` : ''}.
              {older && ' It comes from an earlier version of Blendwise; its data is brought up to date as it is restored.'}
            </p>
            <table className="table compact" aria-label="What the backup holds">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Records</span>
                  </th>
                  <th scope="col">In the backup</th>
                  <th scope="col">On this computer now</th>
                </tr>
              </thead>
              <tbody>
                {COUNTED.map(([name]) => (
                  <tr key={name}>
                    <th scope="row">{LABELS[name]}</th>
                    <td>{picked.inBackup[name].toLocaleString('en-US')}</td>
                    <td>{picked.here[name].toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="banner warning">
              Restoring <strong>replaces</strong> everything now on this computer — every class, student, score, goal, plan
              and setting — with what is in the backup. Right after, Undo puts back what is here now; to keep a copy of it as
              well, save a backup of it first.
            </p>
            {writing && (
              <div className="restore-progress">
                <p>
                  {writing.written < writing.total
                    ? `Writing ${countOf(writing.written, writing.total, 'record')}…`
                    : 'Rebuilding the tracker from the restored scores…'}{' '}
                  Nothing changes until the last one is in.
                </p>
                <progress aria-label="Restoring the backup" max={writing.total || 1} value={writing.written} />
                {writing.written < writing.total && (
                  <button type="button" className="secondary" onClick={() => (stopAsked.current = true)}>
                    Stop restoring
                  </button>
                )}
              </div>
            )}
            {savedFirst && (
              <p role="status" className={savedFirst.ok ? 'muted' : 'field-error'}>
                {savedFirst.text}
              </p>
            )}
            <div className="actions">
              <button type="button" className="secondary" disabled={busy} onClick={() => void saveFirst()}>
                Save a backup of what is here first
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => void restore()}>
                Replace my data with this backup
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setPicked(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
