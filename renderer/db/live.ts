// The one live-query hook screens use. Screens never import Dexie or dexie-react-hooks: they pass
// a named query from renderer/db to this hook, and it re-runs whenever a table the query read changes
// (in this window or another one on the same database).
import { useLiveQuery } from 'dexie-react-hooks';

/** The query's result, `undefined` while it first loads; re-runs when `deps` change or its data does. */
export function useLive<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined;
/** As above, with `initial` in place of `undefined` while it first loads. */
export function useLive<T, D>(query: () => Promise<T> | T, deps: unknown[], initial: D): T | D;
export function useLive<T, D>(query: () => Promise<T> | T, deps: unknown[], initial?: D): T | D | undefined {
  return useLiveQuery(query, deps, initial);
}
