import { useLive } from '../db/live';
import { hasSampleClass } from '../db/classes';
import { clearSampleData, describeSampleClear, loadSampleClass, restoreClearedSample, type SampleClearSummary } from '../db/sample';
import { errorMessage, toast } from '../ui/toasts';
import { clearedWords } from './sampleClearWords';

export function useSamplePresent(): boolean | undefined {
  return useLive(() => hasSampleClass(), []);
}

/** What a clear would take, or null (said in a toast) when it cannot be read. */
export async function sampleClearSummary(): Promise<SampleClearSummary | null> {
  try {
    return await describeSampleClear();
  } catch (error) {
    toast.error(`Could not check the sample: ${errorMessage(error)}`);
    return null;
  }
}

/** Clears the sample, with an Undo that puts back everything that went. True when it was cleared. */
export async function clearSample(summary: SampleClearSummary): Promise<boolean> {
  try {
    const cleared = await clearSampleData();
    toast.undoable(clearedWords(summary), () => restoreClearedSample(cleared));
    return true;
  } catch (error) {
    toast.error(`Could not clear the sample: ${errorMessage(error)}`);
    return false;
  }
}

export async function loadSample(): Promise<void> {
  try {
    await loadSampleClass();
    toast.success('Loaded the sample class.');
  } catch (error) {
    toast.error(`Could not load the sample: ${errorMessage(error)}`);
  }
}
