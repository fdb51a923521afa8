import { expect, test } from '@playwright/test';
import { openApp, openSampleClass, pickFile } from './helpers';

// A plan saved by an older Blendwise may have a body of {} (no stations, groups, dates or times).
// It reads through decodePlan as a whole plan, so the editor opens it with the editor's defaults.
test('a plan whose stored body is {} opens in the plan editor', async ({ page }) => {
  await openSampleClass(page);
  const classUrl = page.url().replace(/\/$/, '');
  const classId = classUrl.split('/classes/')[1]!.split('/')[0]!;
  await page.evaluate(
    (cid) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('blendwise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('plans', 'readwrite');
          tx.objectStore('plans').put({
            id: 'old-plan',
            classId: cid,
            date: '2026-03-03',
            groupingId: null,
            title: 'An old plan',
            body: {},
            createdAt: '2026-03-01T12:00:00.000Z',
          });
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    classId,
  );
  await page.goto(`${classUrl}/plans/old-plan`);
  await expect(page.getByRole('heading', { name: 'An old plan', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Start time')).toHaveValue('09:00');
  await expect(page.getByLabel('Minutes per station')).toHaveValue('15');
  await expect(page.getByLabel('Transition minutes')).toHaveValue('2');
  await expect(page.getByLabel('Screen time limit (minutes per day)')).toHaveValue('40');
});

// A backup is checked value by value before anything is written: the Settings screen names the
// table, the row and what is wrong, and the classes stay as they were.
test('a backup with a student whose name is an object is refused with its table, row and reason', async ({
  page,
}) => {
  await openApp(page);
  const tables: Record<string, unknown[]> = Object.fromEntries(
    [
      'classes',
      'students',
      'enrollments',
      'frameworks',
      'skills',
      'classSkills',
      'evidence',
      'goals',
      'checkIns',
      'groupings',
      'plans',
      'reviews',
      'comments',
      'settings',
      'plays',
    ].map((t) => [t, []]),
  );
  const student = {
    givenName: 'Ana',
    familyName: 'Diaz',
    preferredName: '',
    studentNumber: '',
    email: '',
    notes: '',
    archived: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  tables.students = [
    { ...student, id: 's1' },
    { ...student, id: 's2' },
    { ...student, id: 's3', givenName: { first: 'Ana' } },
  ];
  const backup = {
    format: 'blendwise-backup',
    formatVersion: 1,
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: '2026-01-01T00:00:00.000Z',
    tables,
  };
  await pickFile(
    page,
    async () => void (await page.goto('/#/settings?restore=1')),
    'Blendwise backup.json',
    JSON.stringify(backup),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'was not restored' });
  await expect(alert).toContainText('students row 3: givenName: expected text, got an object');
  await expect(alert).toContainText('Nothing on this computer was changed');
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
});
