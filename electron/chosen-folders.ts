// The folders the user chose in a folder dialog, remembered across runs: the only folders
// Blendwise watches or writes review files into. A folder the window merely names is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CHOSEN_FOLDERS_FILE = 'chosen-folders.json';
/** Older choices fall off the end; a coach and a teacher need one or two. */
const MAX_REMEMBERED = 20;

export interface ChosenFolders {
  has(folder: string): boolean;
  add(folder: string): void;
}

const savedSchema = z.array(z.string().min(1).max(4096)).max(MAX_REMEMBERED);

/** Compared as resolved paths, so "C:\\Share\\" and "C:\\Share" are one folder. */
const key = (folder: string) => path.resolve(folder);

export function parseChosenFolders(json: string): string[] {
  try {
    const read = savedSchema.safeParse(JSON.parse(json));
    return read.success ? read.data.map(key) : [];
  } catch {
    return [];
  }
}

/** Chosen folders kept in memory and written to `file` after each choice (a failed write only loses the memory of it). */
export function chosenFoldersIn(file: string | null, initial: string[] = []): ChosenFolders {
  let folders = initial.map(key);
  return {
    has: (folder) => folders.includes(key(folder)),
    add(folder) {
      folders = [key(folder), ...folders.filter((f) => f !== key(folder))].slice(0, MAX_REMEMBERED);
      if (!file) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(folders));
      } catch (error) {
        console.warn('Could not remember the chosen folder', error);
      }
    },
  };
}

export function loadChosenFolders(userData: string): ChosenFolders {
  const file = path.join(userData, CHOSEN_FOLDERS_FILE);
  let saved: string[] = [];
  try {
    saved = parseChosenFolders(readFileSync(file, 'utf8'));
  } catch {
    // First run, or the file is gone: nothing chosen yet.
  }
  return chosenFoldersIn(file, saved);
}
