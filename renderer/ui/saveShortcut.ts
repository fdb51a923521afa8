import { useEffect, useRef } from 'react';

// Ctrl+S (Cmd+S) saves on the screens that have a Save: each registers what its Save button does
// while it is on view. One screen is on view at a time; the newest registration wins.
type Saver = { save: () => void | Promise<void> };
const savers: Saver[] = [];

/**
 * Lets Ctrl+S run this screen's Save. Pass null while there is nothing to save (Ctrl+S then says
 * so). The newest `save` is used, so it may close over the screen's current state.
 *
 *   useSaveShortcut(dirty ? () => save() : null);
 */
export function useSaveShortcut(save: (() => void | Promise<void>) | null): void {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const saver: Saver = {
      save: () => {
        const current = latest.current;
        return current ? current() : Promise.reject(new NothingToSave());
      },
    };
    savers.push(saver);
    return () => {
      const at = savers.indexOf(saver);
      if (at >= 0) savers.splice(at, 1);
    };
  }, []);
}

/** Thrown by a registered screen that has nothing to save right now. */
export class NothingToSave extends Error {
  constructor() {
    super('Nothing to save: everything here is saved.');
  }
}

/** Runs the Save of the screen on view; 'none' when the screen has no Save. */
export async function saveScreen(): Promise<'saved' | 'none' | 'nothing'> {
  const saver = savers[savers.length - 1];
  if (!saver) return 'none';
  try {
    await saver.save();
    return 'saved';
  } catch (error) {
    if (error instanceof NothingToSave) return 'nothing';
    throw error;
  }
}
