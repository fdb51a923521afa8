import { beforeEach, describe, expect, it } from 'vitest';
import {
  afterRedo,
  afterUndo,
  pushStep,
  screenKeyOf,
  stacksOf,
  takeEntry,
  takeRedo,
  takeUndo,
  UNDO_DEPTH,
  type UndoEntry,
  type UndoStacks,
} from '../../../renderer/ui/undoStacks';
import { pushUndo, runRedo, runRedoEntry, runUndo, runUndoEntry, useUndoStore } from '../../../renderer/ui/undo';

const TRACKER = '/classes/c1/tracker';
const GOALS = '/classes/c1/goals';

let id = 0;
const entry = (screen: string, label: string, redo = true): UndoEntry => ({
  id: ++id,
  screen,
  label,
  undo: () => undefined,
  ...(redo ? { redo: () => undefined } : {}),
});

describe('undo stacks, one per screen', () => {
  it('undoes a screen’s own steps, newest first, and never another screen’s', () => {
    let s: UndoStacks = {};
    s = pushStep(s, entry(TRACKER, 'Score 3 for Ana'));
    s = pushStep(s, entry(TRACKER, 'Score 2 for Ben'));
    expect(takeUndo(s, GOALS)).toBeNull();
    const first = takeUndo(s, TRACKER)!;
    expect(first.entry.label).toBe('Score 2 for Ben');
    expect(takeUndo(first.stacks, TRACKER)!.entry.label).toBe('Score 3 for Ana');
  });

  it('redoes what was undone, in reverse order, and a new step clears the redo stack', () => {
    let s: UndoStacks = {};
    const a = entry(TRACKER, 'a');
    const b = entry(TRACKER, 'b');
    s = pushStep(pushStep(s, a), b);
    let t = takeUndo(s, TRACKER)!;
    s = afterUndo(t.stacks, t.entry);
    t = takeUndo(s, TRACKER)!;
    s = afterUndo(t.stacks, t.entry);
    expect(stacksOf(s, TRACKER).done).toHaveLength(0);
    const r = takeRedo(s, TRACKER)!;
    expect(r.entry.label).toBe('a');
    s = afterRedo(r.stacks, r.entry);
    expect(stacksOf(s, TRACKER).done.map((e) => e.label)).toEqual(['a']);
    expect(stacksOf(s, TRACKER).undone.map((e) => e.label)).toEqual(['b']);
    expect(takeRedo(s, GOALS)).toBeNull();
    s = pushStep(s, entry(TRACKER, 'c'));
    expect(takeRedo(s, TRACKER)).toBeNull();
  });

  it('a step that cannot be redone clears the redo stack when undone (redoing past it could clash)', () => {
    let s: UndoStacks = {};
    s = pushStep(s, entry(TRACKER, 'one-way', false));
    s = pushStep(s, entry(TRACKER, 'two-way'));
    let t = takeUndo(s, TRACKER)!;
    s = afterUndo(t.stacks, t.entry);
    expect(stacksOf(s, TRACKER).undone).toHaveLength(1);
    t = takeUndo(s, TRACKER)!;
    s = afterUndo(t.stacks, t.entry);
    expect(stacksOf(s, TRACKER).undone).toHaveLength(0);
  });

  it('takes a given step out of order (a toast’s button) and then offers no redo on that screen', () => {
    let s: UndoStacks = {};
    const a = entry(GOALS, 'a');
    s = pushStep(s, a);
    s = pushStep(s, entry(GOALS, 'b'));
    const t = takeEntry(s, a.id)!;
    expect(t.entry).toBe(a);
    expect(stacksOf(t.stacks, GOALS).done.map((e) => e.label)).toEqual(['b']);
    expect(takeEntry(t.stacks, a.id)).toBeNull();
  });

  it('keeps a bounded number of steps per screen', () => {
    let s: UndoStacks = {};
    for (let i = 0; i < UNDO_DEPTH + 10; i++) s = pushStep(s, entry(TRACKER, `step ${i}`));
    expect(stacksOf(s, TRACKER).done).toHaveLength(UNDO_DEPTH);
    expect(stacksOf(s, TRACKER).done[0]!.label).toBe('step 10');
  });

  it('names a screen by its route, without the query', () => {
    expect(screenKeyOf('#/classes/c1/tracker?skill=x')).toBe('/classes/c1/tracker');
    expect(screenKeyOf('#/classes/c1/groups/')).toBe('/classes/c1/groups');
    expect(screenKeyOf('')).toBe('/');
    expect(screenKeyOf('#/')).toBe('/');
  });
});

describe('running undo and redo', () => {
  beforeEach(() => useUndoStore.setState({ stacks: {} }));

  it('runs the screen’s step, then its redo, and says when there is nothing', async () => {
    const log: string[] = [];
    pushUndo(TRACKER, { label: 'Score 3', undo: () => void log.push('undo score'), redo: () => void log.push('redo score') });
    expect((await runUndo(GOALS)).kind).toBe('none');
    expect(log).toEqual([]);
    expect((await runUndo(TRACKER)).kind).toBe('done');
    expect((await runRedo(TRACKER)).kind).toBe('done');
    expect((await runRedo(TRACKER)).kind).toBe('none');
    expect((await runUndo(TRACKER)).kind).toBe('done');
    expect(log).toEqual(['undo score', 'redo score', 'undo score']);
  });

  it('runs steps one after another, even when the first is slow', async () => {
    const log: string[] = [];
    const slow = (name: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => (log.push(name), r()), ms));
    pushUndo(TRACKER, { label: 'first', undo: slow('first', 1) });
    pushUndo(TRACKER, { label: 'second', undo: slow('second', 30) });
    await Promise.all([runUndo(TRACKER), runUndo(TRACKER)]);
    expect(log).toEqual(['second', 'first']);
  });

  it('drops a step that failed, and reports it', async () => {
    pushUndo(TRACKER, { label: 'broken', undo: () => Promise.reject(new Error('disk full')), redo: () => undefined });
    const outcome = await runUndo(TRACKER);
    expect(outcome.kind).toBe('failed');
    expect((await runUndo(TRACKER)).kind).toBe('none');
    expect((await runRedo(TRACKER)).kind).toBe('none');
  });

  it('falls back to a step a toast still offers only when the screen has none of its own', async () => {
    const log: string[] = [];
    const restore = pushUndo('/settings', { label: 'Restored a backup', undo: () => void log.push('restore') });
    pushUndo(GOALS, { label: 'Created a goal', undo: () => void log.push('goal') });
    await runUndo(GOALS, [restore]);
    expect(log).toEqual(['goal']);
    await runUndo(GOALS, [restore]);
    expect(log).toEqual(['goal', 'restore']);
  });

  it('undoes and redoes one given step (the toast buttons)', async () => {
    const log: string[] = [];
    const step = pushUndo(GOALS, { label: 'Deleted a goal', undo: () => void log.push('undo'), redo: () => void log.push('redo') });
    expect((await runUndoEntry(step)).kind).toBe('done');
    expect((await runUndoEntry(step)).kind).toBe('none');
    expect((await runRedoEntry(step)).kind).toBe('done');
    expect(log).toEqual(['undo', 'redo']);
  });
});
