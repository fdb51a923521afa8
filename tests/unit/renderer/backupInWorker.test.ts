// A backup checked in the import worker comes back whole: each table at the top level (so it
// crosses in slices), put back together on the window as readBackup gives it.
import { beforeEach, describe, expect, it } from 'vitest';
import { backupJson } from '../../../renderer/db/backup';
import { readBackup } from '../../../renderer/db/backupFile';
import { createClass } from '../../../renderer/db/classes';
import { db } from '../../../renderer/db/db';
import { addStudentToClass } from '../../../renderer/db/students';
import { backupFromChecked, checkBackupBytes } from '../../../renderer/ui/import/backupInWorker';
import { sliceForTransfer } from '../../../renderer/ui/import/transfer';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a backup checked in the import worker', () => {
  it('comes back as readBackup reads it, its tables each a top-level list', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    await addStudentToClass(classId, { givenName: 'Zoë', familyName: 'Lindqvist', preferredName: '', studentNumber: '4512', email: '', notes: '' });
    const text = await backupJson('1.0.0');
    const checked = checkBackupBytes(bytes(text));
    expect(checked.ok).toBe(true);
    // What crosses in slices: every table.
    const { slices } = sliceForTransfer(checked, 1);
    expect(new Set(slices.map((s) => s.key))).toEqual(new Set(['table:classes', 'table:students', 'table:enrollments']));
    expect(backupFromChecked(checked)).toEqual(readBackup(text));
  });

  it('says what is wrong with a file that is not a backup, as readBackup does', () => {
    const text = '{"name": "gradebook", "rows": []}';
    const checked = checkBackupBytes(bytes(text));
    expect(checked).toEqual({ ok: false, problem: expect.stringContaining('not a Blendwise backup') });
    expect(backupFromChecked(checked)).toEqual(readBackup(text));
  });
});
