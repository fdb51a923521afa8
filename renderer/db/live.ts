// The one live-query hook screens use. Screens never import Dexie or dexie-react-hooks: they pass
// a named query from renderer/db to this hook, and it re-runs whenever a table the query read changes
// (in this window or another one on the same database).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

/** The query's result, `undefined` while it first loads; re-runs when `deps` change or its data does. */
export function useLive<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined;
/** As above, with `initial` in place of `undefined` while it first loads. */
export function useLive<T, D>(query: () => Promise<T> | T, deps: unknown[], initial: D): T | D;
export function useLive<T, D>(query: () => Promise<T> | T, deps: unknown[], initial?: D): T | D | undefined {
  return useLiveQuery(query, deps, initial);
}

/**
 * For reads too big to run inside a live query, which notes every key it reads (200,000
 * enrollment keys take seconds to note): `watch` runs live and only has to read something of
 * every table `read` depends on, coarsely (a table's count watches all of it); each time it
 * runs, `read` runs outside it. The last read's result stays until the next one lands.
 */
export function useWatchedRead<T>(watch: () => Promise<unknown>, read: () => Promise<T>, deps: unknown[]): T | undefined {
  const version = useLiveQuery(async () => {
    await watch();
    return ++watchedRuns;
  }, deps);
  const [result, setResult] = useState<{ deps: unknown[]; value: T } | undefined>(undefined);
  useEffect(() => {
    if (version === undefined) return;
    let current = true;
    read().then(
      (value) => current && setResult({ deps, value }),
      (error: unknown) => console.error('Blendwise could not read', error),
    );
    return () => {
      current = false;
    };
    // `read` changes with `deps`, which `version` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  // A result read for other deps is not this one's.
  return result && result.deps.length === deps.length && result.deps.every((d, i) => Object.is(d, deps[i])) ? result.value : undefined;
}

let watchedRuns = 0;
