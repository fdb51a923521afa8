import { expect, test } from '@playwright/test';
import { newPlanFromPlay, saveRatioGroups } from './flows';
import { openApp, openSampleClass, screenshot } from './helpers';

test('plans an individual rotation: a may-do for one group shows in its students’ playlists and cards', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  await page.getByRole('dialog', { name: 'New plan' }).getByRole('link', { name: 'Use Must-do and may-do' }).click();
  await expect(page.getByRole('heading', { name: 'Must-do and may-do', level: 1 })).toBeVisible();
  const grouping = page.getByLabel('Grouping', { exact: true });
  await grouping.selectOption({ label: (await grouping.getByRole('option', { name: /Ratio groups/ }).textContent())! });
  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  await expect(order).toHaveCount(4);
  const [first, second] = [(await order.nth(0).getAttribute('aria-label'))!, (await order.nth(1).getAttribute('aria-label'))!];
  const secondSize = Number(/^(\d+) students?/.exec((await order.nth(1).getByText(/^\d+ students?/).textContent())!)![1]);

  // The play starts the playlist: a must-do per station and a few may-dos, all for everyone.
  const playlist = page.getByRole('region', { name: 'Playlist' });
  const activities = playlist.getByRole('list', { name: 'Playlist activities' }).getByRole('listitem');
  await expect(activities).toHaveCount(6);
  await expect(playlist.getByLabel('Activity 1 title')).toHaveValue('Teacher table');
  await expect(playlist.getByLabel('Activity 1 must-do or may-do')).toHaveValue('must');
  await expect(playlist.getByLabel('Activity 6 must-do or may-do')).toHaveValue('may');
  const health = page.getByRole('status', { name: 'Plan health' });
  await expect(health).not.toContainText('must-do');

  // A may-do for the first group only; the new title has the focus.
  await playlist.getByRole('button', { name: 'Add a may-do' }).click();
  await expect(playlist.getByLabel('Activity 7 title')).toBeFocused();
  await page.keyboard.type('Ratio puzzle');
  await playlist.getByLabel('Activity 7 resources or links').fill('Puzzle box on the back shelf');
  await playlist.getByLabel('Activity 7 is for').selectOption('Some groups');
  await expect(health).toContainText('“Ratio puzzle” is for no one yet');
  await playlist.getByRole('group', { name: 'Groups for activity 7' }).getByRole('checkbox', { name: first }).check();
  await expect(health).not.toContainText('Ratio puzzle');

  // Removing an activity can be undone.
  await playlist.getByRole('button', { name: 'Remove activity 6' }).click();
  await expect(activities).toHaveCount(6);
  await page.getByRole('status').filter({ hasText: 'Removed “Extension task” from the playlist.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(activities).toHaveCount(7);
  await expect(playlist.getByLabel('Activity 6 title')).toHaveValue('Extension task');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
  await expect(playlist.getByLabel('Activity 7 title')).toHaveValue('Ratio puzzle');
  await expect(playlist.getByRole('group', { name: 'Groups for activity 7' }).getByRole('checkbox', { name: first })).toBeChecked();
  await screenshot(page, 'playlists', { fullPage: true });

  // By student: the first group's students have the may-do, the second group's do not.
  await playlist.getByRole('button', { name: 'By student' }).click();
  const rows = playlist.getByRole('table', { name: 'Playlists by student' }).getByRole('row');
  const firstRow = rows.filter({ hasText: first }).first();
  await expect(firstRow).toContainText('Ratio puzzle');
  await expect(firstRow).toContainText('Teacher table');
  await expect(rows.filter({ hasText: second }).first()).not.toContainText('Ratio puzzle');
  const student = (await firstRow.getByRole('rowheader').textContent())!;

  // The printable cards.
  await playlist.getByRole('link', { name: 'Playlist cards' }).click();
  await expect(page.getByRole('heading', { name: /^Playlists · Must-do and may-do/, level: 1 })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(28);
  const card = page.getByRole('article', { name: student });
  await expect(card.getByRole('list', { name: `Must-dos for ${student}` }).getByRole('listitem')).toHaveText([
    /Teacher table/,
    /Online practice/,
    /Practice task/,
  ]);
  await expect(card.getByRole('list', { name: `May-dos for ${student}` })).toContainText('Ratio puzzle');
  await expect(card).toContainText('Puzzle box on the back shelf');
  await page.getByLabel('Cards for').selectOption(second);
  await expect(page.getByRole('article')).toHaveCount(secondSize);
  await expect(page.getByRole('article').first()).not.toContainText('Ratio puzzle');
  await screenshot(page, 'playlist-cards', { fullPage: true });
  if (process.env.SCREENSHOTS) {
    await page.getByLabel('Cards for').selectOption('Every group');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: test.info().outputPath('playlist-cards.pdf'), preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
  }
});

test('a must-do and may-do plan saved as a play brings its activities to the next plan', async ({ page }) => {
  await openSampleClass(page);
  await newPlanFromPlay(page, 'Must-do and may-do');
  const playlist = page.getByRole('region', { name: 'Playlist' });
  await playlist.getByLabel('Activity 1 title').fill('Reteach: tape diagrams');
  await page.getByRole('button', { name: 'Save as play' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as play' });
  await dialog.getByLabel('Play name').fill('My playlist week');
  await dialog.getByRole('button', { name: 'Save play' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the play “My playlist week”' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();

  await newPlanFromPlay(page, 'My playlist week');
  await expect(page.getByRole('region', { name: 'Playlist' }).getByLabel('Activity 1 title')).toHaveValue('Reteach: tape diagrams');
});
