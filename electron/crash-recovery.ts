// What the main process does when the window's page crashes or hangs: reload it and say so, with
// where the last backup is, rather than leave a blank window. No Electron import: main.ts wires
// these to 'render-process-gone' and 'unresponsive', and unit tests call them directly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE_FILTER } from '../shared/bridgeChannels';

export const LAST_BACKUP_FILE = 'last-backup.json';

export type LastBackup = { path: string; at: string };

/** Electron's RenderProcessGoneDetails, the part used here. */
export type GoneDetails = { reason: string; exitCode: number };

/** Whether a file the teacher just saved is a Blendwise backup (by the filter its save dialog offered). */
export function isBackupSave(args: { filters: readonly { name: string }[] }): boolean {
  return args.filters.some((f) => f.name === BACKUP_FILE_FILTER);
}

export function readLastBackup(dir: string): LastBackup | null {
  try {
    const raw = JSON.parse(readFileSync(path.join(dir, LAST_BACKUP_FILE), 'utf8')) as Partial<LastBackup>;
    return typeof raw.path === 'string' && typeof raw.at === 'string' ? { path: raw.path, at: raw.at } : null;
  } catch {
    return null;
  }
}

export function recordLastBackup(dir: string, backup: LastBackup): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, LAST_BACKUP_FILE), JSON.stringify(backup));
  } catch {
    // Only a pointer for the crash message: failing to keep it must never fail the save.
  }
}

/** Crashes within this window of time count towards giving up on reloading. */
export const CRASH_WINDOW_MS = 60_000;
/** More crashes than this within the window: stop reloading, a page that crashes on load would loop. */
export const MAX_RELOADS = 3;

export type GoneDecision = { action: 'ignore' | 'reload' | 'stop'; crashes: number[] };

/**
 * What to do when the page's process is gone: nothing for a clean exit (the window is closing),
 * else reload, unless it has crashed more than MAX_RELOADS times in the last minute.
 */
export function decideOnGone(details: GoneDetails, earlier: readonly number[], now: number): GoneDecision {
  if (details.reason === 'clean-exit') return { action: 'ignore', crashes: [...earlier] };
  const crashes = [...earlier.filter((t) => now - t < CRASH_WINDOW_MS), now];
  return { action: crashes.length > MAX_RELOADS ? 'stop' : 'reload', crashes };
}

const REASONS: Record<string, string> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was stopped by the system',
  'abnormal-exit': 'it stopped unexpectedly',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
};

/** Where the last backup is, in words, or how to make one. */
export function backupPointer(last: LastBackup | null): string {
  if (!last) return 'No backup has been saved from this computer yet: File → Back up (or Settings → Save a backup) saves one.';
  return `Your last backup is ${last.path} (saved ${last.at.slice(0, 10)}); Settings → Restore from a backup… puts it back if anything is missing.`;
}

export type Message = { type: 'warning' | 'error'; title: string; message: string; detail: string; buttons: string[] };

/** The message after the page's process is gone: reloaded, or (after repeated crashes) not. */
export function goneMessage(details: GoneDetails, decision: GoneDecision, last: LastBackup | null): Message {
  const why = REASONS[details.reason] ?? `it stopped (${details.reason})`;
  if (decision.action === 'stop')
    return {
      type: 'error',
      title: 'Blendwise keeps stopping',
      message: `Blendwise's window stopped ${decision.crashes.length} times in a minute (${why}), so it was not reloaded again.`,
      detail: `Everything saved before is kept on this computer. ${backupPointer(last)}`,
      buttons: ['Reload anyway', 'Quit'],
    };
  return {
    type: 'warning',
    title: 'Blendwise was reloaded',
    message: `Blendwise's window stopped working (${why}) and has been reloaded.`,
    detail: `Everything saved before is kept; a change made in the last moments may be missing. ${backupPointer(last)}`,
    buttons: ['OK'],
  };
}

/** The question when the page stops answering: wait for it, or reload. */
export function unresponsiveMessage(last: LastBackup | null): Message {
  return {
    type: 'warning',
    title: 'Blendwise is not responding',
    message: 'Blendwise is busy and not responding. Wait for it, or reload the window?',
    detail: `A big import or print can take a while. Reloading drops what is not saved yet. ${backupPointer(last)}`,
    buttons: ['Wait', 'Reload'],
  };
}
