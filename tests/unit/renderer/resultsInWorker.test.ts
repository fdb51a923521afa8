// The results CSV's steps that the import worker runs (previewResultsRead, importKeptResults), here
// on the main test thread over fake-indexeddb: the scores already recorded are read in the worker,
// so the same score imported twice is left out, and the import writes only what the preview accepted.
import { beforeEach, describe, expect, it } from 'vitest';
import { csvTable } from '../../fixtures/csvTable';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE } from '../../../shared';
import { detectResultsMapping } from '../../../shared/import/resultsCsv';
import { createClass } from '../../../renderer/db/classes';
import { db, newId } from '../../../renderer/db/db';
import { addEvidence } from '../../../renderer/db/mastery';
import { addStudentToClass } from '../../../renderer/db/students';
import { keepPreview } from '../../../renderer/ui/import/keptPreview';
import { importKeptResults, previewResultsRead, type ResultsArgs } from '../../../renderer/ui/import/resultsInWorker';

const HEADERS = ['Student ID', 'Standard', 'Score', 'Date', 'Source'];
const table = (rows: string[][]) => csvTable('quiz.csv', HEADERS, rows);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function seed() {
  const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
  const fields = { preferredName: '', email: '', notes: '' };
  const maria = await addStudentToClass(classId, { ...fields, givenName: 'Maria', familyName: 'Garcia', studentNumber: '1001' });
  const wen = await addStudentToClass(classId, { ...fields, givenName: 'Wen', familyName: 'Chen', studentNumber: '1002' });
  const frameworkId = newId();
  const skillId = newId();
  await db.frameworks.add({ id: frameworkId, title: 'F', creator: '', identifier: '' });
  await db.skills.add({ id: skillId, frameworkId, code: '6.RP.A.1', statement: '', parentId: null, order: 0 });
  await db.classSkills.add({ id: newId(), classId, skillId, order: 0 });
  const args: ResultsArgs = {
    classId,
    students: [
      { id: maria, studentNumber: '1001', givenName: 'Maria', familyName: 'Garcia', preferredName: '' },
      { id: wen, studentNumber: '1002', givenName: 'Wen', familyName: 'Chen', preferredName: '' },
    ],
    skills: [{ id: skillId, code: '6.RP.A.1' }],
    scale: DEFAULT_SCALE,
    cutScores: DEFAULT_CUT_SCORES,
    today: '2026-12-07',
    profiles: [],
  };
  return { classId, maria, wen, skillId, args };
}

describe('the results CSV in the import worker', () => {
  it('leaves out a score already recorded (read from the database), and imports only the accepted scores', async () => {
    const { classId, maria, wen, skillId, args } = await seed();
    await addEvidence([{ classId, studentId: maria, skillId, score: 3, date: '2026-10-01', source: 'Quiz', note: '' }]);
    const file = table([
      ['1001', '6.RP.A.1', '3', '2026-10-01', 'Quiz'],
      ['1002', '6.RP.A.1', '2', '2026-10-02', 'Quiz'],
      ['9999', '6.RP.A.1', '4', '2026-10-02', 'Quiz'],
    ]);
    const preview = await previewResultsRead(file, detectResultsMapping(HEADERS, ['6.RP.A.1']), args);
    expect(preview.rows.map((r) => r.accepted)).toEqual([false, true, false]);
    expect(preview.acceptedCount).toBe(1);
    expect(preview.lineCount).toBe(3);

    const kept = keepPreview(preview);
    expect(kept.rows.total).toBe(3);
    const imported = await importKeptResults(kept.rows.token, classId);
    expect(imported.ids).toHaveLength(1);
    expect(imported.profileIds).toEqual([]);
    const stored = await db.evidence.get(imported.ids[0]!);
    expect(stored).toMatchObject({ classId, studentId: wen, skillId, score: 2, date: '2026-10-02', source: 'Quiz' });
    expect(await db.evidence.count()).toBe(2);
  });

  it('refuses to import a preview that is no longer the one kept, and writes nothing', async () => {
    const { classId, args } = await seed();
    const mapping = detectResultsMapping(HEADERS, ['6.RP.A.1']);
    const first = keepPreview(await previewResultsRead(table([['1001', '6.RP.A.1', '3', '2026-10-01', 'Quiz']]), mapping, args));
    keepPreview(await previewResultsRead(table([['1002', '6.RP.A.1', '2', '2026-10-01', 'Quiz']]), mapping, args));
    await expect(importKeptResults(first.rows.token, classId)).rejects.toThrow('The preview changed since it was shown');
    expect(await db.evidence.count()).toBe(0);
  });
});
