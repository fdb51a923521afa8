import { useLive } from '../db/live';
import { hasSampleClass } from '../db/classes';
import { clearSampleData, loadSampleClass } from '../db/sample';
import { errorMessage, toast } from '../ui/toasts';

export function useSamplePresent(): boolean | undefined {
  return useLive(() => hasSampleClass(), []);
}

export async function clearSample(): Promise<void> {
  try {
    await clearSampleData();
    toast.success('Sample data cleared. You can load it again from Settings.');
  } catch (error) {
    toast.error(`Could not clear the sample: ${errorMessage(error)}`);
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
