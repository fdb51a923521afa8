// The class workspace: one subscription per open class, from which every class screen reads.
// The class, roster and skills are a live query (small); the cells are read once and then kept up
// to date cell by cell from the class's stamp, so a saved score costs one cell, not a re-read of
// the class's evidence. A screen asking for class B never gets class A's workspace: until B's is
// read, it gets `loading`.
import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import {
  buildWorkspace,
  decodeClass,
  decodeCheckIn,
  decodeClassSkill,
  decodeGoal,
  decodeSkill,
  cellKey,
  cellWithScore,
  withCells,
  type CellRecord,
  type ClassRecord,
  type CheckIn,
  type ClassWorkspace,
  type GoalRecord,
  type RosterEntry,
  type Skill,
  type TrackedSkill,
} from '../../shared';
import { cellsChangedSince, type ClassStamp } from './cellsRebuild';
import { db } from './db';
import { nextTask } from './nextTask';
import { readRosterEntries } from './rosterPages';
import { listRoster, sortRoster } from './students';

/**
 * Past this many enrollments, a class's roster is read outside the live query, a page at a time,
 * and the live query only watches for changes: a live query notes every key it reads (100,000 of
 * them take a quarter of a second to note) and reads in one go.
 */
export const LIVE_ROSTER_UNTIL = 2_000;

export type WorkspaceState =
  | { status: 'loading'; classId: string }
  | { status: 'missing'; classId: string }
  | { status: 'ready'; classId: string; workspace: ClassWorkspace };

type Frame = {
  cls: ClassRecord;
  /** null: a district-size roster, read apart (see LIVE_ROSTER_UNTIL) */
  allRoster: RosterEntry[] | null;
  skills: TrackedSkill[];
  goals: GoalRecord[];
  checkIns: CheckIn[];
  otherSkills: Skill[];
};

type Entry = {
  classId: string;
  state: WorkspaceState;
  listeners: Set<() => void>;
  subscriptions: Subscription[];
  frame: Frame | null | undefined;
  cells: Map<string, CellRecord> | undefined;
  /** the stamp rev the cells are known up to */
  rev: number;
  /** cell reads run one after another, so an older read never lands after a newer one */
  queue: Promise<void>;
  /** cells shown before their write has landed (key -> the cell as typed) */
  pending: Map<string, CellRecord>;
  /** a district-size roster as last read apart, and the number of the read under way */
  bigRoster: RosterEntry[] | undefined;
  bigRosterRead: number;
  /** how many states have been published, so a state built a task ago knows whether it is still the newest */
  published: number;
  dropTimer: ReturnType<typeof setTimeout> | undefined;
};

const entries = new Map<string, Entry>();
/** How many times a class's cells were read whole (opening it, or after a bulk change). */
let fullReads = 0;
export const workspaceFullReads = (): number => fullReads;
/** How long a class nobody shows stays in memory, so going back to it is instant. */
const KEEP_MS = 60_000;

/**
 * The class's records other than its scores, read in one transaction: class, roster, skills, goals.
 * The reads that need nothing of each other are asked for together, so opening a class waits for
 * three round trips to the database rather than one after another for each table.
 */
async function readFrame(classId: string): Promise<Frame | null> {
  const tables = [db.classes, db.enrollments, db.students, db.classSkills, db.skills, db.goals, db.checkIns];
  return db.transaction('r', tables, async () => {
    const [raw, enrolled, rawClassSkills, rawGoals] = await Promise.all([
      db.classes.get(classId),
      db.enrollments.where('classId').equals(classId).count(),
      db.classSkills.where('classId').equals(classId).toArray(),
      db.goals.where('classId').equals(classId).toArray(),
    ]);
    if (!raw) return null;
    const cls = decodeClass(raw);
    const classSkills = rawClassSkills.map(decodeClassSkill).sort((a, b) => a.order - b.order);
    const goals = rawGoals.map(decodeGoal);
    // Goals may name skills the class no longer tracks: read those too, so nothing goes blank.
    const trackedIds = new Set(classSkills.map((c) => c.skillId));
    const otherIds = [...new Set(goals.flatMap((g) => g.skills.map((s) => s.skillId)))].filter((id) => !trackedIds.has(id));
    const [allRoster, rawCheckIns, rawSkills] = await Promise.all([
      // Watched, not read, past LIVE_ROSTER_UNTIL: any change to a student or an enrollment (a
      // change that leaves an index's value as it was is noted only by primary key) reads the
      // roster again.
      enrolled > LIVE_ROSTER_UNTIL ? Promise.all([db.students.count(), db.enrollments.count()]).then(() => null) : listRoster(classId, true),
      goals.length ? db.checkIns.where('goalId').anyOf(goals.map((g) => g.id)).toArray() : [],
      db.skills.bulkGet([...classSkills.map((c) => c.skillId), ...otherIds]),
    ]);
    const checkIns = rawCheckIns.map(decodeCheckIn);
    const found = rawSkills.map((s) => s && decodeSkill(s));
    const skills = classSkills.flatMap((classSkill, i) => (found[i] ? [{ skill: found[i], classSkill }] : []));
    const otherSkills = found.slice(classSkills.length).filter((s): s is Skill => !!s);
    return { cls, allRoster, skills, goals, checkIns, otherSkills };
  });
}

