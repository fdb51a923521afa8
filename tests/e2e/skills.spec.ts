import { expect, test } from '@playwright/test';
import { createClass, openApp, pickFile, screenshot } from './helpers';

test('a teacher builds a framework by hand and by CSV, tracks it in a class, and finds it after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('button', { name: 'New framework' }).click();
  let dialog = page.getByRole('dialog', { name: 'New framework' });
  await dialog.getByLabel('Framework name').fill('Grade 7 Expressions');
  await dialog.getByRole('button', { name: 'Create framework' }).click();
  await expect(page.getByRole('heading', { name: /Grade 7 Expressions/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add skill' }).click();
  dialog = page.getByRole('dialog', { name: 'Add skill' });
  await dialog.getByLabel('Code').fill('7.EE.A.1');
  await dialog.getByLabel('Statement').fill('Apply properties of operations to add, subtract, factor and expand linear expressions.');
  await dialog.getByRole('button', { name: 'Add skill' }).click();

  await page.getByRole('button', { name: 'Add a sub-skill under 7.EE.A.1' }).click();
  dialog = page.getByRole('dialog', { name: 'Add skill' });
  await expect(dialog.getByLabel('Parent skill')).toHaveValue(/.+/);
  await dialog.getByLabel('Code').fill('7.EE.A.1a');
  await dialog.getByLabel('Statement').fill('Combine like terms.');
  await dialog.getByRole('button', { name: 'Add skill' }).click();

  const tree = page.getByRole('list', { name: 'Skills in Grade 7 Expressions' });
  await expect(tree.getByText('7.EE.A.1a', { exact: true })).toBeVisible();

  // CSV import with a bad row (no statement) and a child listed before its parent.
  await page.getByRole('link', { name: 'Import skills CSV' }).click();
  const csv = 'Code,Statement,Parent Code\n7.EE.B.4a,Solve word problems leading to px+q=r.,7.EE.B.4\n7.EE.B.4,Use variables to represent quantities.,\n7.EE.B.3,,\n';
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'ee.csv', csv);
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('ee.csv, line 4');
  await page.getByRole('button', { name: 'Import 2 skills' }).click();
  await expect(tree.getByText('7.EE.B.4a', { exact: true })).toBeVisible();
  await screenshot(page, 'skills');

  // Reorder, then delete with undo.
  await page.getByRole('button', { name: 'Move 7.EE.B.4 up' }).click();
  await expect(tree.getByRole('listitem').first()).toContainText('7.EE.B.4');
  await page.getByRole('button', { name: 'Delete 7.EE.B.4', exact: true }).click();
  await expect(tree.getByText('7.EE.B.4a', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tree.getByText('7.EE.B.4a', { exact: true })).toBeVisible();

  // The class tracks two of them, in the teacher's order.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await createClass(page, 'Math 7 — Period 1');
  await page.getByRole('link', { name: 'Tracked skills' }).click();
  await page.getByRole('checkbox', { name: /7\.EE\.A\.1 Apply/ }).check();
  await page.getByRole('checkbox', { name: /7\.EE\.B\.4 Use/ }).check();
  await page.getByRole('button', { name: 'Move 7.EE.B.4 earlier' }).click();
  const tracked = page.getByRole('list', { name: 'Tracked skills in order' });
  // The new order is on screen (so it is stored) before the reload.
  await expect(tracked.getByRole('listitem').first()).toContainText('7.EE.B.4');

  await page.reload();
  await expect(tracked.getByRole('listitem')).toHaveCount(2);
  await expect(tracked.getByRole('listitem').first()).toContainText('7.EE.B.4');
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('link', { name: 'Grade 7 Expressions' }).click();
  await expect(tree.getByRole('listitem')).toHaveCount(4);
});
