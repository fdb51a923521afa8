import type { Evidence } from '../../shared';
import { refreshCellsOf } from './cellsRebuild';
import { db } from './db';

/** Chunked so a 100,000-row import stays one transaction without one giant structured clone. */
const CHUNK = 5000;

/**
 * The app's write path for evidence: all rows land in one transaction or none do.
 * Rows are validated before this is called (see the import previews).
 */
export async function addEvidenceRows(rows: Evidence[], onProgress?: (done: number) => void): Promise<void> {
  await db.transaction('rw', [db.evidence, db.cells, db.classStamps], async () => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db.evidence.bulkAdd(rows.slice(i, i + CHUNK));
      onProgress?.(Math.min(rows.length, i + CHUNK));
    }
    await refreshCellsOf(db, rows);
  });
}

export function evidenceForClass(classId: string): Promise<Evidence[]> {
  return db.evidence.where('classId').equals(classId).toArray();
}
