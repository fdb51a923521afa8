import { expect, test } from '@playwright/test';
import { openApp, screenshot } from './helpers';

test('first run shows a sample class that can be cleared and loaded again', async ({ page }) => {
  await openApp(page);
  const table = page.getByRole('main').getByRole('table');
  await expect(table.getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sample class' })).toBeVisible();

  await table.getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(28)');
  await screenshot(page, 'roster');
  await page.getByRole('link', { name: 'Tracked skills' }).click();
  await expect(page.getByRole('list', { name: 'Tracked skills in order' }).getByRole('listitem')).toHaveCount(12);

  // A reload does not load it twice.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await expect(table.getByRole('link', { name: 'Grade 6 Math — Period 2' })).toHaveCount(1);
  await screenshot(page, 'classes');

  await page.getByRole('button', { name: 'Clear sample data' }).click();
  await expect(page.getByRole('heading', { name: 'No classes yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load the sample class' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await expect(table.getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Grade 6 Math/ })).toContainText('28');
});
