// The roster CSV's steps that the import worker runs (previewRosterMatched, importKeptRoster), here
// on the main test thread over fake-indexeddb: what they answer and what they write.
import { beforeEach, describe, expect, it } from 'vitest';
import { csvTable } from '../../fixtures/csvTable';
import { detectRosterMapping } from '../../../shared';
import { createClass } from '../../../renderer/db/classes';
import { db } from '../../../renderer/db/db';
import { undoRosterImport } from '../../../renderer/db/rosterImport';
import { addStudentToClass, listRoster } from '../../../renderer/db/students';
import { importKeptRoster, previewRosterMatched } from '../../../renderer/ui/import/rosterCsvInWorker';

const HEADERS = ['Student ID', 'Last Name', 'First Name'];
const table = (rows: string[][]) => csvTable('roster.csv', HEADERS, rows);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the roster CSV in the import worker', () => {
  it('previews the rows matched with the students on file, and imports the rows the file accepted', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    await addStudentToClass(classId, { givenName: 'Maria', familyName: 'Garcia', preferredName: '', studentNumber: '1001', email: '', notes: '' });
    const file = table([
      ['1001', 'Garcia', 'Maria'],
      ['1002', 'Garcia', 'Maria'],
      ['1003', 'Chen', 'Wen'],
    ]);
    const preview = await previewRosterMatched(file, detectRosterMapping(HEADERS), classId);
    expect(preview.rows.map((r) => r.match.status)).toEqual(['in_class', 'new', 'new']);
    expect(preview.acceptedCount).toBe(3);

    const progress: string[] = [];
    const imported = await importKeptRoster(preview.token, classId, { onProgress: (p) => progress.push(p.step) });
    expect(imported.outcome).toEqual({ created: 2, matched: 1, enrolled: 2, conflicts: 0 });
    expect(imported.addedStudentIds).toHaveLength(2);
    expect(progress[0]).toBe('matching');
    expect(progress).toContain('saving');
    expect((await listRoster(classId)).map((r) => r.student.studentNumber).sort()).toEqual(['1001', '1002', '1003']);

    // The lists come back at the top level, and make an Undo as importRosterWithUndo's does.
    const { outcome: _outcome, ...undo } = imported;
    await undoRosterImport(undo);
    expect((await listRoster(classId)).map((r) => r.student.studentNumber)).toEqual(['1001']);
  });

  it('refuses to import a preview that is no longer the last one, and writes nothing', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    const mapping = detectRosterMapping(HEADERS);
    const first = await previewRosterMatched(table([['1', 'Ito', 'Hiro']]), mapping, classId);
    const second = await previewRosterMatched(table([['2', 'Rossi', 'Rosa']]), mapping, classId);
    await expect(importKeptRoster(first.token, classId, {})).rejects.toThrow('The preview changed since it was shown');
    expect(await db.students.count()).toBe(0);
    await importKeptRoster(second.token, classId, {});
    expect((await db.students.toArray()).map((s) => s.familyName)).toEqual(['Rossi']);
  });

  it('stops when aborted, and then nothing of the import is written', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    // More rows than one write chunk (WRITE_CHUNK), so the abort lands between chunks.
    const rows = Array.from({ length: 1200 }, (_, i) => [String(10_000 + i), `Family${i}`, `Given${i}`]);
    const preview = await previewRosterMatched(table(rows), detectRosterMapping(HEADERS), classId);
    const controller = new AbortController();
    const run = importKeptRoster(preview.token, classId, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === 'saving' && p.done > 0) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(await db.students.count()).toBe(0);
    expect(await db.enrollments.count()).toBe(0);
  }, 60_000);
});
