// A roster export from a school system: OneRoster (1.0-1.2) or Microsoft School Data Sync v2.1,
// told apart by their files and read into one RosterImport.
import { parseOneRoster } from './oneRoster/parse';
import type { FileProgress } from './oneRoster/bundle';
import type { RosterImport } from './oneRoster/types';
import { looksLikeSds } from './sds/detect';
import { parseSds } from './sds/parse';

export function parseRosterExport(files: Record<string, string>, options: { onProgress?: FileProgress } = {}): RosterImport {
  return looksLikeSds(files) ? parseSds(files, options) : parseOneRoster(files, options);
}

/** "OneRoster 1.1", "School Data Sync 2.1": the format as the preview names it. */
export function rosterFormatLabel(data: Pick<RosterImport, 'format' | 'version'>): string {
  return data.format === 'sds' ? 'School Data Sync 2.1' : `OneRoster ${data.version}`;
}
