import { describe, expect, it } from 'vitest';
import { openDb } from '../../../renderer/db/db';
import { schemaVersions } from '../../../renderer/db/schema';
import shipped from './shipped-schemas.json';
import { writtenBy } from './dbFixtures';

let dbCounter = 0;
const freshName = () => `migration-test-${++dbCounter}`;

describe('database versions', () => {
  it('never edits a version that has shipped', () => {
    for (const [version, stores] of Object.entries(shipped)) {
      const declared = schemaVersions.find((v) => v.version === Number(version));
      expect(declared, `version ${version} is missing`).toBeDefined();
      expect(declared!.stores).toEqual(stores);
    }
  });

  it('declares versions in increasing order, each with a fixture of what it wrote', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const n of numbers) expect(writtenBy[n], `tests/unit/db/dbFixtures.ts needs an entry for version ${n}`).toBeDefined();
  });

  for (const older of schemaVersions) {
    it(`opens a database written by version ${older.version} with nothing lost`, async () => {
      const name = freshName();
      const oldDb = openDb(name, schemaVersions.filter((v) => v.version <= older.version));
      const written = writtenBy[older.version]!;
      await oldDb.transaction('rw', oldDb.tables, async () => {
        for (const [table, rows] of Object.entries(written)) await oldDb.table(table).bulkAdd(rows);
      });
      oldDb.close();

      const current = openDb(name);
      await current.open();
      expect(current.verno).toBe(schemaVersions[schemaVersions.length - 1]!.version);
      for (const [table, rows] of Object.entries(written)) {
        const stored = await current.table(table).toArray();
        expect(stored, `table ${table}`).toHaveLength(rows.length);
        // Later upgrades may add fields, but every field that was written keeps its value.
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
      }
      current.close();
    });
  }
});
