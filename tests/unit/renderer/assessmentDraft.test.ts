import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankDraft, cellKey, hasTypedWork, typedCells } from '../../../renderer/mastery/assessment/assessmentDraft';

/** localStorage as a browser has it, so the persisted store can be reloaded as after a restart. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

/** A fresh module instance over the same storage: what the app sees after a reload. */
async function loadStore() {
  vi.resetModules();
  const { useAssessmentDrafts } = await import('../../../renderer/mastery/assessment/assessmentDraftStore');
  await useAssessmentDrafts.persist.rehydrate();
  return useAssessmentDrafts;
}

describe('assessment drafts', () => {
  it('counts only the typed cells of the students and skills on screen', () => {
    const draft = {
      ...blankDraft('2026-03-02', '2026-03-02T10:00:00.000Z'),
      cells: { [cellKey('s1', 'k1')]: '92', [cellKey('s2', 'k1')]: '  ', [cellKey('s3', 'k1')]: '70', [cellKey('s1', 'k2')]: '3' },
    };
    expect(typedCells(draft, ['s1', 's2'], ['k1'])).toEqual([cellKey('s1', 'k1')]);
    expect(typedCells(draft, ['s1', 's2', 's3'], ['k1', 'k2'])).toHaveLength(3);
  });

  it('holds typed work once a score or the source is typed, not for blanks', () => {
    const blank = blankDraft('2026-03-02', '2026-03-02T10:00:00.000Z');
    expect(hasTypedWork(undefined)).toBe(false);
    expect(hasTypedWork({ ...blank, skillIds: ['k1'], cells: { a: ' ' } })).toBe(false);
    expect(hasTypedWork({ ...blank, cells: { a: '3' } })).toBe(true);
    expect(hasTypedWork({ ...blank, source: 'Exit ticket 5' })).toBe(true);
  });
});

describe('the assessment draft store', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps typed scores per class across a reload, and forgets them once discarded', async () => {
    let store = await loadStore();
    store.getState().change('class-a', '2026-03-02', () => ({ skillIds: ['k1'], kind: 'percent' }));
    store.getState().change('class-a', '2026-03-02', (d) => ({ cells: { ...d.cells, [cellKey('s1', 'k1')]: '92' } }));
    store.getState().change('class-b', '2026-03-02', () => ({ skillIds: ['k9'] }));

    store = await loadStore();
    const kept = store.getState().drafts['class-a'];
    expect(kept?.cells[cellKey('s1', 'k1')]).toBe('92');
    expect(kept?.kind).toBe('percent');
    expect(kept?.date).toBe('2026-03-02');
    // A class where only a skill was ticked had nothing typed worth keeping past a restart.
    expect(store.getState().drafts['class-b']).toBeUndefined();

    store.getState().discard('class-a');
    store = await loadStore();
    expect(store.getState().drafts['class-a']).toBeUndefined();
  });

  it('puts a discarded draft back whole (the Undo)', async () => {
    const store = await loadStore();
    store.getState().change('c', '2026-03-02', () => ({ source: 'Quiz', cells: { [cellKey('s1', 'k1')]: '3' } }));
    const before = store.getState().drafts.c!;
    store.getState().discard('c');
    store.getState().restore('c', before);
    expect(store.getState().drafts.c).toEqual(before);
  });
});
