import { create } from 'zustand';
import type { JobProgress } from './importWorkerProtocol';

type ImportProgressState = {
  /** what is being read, or null when nothing is */
  progress: JobProgress | null;
  /** stops it */
  cancel: (() => void) | null;
};

/**
 * The file being read on the import screen on view, so the screen's header can show how far it
 * is and offer Cancel without every import screen passing it along. One import screen is on view
 * at a time.
 */
export const useImportProgress = create<ImportProgressState>(() => ({ progress: null, cancel: null }));

export function showImportProgress(progress: JobProgress, cancel: () => void): void {
  useImportProgress.setState({ progress, cancel });
}

export function clearImportProgress(cancel?: () => void): void {
  // Only the job that set it clears it: a screen leaving must not wipe the next one's progress.
  if (!cancel || useImportProgress.getState().cancel === cancel)
    useImportProgress.setState({ progress: null, cancel: null });
}
