// "Back up now" must work where a screen broke: with no worker to write the backup (none here, in
// Node), the window writes it itself, the same backup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../../renderer/db/backupFile';
import { createClass } from '../../../renderer/db/classes';
import { db } from '../../../renderer/db/db';
import { backupFileData } from '../../../renderer/settings/backupFileData';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the backup file', () => {
  it('is written on the window when its worker cannot run', async () => {
    await createClass({ name: '6A', subject: '', grade: '', term: '' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = await backupFileData('1.0.0');
    expect(typeof data).toBe('string');
    const read = readBackup(data);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(read.ok && read.backup.tables.classes?.map((c) => c.name)).toEqual(['6A']);
  });
});
