import { useCallback, useEffect, useMemo, useRef } from 'react';
import { errorMessage, toast } from '../toasts';
import { clearImportProgress, showImportProgress, useImportProgress } from './importProgressStore';
import { ImportWorkerClient, JobCancelled } from './importWorkerClient';

type Job = Parameters<ImportWorkerClient['run']>[0];

/**
 * Runs one reading job at a time in the import worker for a screen: its progress and Cancel show
 * in <ImportProgress />, a failure is told in words, and leaving the screen stops it.
 * `onStop` runs when the teacher cancels (after the worker has stopped).
 */
export function useImportJob(onStop: (name: string) => void) {
  const client = useMemo(() => new ImportWorkerClient(), []);
  const stopped = useRef(onStop);
  useEffect(() => {
    stopped.current = onStop;
  }, [onStop]);
  const reading = useImportProgress((s) => s.progress !== null);

  useEffect(
    () => () => {
      client.cancel();
      clearImportProgress();
    },
    [client],
  );

  const run = useCallback(
    <T>(
      name: string,
      job: Job,
      done: (value: T) => void,
      failed: () => void = () => {},
      transfer: Transferable[] = [],
    ) => {
      const cancel = () => {
        client.cancel();
        clearImportProgress();
        toast.info(`Stopped reading ${name}. Nothing was imported.`);
        stopped.current(name);
      };
      client
        .run<T>(job, (progress) => showImportProgress(progress, cancel), transfer)
        .then(done, (error: unknown) => {
          if (error instanceof JobCancelled) return;
          toast.error(`${name} could not be read: ${errorMessage(error)}`);
          failed();
        })
        .finally(() => {
          if (!client.busy) clearImportProgress(cancel);
        });
    },
    [client],
  );

  const stop = useCallback(() => {
    client.cancel();
    clearImportProgress();
  }, [client]);

  /** `client`: the screen's worker, for the writes that run there (they report their own progress) */
  return { run, stop, reading, client };
}
