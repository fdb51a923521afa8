// A shell that never goes blank: a screen broken by a stored row it cannot read shows what went
// wrong and offers a backup, while the sidebar still leads to Settings and every other screen.
// And a screen whose code is still loading says so.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, pickFile, screenshot } from './helpers';

/** A class whose name is an object, written straight into the database, as a damaged restore could leave it. */
async function storeBrokenClass(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('blendwise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('classes', 'readwrite');
          tx.objectStore('classes').put({
            id: 'broken-class',
            name: { first: 'Period', second: 4 },
            archived: 0,
            createdAt: '2026-09-01T08:00:00.000Z',
          });
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const SCREEN_ERROR = 'This screen ran into a problem';

test('a class row that cannot be read breaks the Classes screen only: Back up, Settings and every other screen stay reachable', async ({
  page,
}) => {
  await openApp(page);
  await storeBrokenClass(page);
  await page.reload();

  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const failure = main.getByRole('alert');
  await expect(failure.getByRole('heading', { name: SCREEN_ERROR })).toBeVisible();
  await expect(failure).toContainText('name: expected text, got an object');
  // The sidebar lists the classes it can read, and says one cannot be.
  await expect(nav.getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
  await expect(nav).toContainText('1 class cannot be read');
  await screenshot(page, 'screen-error');

  // Back up now saves every row, the unreadable one included, as it is stored.
  const download = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Back up now' }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { tables: { classes: { id: string; name: unknown }[] } };
  expect(backup.tables.classes.find((c) => c.id === 'broken-class')?.name).toEqual({ first: 'Period', second: 4 });
  await expect(page.getByText('Backup saved.')).toBeVisible();

  // Every screen of the sample class opens from the sidebar.
  await nav.getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await expect(main.getByRole('heading', { name: 'Grade 6 Math — Period 2', level: 1 })).toBeVisible();
  const classScreens = nav.getByRole('list').filter({ has: page.getByRole('link', { name: 'Tracker' }) }).last();
  const names = await classScreens.getByRole('link').allInnerTexts();
  expect(names).toEqual(['Tracker', 'Enter assessment', 'Goals', 'Groups', 'Plans', 'Week', 'Roster', 'Tracked skills', 'Import results', 'Mastery settings']);
  for (const name of names) {
    await classScreens.getByRole('link', { name, exact: true }).click();
    await expect(main.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(main.getByRole('status').filter({ hasText: /^Loading…$/ })).toHaveCount(0);
    await expect(main.getByRole('heading', { name: SCREEN_ERROR }), `${name} opens`).toHaveCount(0);
  }

  // And the places beside the classes.
  for (const [link, heading] of [
    ['Skills library', 'Skills library'],
    ['Reviews', 'Reviews'],
    ['Settings', 'Settings'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(main.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(main.getByRole('heading', { name: SCREEN_ERROR })).toHaveCount(0);
  }
  const fromSettings = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Save a backup…' }).click();
  expect((await fromSettings).suggestedFilename()).toMatch(/^Blendwise backup \d{4}-\d{2}-\d{2}\.json$/);

  // The broken screen is still broken (nothing was changed behind the teacher's back), and says so again.
  await nav.getByRole('link', { name: 'Classes', exact: true }).click();
  await expect(main.getByRole('heading', { name: SCREEN_ERROR })).toBeVisible();
});

test('a screen whose code is still loading says so, then shows the screen', async ({ page }) => {
  await openApp(page);
  // Hold the tracker's code back until the loading state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/TrackerPage-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tracker' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await screenshot(page, 'screen-loading');
  release();
  await expect(page.getByRole('main').getByRole('heading', { name: /Tracker/, level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /^Loading…$/ })).toHaveCount(0);
});

test('leaving a screen while the next one loads leaves it: coming back opens it afresh, not as it was', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Import results' }).click();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'exit ticket.csv', 'Student ID,6.RP.A.1\r\n004512,3\r\n');
  await expect(page.getByRole('button', { name: 'Choose another file…' })).toBeVisible();

  // The tracker's code is held back: the teacher goes there, and back before it arrives.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/TrackerPage-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await nav.getByRole('link', { name: 'Tracker' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await nav.getByRole('link', { name: 'Import results' }).click();
  await expect(page.getByRole('button', { name: 'Choose CSV file…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose another file…' })).toHaveCount(0);
  release();
});
