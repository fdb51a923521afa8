import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CRASH_WINDOW_MS,
  LAST_BACKUP_FILE,
  MAX_RELOADS,
  backupPointer,
  decideOnGone,
  goneMessage,
  isBackupSave,
  readLastBackup,
  recordLastBackup,
  unresponsiveMessage,
} from '../../../electron/crash-recovery';
import { BACKUP_FILE_FILTER } from '../../../shared/bridgeChannels';

const crashed = { reason: 'crashed', exitCode: 139 };

describe('a page whose process is gone', () => {
  it('is reloaded, but not after a clean exit', () => {
    expect(decideOnGone({ reason: 'clean-exit', exitCode: 0 }, [], 1000).action).toBe('ignore');
    expect(decideOnGone(crashed, [], 1000)).toEqual({ action: 'reload', crashes: [1000] });
    expect(decideOnGone({ reason: 'oom', exitCode: 0 }, [], 1000).action).toBe('reload');
  });

  it('stops being reloaded when it keeps crashing within a minute, and is reloaded again once those are past', () => {
    let crashes: number[] = [];
    const actions: string[] = [];
    for (let i = 0; i <= MAX_RELOADS; i++) {
      const d = decideOnGone(crashed, crashes, 10_000 + i * 1000);
      crashes = d.crashes;
      actions.push(d.action);
    }
    expect(actions).toEqual([...Array(MAX_RELOADS).fill('reload'), 'stop']);
    expect(decideOnGone(crashed, crashes, 10_000 + MAX_RELOADS * 1000 + CRASH_WINDOW_MS).action).toBe('reload');
  });

  it('is told in words: why, that it was reloaded, and where the last backup is', () => {
    const last = { path: '/home/t/Blendwise backup 2026-12-01.json', at: '2026-12-01T15:00:00.000Z' };
    const reload = goneMessage({ reason: 'oom', exitCode: 0 }, { action: 'reload', crashes: [1] }, last);
    expect(reload.message).toBe("Blendwise's window stopped working (it ran out of memory) and has been reloaded.");
    expect(reload.detail).toContain('/home/t/Blendwise backup 2026-12-01.json (saved 2026-12-01)');
    expect(reload.buttons).toEqual(['OK']);
    const stop = goneMessage(crashed, { action: 'stop', crashes: [1, 2, 3, 4] }, null);
    expect(stop.message).toContain('stopped 4 times in a minute');
    expect(stop.detail).toContain('No backup has been saved from this computer yet');
    expect(stop.buttons).toEqual(['Reload anyway', 'Quit']);
  });
});

describe('a page that stops answering', () => {
  it('is asked about, Wait first', () => {
    const m = unresponsiveMessage(null);
    expect(m.buttons).toEqual(['Wait', 'Reload']);
    expect(m.detail).toContain(backupPointer(null));
  });
});

describe('the last backup', () => {
  it('is a save through the backup filter, remembered in the profile folder and read back', () => {
    expect(isBackupSave({ filters: [{ name: BACKUP_FILE_FILTER }] })).toBe(true);
    expect(isBackupSave({ filters: [{ name: 'CSV file' }] })).toBe(false);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'blendwise-backup-'));
    expect(readLastBackup(dir)).toBeNull();
    recordLastBackup(dir, { path: '/b.json', at: '2026-12-07T10:00:00.000Z' });
    expect(readLastBackup(dir)).toEqual({ path: '/b.json', at: '2026-12-07T10:00:00.000Z' });
    writeFileSync(path.join(dir, LAST_BACKUP_FILE), '{"path": 3}');
    expect(readLastBackup(dir)).toBeNull();
    // A folder that cannot be written never fails the save that called it.
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    expect(() => recordLastBackup(path.join(file, 'profile'), { path: '/b.json', at: 'x' })).not.toThrow();
  });
});