function publish(entry: Entry, state: WorkspaceState): void {
  entry.state = state;
  entry.published++;
  for (const l of entry.listeners) l();
}

/** The state the entry's records make now. */
function nextState(entry: Entry): WorkspaceState {
  const { frame, cells } = entry;
  if (frame === null) return { status: 'missing', classId: entry.classId };
  const allRoster = frame?.allRoster ?? entry.bigRoster;
  if (frame === undefined || cells === undefined || allRoster === undefined) return { status: 'loading', classId: entry.classId };
  const roster = allRoster.filter((r) => r.enrollment.archived !== 1 && r.student.archived !== 1);
  const all = entry.pending.size ? new Map([...cells, ...entry.pending]) : cells;
  return { status: 'ready', classId: entry.classId, workspace: buildWorkspace({ ...frame, roster, allRoster, cells: all.values() }) };
}

function rebuild(entry: Entry): void {
  publish(entry, nextState(entry));
}

function sameScores(a: CellRecord, b: CellRecord): boolean {
  if (a.values.length !== b.values.length) return false;
  for (let i = 0; i < a.values.length; i++) {
    if (a.values[i] !== b.values[i] || !Object.is(a.days[i], b.days[i])) return false;
  }
  return true;
}

/** Applies changed cells to the cell map and, when the workspace is on screen, to it alone. */
function applyCells(entry: Entry, changes: Map<string, CellRecord | null>): void {
  if (!entry.cells || changes.size === 0) return;
  const shown = new Map<string, CellRecord | null>();
  for (const [key, cell] of changes) {
    if (cell) entry.cells.set(key, cell);
    else entry.cells.delete(key);
    // A stored cell replaces the one shown while its write was on its way; when they hold the
    // same scores, the screen already shows it and need not paint again.
    const pending = entry.pending.get(key);
    entry.pending.delete(key);
    if (pending && cell && sameScores(pending, cell)) continue;
    shown.set(key, cell);
  }
  if (shown.size === 0) return;
  if (entry.state.status === 'ready') {
    publish(entry, { ...entry.state, workspace: withCells(entry.state.workspace, shown) });
  } else rebuild(entry);
}

function readCells(entry: Entry, stamp: ClassStamp | undefined): void {
  entry.queue = entry.queue
    .then(async () => {
      const changed = entry.cells ? cellsChangedSince(stamp, entry.rev) : null;
      if (changed && changed.size === 0) return;
      if (changed) {
        const keys = [...changed];
        const found = await db.cells.bulkGet(keys);
        entry.rev = stamp?.rev ?? 0;
        applyCells(entry, new Map(keys.map((k, i) => [k, found[i] ?? null])));
        return;
      }
      fullReads++;
      const { rows, rev } = await db.transaction('r', [db.cells, db.classStamps], async () => ({
        // By primary key: a cell's id starts with its class's id, so the class's cells lie
        // together and are read in one range, without a lookup per cell through an index.
        rows: await db.cells.where(':id').between(`${entry.classId}|`, `${entry.classId}|\uffff`).toArray(),
        rev: (await db.classStamps.get(entry.classId))?.rev ?? 0,
      }));
      entry.rev = rev;
      entry.cells = new Map(rows.map((c) => [c.id, c]));
      entry.pending.clear();
      rebuild(entry);
    })
    .catch((error: unknown) => {
      console.error('Blendwise could not read the class’s scores', error);
    });
}

/**
 * Reads a district-size roster apart from the live query (see LIVE_ROSTER_UNTIL), after the live
 * query's turn so it is not noted there. The roster shown stays until the new one is read; a read
 * overtaken by a newer one is dropped.
 */
