import Dexie from 'dexie';

/**
 * Resolves in a task of its own, so the window paints (and answers) before long work goes on:
 * await it between slices of a district-size read, build or pick.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * nextTask inside a transaction (or a live query's read): Dexie.waitFor keeps the transaction
 * open, and the query's watch on what it read, across the pause.
 */
export const pauseInTransaction = (): Promise<void> => Dexie.waitFor(nextTask());

/**
 * Rows read, written or built between two pauses of a big change (a restore, an Undo of an
 * import, a rebuild of the cells): a teacher's 53,000 scores written in one go held the window
 * for two seconds; a thousand at a time, under a tenth of a second each.
 */
export const ROWS_PER_PAUSE = 1000;
