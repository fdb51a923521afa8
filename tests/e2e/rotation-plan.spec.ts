import { expect, test, type Page } from '@playwright/test';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';

const schedule = (page: Page) => page.getByRole('table', { name: 'Schedule' });
const round = (page: Page, n: number) => schedule(page).getByRole('row').filter({ hasText: `Round ${n}` });

test('plans a four-station rotation from a saved grouping, saves it and finds it again', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);

  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Minutes per station').fill('15');
  await page.getByLabel('Transition minutes').fill('2');

  await expect(round(page, 1).getByRole('rowheader')).toContainText('09:00–09:15');
  await expect(round(page, 2).getByRole('rowheader')).toContainText('09:17–09:32');
  await expect(round(page, 4).getByRole('rowheader')).toContainText('09:51–10:06');

  // The group order puts the lowest mean first, and that group meets the teacher in round 1.
  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  const means = (await order.allTextContents()).map((t) => Number(/mean ([\d.]+)/.exec(t)?.[1]));
  expect(means.every((m) => Number.isFinite(m))).toBe(true);
  expect([...means].sort((a, b) => a - b)).toEqual(means);
  const first = (await order.first().getAttribute('aria-label'))!;
  await expect(schedule(page).getByRole('columnheader').nth(1)).toContainText('Teacher table');
  await expect(round(page, 1).getByRole('cell').first()).toContainText(first);
  await expect(page.getByRole('status', { name: 'Plan health' })).not.toContainText('above the class limit');
  await screenshot(page, 'plan-editor');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Four stations with collab' })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);

  await page.reload();
  await expect(page.getByRole('heading', { name: /^Four stations with collab/, level: 1 })).toBeVisible();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Start time')).toHaveValue('09:00');
  await expect(page.getByLabel('Minutes per station')).toHaveValue('15');
  await expect(round(page, 2).getByRole('rowheader')).toContainText('09:17–09:32');
  await expect(round(page, 1).getByRole('cell').first()).toContainText(first);
  await expect(page.getByLabel('Grouping', { exact: true })).toHaveValue(/.+/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans', exact: true }).click();
  const plans = page.getByRole('table', { name: 'Plans' });
  await expect(plans.getByRole('row')).toHaveCount(2);
  await expect(plans).toContainText('4 × 4');
  await plans.getByRole('link', { name: /^Four stations with collab/ }).click();
  await expect(round(page, 4).getByRole('rowheader')).toContainText('09:51–10:06');
});

test('warns in Plan health when a group gets more screen time than the class limit', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  const health = page.getByRole('status', { name: 'Plan health' });

  await page.getByLabel('Minutes per station').fill('45');
  await expect(health).toContainText('45 minutes of screen time on day 1, above the class limit of 40');
  await expect(page.getByLabel('Screen time limit (minutes per day)')).toHaveValue('40');

  // Going elsewhere keeps the unsaved plan.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await nav.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('link', { name: 'Go back to it' }).click();
  await expect(page.getByLabel('Minutes per station')).toHaveValue('45');
  await expect(health).toContainText('above the class limit of 40');

  await page.getByLabel('Minutes per station').fill('15');
  await expect(health).not.toContainText('above the class limit');
});

test('swaps groups by drag and drop and by keyboard, keeps a play, deletes the plan with undo', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  const [first, second] = [(await order.nth(0).getAttribute('aria-label'))!, (await order.nth(1).getAttribute('aria-label'))!];
  const teacherCell = round(page, 1).getByRole('cell').first();
  const health = page.getByRole('status', { name: 'Plan health' });

  // Keyboard: the swap button on a cell.
  await teacherCell.getByRole('button', { name: `Swap ${first} with…` }).click();
  await teacherCell.getByRole('group', { name: `Swap ${first} with` }).getByRole('button', { name: second, exact: true }).click();
  await expect(teacherCell).toContainText(second);
  await expect(order.first()).toHaveAttribute('aria-label', second);
  await expect(health).toContainText(`${first} has the most need but meets the teacher in round 2`);

  // Mouse: drag the first group back onto the teacher cell.
  const chip = round(page, 2).getByRole('cell').first().getByText(first, { exact: true });
  const from = (await chip.boundingBox())!;
  const to = (await teacherCell.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width / 3, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(teacherCell).toContainText(first);
  await expect(health).not.toContainText('has the most need');

  // The up/down buttons of the group order do the same.
  await page.getByRole('button', { name: `Move ${second} up` }).click();
  await expect(teacherCell).toContainText(second);
  await page.getByRole('button', { name: `Move ${first} up` }).click();
  await expect(teacherCell).toContainText(first);

  await page.getByRole('button', { name: 'Save as play' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as play' });
  await dialog.getByLabel('Play name').fill('Ratio stations');
  await dialog.getByLabel('Description').fill('Four tables, 15 minutes each.');
  await dialog.getByRole('button', { name: 'Save play' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the play “Ratio stations”' })).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Plans' }).getByRole('link', { name: /^Four stations with collab/ })).toBeVisible();

  await page.getByRole('button', { name: 'New plan' }).click();
  const chooser = page.getByRole('dialog', { name: 'New plan' });
  await expect(chooser.getByRole('list', { name: 'Your plays' })).toContainText('Four tables, 15 minutes each.');
  await chooser.getByRole('button', { name: 'Delete Ratio stations' }).click();
  await expect(chooser.getByText('None yet.')).toBeVisible();
});

test('plan edits undo and redo on the editor’s own stack, focus stays on a keyboard swap, Ctrl+S saves', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByText('saved', { exact: true })).toBeVisible();

  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  const [first, second] = [(await order.nth(0).getAttribute('aria-label'))!, (await order.nth(1).getAttribute('aria-label'))!];
  const teacherCell = round(page, 1).getByRole('cell').first();

  // A swap by keyboard keeps focus in the cell, and Ctrl+Z takes it back.
  await teacherCell.getByRole('button', { name: `Swap ${first} with…` }).press('Enter');
  await teacherCell.getByRole('group', { name: `Swap ${first} with` }).getByRole('button', { name: second, exact: true }).press('Enter');
  await expect(teacherCell).toContainText(second);
  await expect(teacherCell.getByRole('button', { name: `Swap ${second} with…` })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(teacherCell).toContainText(first);
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Changed the group order' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(teacherCell).toContainText(second);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(teacherCell).toContainText(second);

  // Typing in a field is one step: out of the field, Ctrl+Z puts the whole value back.
  const minutes = page.getByLabel('Minutes per station');
  await minutes.press('Control+a');
  await minutes.pressSequentially('20');
  await expect(round(page, 1).getByRole('rowheader')).toContainText('09:00–09:20');
  // (In a field Ctrl+Z is the browser's own undo of the typing; the plan's is outside fields.)
  await page.getByRole('button', { name: 'Save as play' }).focus();
  await page.keyboard.press('Control+z');
  await expect(minutes).toHaveValue('15');
  await expect(round(page, 1).getByRole('rowheader')).toContainText('09:00–09:15');
  await page.keyboard.press('Control+z');
  await expect(teacherCell).toContainText(first);

  // Ctrl+S saves the plan as it is now.
  await expect(page.getByText('unsaved changes', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(teacherCell).toContainText(first);
  await expect(page.getByLabel('Minutes per station')).toHaveValue('15');
});
