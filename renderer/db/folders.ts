// The shared folders of the desktop app: the coach's review folder and the teacher's export
// default (often the same school folder). '' or absent: none chosen.
import { getSetting, setSetting } from './settings';

export type Folders = { reviewFolder: string; exportFolder: string };

export async function getFolders(): Promise<Folders> {
  return { reviewFolder: (await getSetting('reviewFolder')) ?? '', exportFolder: (await getSetting('exportFolder')) ?? '' };
}

export async function setReviewFolder(folder: string): Promise<void> {
  await setSetting('reviewFolder', folder);
}

export async function setExportFolder(folder: string): Promise<void> {
  await setSetting('exportFolder', folder);
}
