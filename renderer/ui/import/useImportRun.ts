import { useState } from 'react';
import { errorMessage, toast } from '../toasts';

/**
 * Runs an import the teacher confirmed: `busy` while it runs, so the button cannot start a second
 * one, and a failure says that nothing went in (each import lands whole or not at all).
 */
export function useImportRun() {
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(`Nothing was imported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
