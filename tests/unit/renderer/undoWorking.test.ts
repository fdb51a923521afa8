// An Undo that takes a while (a restore or a big import put back) says it is under way, and the
// note goes when it is done; a quick one shows only its result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toast, toastLifetimeMs, undoToast, useToasts } from '../../../renderer/ui/toasts';

const messages = () => useToasts.getState().toasts.map((t) => t.message);

afterEach(() => {
  vi.useRealTimers();
  useToasts.setState({ toasts: [] });
});

describe('an Undo that takes a while', () => {
  it('shows "Undoing…" until it is done, then only what was undone', async () => {
    vi.useFakeTimers();
    let finish!: () => void;
    toast.undoable('Restored the backup.', () => new Promise<void>((resolve) => (finish = resolve)));
    const offered = useToasts.getState().toasts.at(-1)!;
    const undoing = undoToast(offered);
    await vi.advanceTimersByTimeAsync(500);
    const shownWhileRunning = messages().some((m) => m.startsWith('Undoing…'));
    // Undo steps run one after another: this one ends before anything is asserted.
    finish();
    await undoing;
    expect(shownWhileRunning).toBe(true);
    expect(messages().some((m) => m.startsWith('Undoing…'))).toBe(false);
    expect(messages()).toContain('Undone: Restored the backup.');
  });

  it('says nothing while a quick one runs', async () => {
    vi.useFakeTimers();
    toast.undoable('Added 3 scores.', async () => {});
    await undoToast(useToasts.getState().toasts.at(-1)!);
    await vi.advanceTimersByTimeAsync(1000);
    expect(messages()).toEqual(['Undone: Added 3 scores.']);
  });

  it('says how far a long one has got, and stays on view until it is done', async () => {
    vi.useFakeTimers();
    let report!: (done: number, total: number) => void;
    let finish!: () => void;
    toast.undoable(
      'Restored the backup.',
      (progress) =>
        new Promise<void>((resolve) => {
          report = progress!;
          finish = resolve;
        }),
    );
    const undoing = undoToast(useToasts.getState().toasts.at(-1)!);
    const note = () => useToasts.getState().toasts.find((t) => t.message.startsWith('Undoing…'));
    // Steps run in turn: this one starts once the queue reaches it.
    await vi.advanceTimersByTimeAsync(0);
    report(1_000, 200_724);
    await vi.advanceTimersByTimeAsync(500);
    // Reported before the note showed: the note starts from it.
    expect(note()?.working).toEqual({ done: 1_000, total: 200_724 });
    report(28_082, 200_724);
    expect(note()?.working).toEqual({ done: 28_082, total: 200_724 });
    // A minute of writing: the note is not timed out like a message.
    expect(toastLifetimeMs(note()!)).toBeNull();
    finish();
    await undoing;
    expect(note()).toBeUndefined();
    expect(messages()).toContain('Undone: Restored the backup.');
  });
});

describe('how long a message stays', () => {
  const base = { id: 1, message: 'Saved.', tone: 'info' as const };
  it('gives time to reach Undo or Redo, and longer to read an error', () => {
    expect(toastLifetimeMs(base)).toBe(5_000);
    expect(toastLifetimeMs({ ...base, tone: 'error' })).toBe(10_000);
    expect(toastLifetimeMs({ ...base, undoStep: 3 })).toBe(12_000);
    expect(toastLifetimeMs({ ...base, redoStep: 3 })).toBe(12_000);
    expect(toastLifetimeMs({ ...base, working: null })).toBeNull();
  });
});
