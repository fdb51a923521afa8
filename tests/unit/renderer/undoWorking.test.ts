// An Undo that takes a while (a restore or a big import put back) says it is under way, and the
// note goes when it is done; a quick one shows only its result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toast, undoToast, useToasts } from '../../../renderer/ui/toasts';

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
});
