// Long pure work (matching a district's roster) run between the window's frames: a generator
// that pauses now and then (shared/import/rosterMatch.ts matchRosterSteps) is stepped for a
// few milliseconds at a time, and the window gets a turn to paint between.

/** Work done in one go before the window gets a turn: well inside a 60 Hz frame. */
const BUDGET_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to the end, pausing for the window every BUDGET_MS. `onPause` hears how far it
 * is (what the generator yielded last); a fired `signal` stops it with an AbortError.
 * Never call it inside a Dexie transaction: a pause would let IndexedDB commit it.
 */
export async function runSteps<T>(
  steps: Generator<number, T, void>,
  options: { signal?: AbortSignal; onPause?: (done: number) => void } = {},
): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < BUDGET_MS) continue;
    options.onPause?.(step.value);
    await nextTask();
    options.signal?.throwIfAborted();
    since = performance.now();
  }
}
