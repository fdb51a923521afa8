// Marks on the window's performance timeline at the steps of a start. `npm run bench` (cold-start)
// reads them to say where a start's time goes: loading scripts, running them, reading, rendering.
export const STARTUP_MARKS = {
  /** The shell's scripts have run (main.tsx's body starts). */
  shellRun: 'blendwise:shell-run',
  /** The first-run check, the first screen's code and its reads are done: the first render starts. */
  firstScreenRead: 'blendwise:first-screen-read',
  /** React has put the first screen in the page (its layout effects run). */
  firstCommit: 'blendwise:first-commit',
} as const;

export function markStartup(step: keyof typeof STARTUP_MARKS): void {
  performance.mark(STARTUP_MARKS[step]);
}
