/**
 * Resolves in a task of its own, so the window paints (and answers) before long work goes on:
 * await it between slices of a district-size read, build or pick.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