function readBigRoster(entry: Entry): void {
  const read = ++entry.bigRosterRead;
  const current = () => read === entry.bigRosterRead && entry.frame?.allRoster === null;
  // Each step in a task of its own, so the window paints between them.
  void (async () => {
    await nextTask();
    if (!current()) return;
    const entries = await readRosterEntries(entry.classId, true);
    await nextTask();
    if (!current()) return;
    const roster = sortRoster(entries);
    await nextTask();
    if (!current()) return;
    entry.bigRoster = roster;
    // Built in this task and shown in the next: a district's workspace takes a while to build and
    // its screen a while to draw (the screens read it in a synchronous render), and in one task the
    // two held the window past a frame. Shown only if nothing was published meanwhile.
    const state = nextState(entry);
    const seen = entry.published;
    await nextTask();
    if (!current()) return;
    if (entry.published === seen) publish(entry, state);
    else rebuild(entry);
  })().catch((error: unknown) => console.error('Blendwise could not read the class’s roster', error));
}

function start(entry: Entry): void {
  entry.subscriptions.push(
    liveQuery(() => readFrame(entry.classId)).subscribe({
      next: (frame) => {
        entry.frame = frame;
        if (frame && frame.allRoster === null) readBigRoster(entry);
        else entry.bigRoster = undefined;
        rebuild(entry);
      },
      error: (error: unknown) => console.error('Blendwise could not read the class', error),
    }),
    liveQuery(() => db.classStamps.get(entry.classId)).subscribe({
      next: (stamp) => readCells(entry, stamp),
      error: (error: unknown) => console.error('Blendwise could not read the class’s changes', error),
    }),
  );
}

function entryFor(classId: string): Entry {
  let entry = entries.get(classId);
  if (!entry) {
    entry = {
      classId,
      state: { status: 'loading', classId },
      listeners: new Set(),
      subscriptions: [],
      frame: undefined,
      cells: undefined,
      rev: 0,
      queue: Promise.resolve(),
      pending: new Map(),
      bigRoster: undefined,
      bigRosterRead: 0,
      published: 0,
      dropTimer: undefined,
    };
    entries.set(classId, entry);
  }
  return entry;
}

function subscribe(classId: string, listener: () => void): () => void {
  const entry = entryFor(classId);
  if (entry.dropTimer) clearTimeout(entry.dropTimer);
  entry.dropTimer = undefined;
  entry.listeners.add(listener);
  if (entry.subscriptions.length === 0) start(entry);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size > 0) return;
    entry.dropTimer = setTimeout(() => {
      for (const s of entry.subscriptions) s.unsubscribe();
      entries.delete(classId);
    }, KEEP_MS);
  };
}

/**
 * Starts reading a class's workspace before any screen asks for it (the window opening on a class
 * screen reads it while that screen's code loads); resolves once it is read, or found missing. Kept
 * as any workspace nobody shows is (KEEP_MS), so the screen that mounts next finds it ready.
 */
export function prefetchClassWorkspace(classId: string): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => entryFor(classId).state.status !== 'loading';
    const stop = subscribe(classId, () => {
      if (!settled()) return;
      stop();
      resolve();
    });
    if (settled()) {
      stop();
      resolve();
    }
  });
}

/** Watches a class's workspace outside React: `state()` now, `listener` on every change. */
export function watchClassWorkspace(classId: string, listener: () => void): { state: () => WorkspaceState; stop: () => void } {
  const stop = subscribe(classId, listener);
  return { state: () => entryFor(classId).state, stop };
}

/**
 * The workspace of one class: `loading` until that class's records are read (never another
 * class's), `missing` when there is no such class, then `ready` and kept up to date.
 */
export function useClassWorkspace(classId: string): WorkspaceState {
  const sub = useCallback((listener: () => void) => subscribe(classId, listener), [classId]);
  const get = useCallback(() => entryFor(classId).state, [classId]);
  return useSyncExternalStore(sub, get, get);
}

/**
 * Shows a score in its cell at once, before its write lands (typing never waits for the disk).
 * The stored cell replaces it when the write lands; `forget` takes it back when the write fails.
 */
export function showScoreNow(classId: string, studentId: string, skillId: string, value: number, date: string): { forget: () => void } {
  const entry = entries.get(classId);
  const key = cellKey(classId, studentId, skillId);
  if (!entry || entry.state.status !== 'ready') return { forget: () => undefined };
  const base = entry.pending.get(key) ?? entry.cells?.get(key);
  const cell = cellWithScore(base, { classId, studentId, skillId }, value, date);
  entry.pending.set(key, cell);
  publish(entry, { ...entry.state, workspace: withCells(entry.state.workspace, new Map([[key, cell]])) });
  return {
    forget: () => {
      if (entry.pending.get(key) !== cell) return;
      entry.pending.delete(key);
      applyCells(entry, new Map([[key, entry.cells?.get(key) ?? null]]));
    },
  };
}

/** The state's workspace: `undefined` while loading, `null` when there is no such class. */
export function readyWorkspace(state: WorkspaceState): ClassWorkspace | null | undefined {
  return state.status === 'ready' ? state.workspace : state.status === 'missing' ? null : undefined;
}
