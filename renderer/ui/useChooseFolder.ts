import { useState } from 'react';
import { bridge } from '../bridge';
import { errorMessage, toast } from './toasts';

/**
 * A desktop folder dialog whose answer is kept: `choosing` while the dialog is open (its button
 * waits), `save` with the folder chosen, then `told(folder)` as a toast; a failure said in words.
 */
export function useChooseFolder(title: string, save: (folder: string) => Promise<void>, told: (folder: string) => string) {
  const [choosing, setChoosing] = useState(false);
  const choose = async () => {
    setChoosing(true);
    try {
      const chosen = await bridge.chooseFolder({ title });
      if (chosen) {
        await save(chosen);
        toast.success(told(chosen));
      }
    } catch (e) {
      toast.error(`The folder was not chosen: ${errorMessage(e)}`);
    } finally {
      setChoosing(false);
    }
  };
  return { choosing, choose };
}
